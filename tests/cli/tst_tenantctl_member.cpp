#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QJsonArray>
#include <QTest>

// tenantctl member ...: granting, changing and revoking roles, and the invariants' exit codes.
class TestTenantctlMember : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void grantsListsAndRevokes();
    void grantingAgainChangesTheRoleWithoutDuplicate();
    void acceptsEmailAsUser();
    void revokingLastTenantAdminIsExitCode5();
    void removingLastTenantAdminIsExitCode5();
    void tenantAdminOnAWorkspaceIsExitCode2();
    void unknownRoleIsExitCode2();
    void unknownUserIsExitCode4();
    void workspaceAdminGrantingTenantWideIsExitCode3();
    void listIsFilteredByScope();

private:
    QStringList member(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("member")} + arguments;
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
    QString m_acme;
    QString m_dev;
    QString m_alice;
    QString m_bob;
};

void TestTenantctlMember::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice")).userId;
    const auto wade = m_fixture->addActor(QStringLiteral("wade"));
    m_bob = m_fixture->addActor(QStringLiteral("bob")).userId;
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_fixture->addMembership(m_acme, m_alice, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, wade.userId, QStringLiteral("workspace_admin"), m_dev);
}

void TestTenantctlMember::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlMember::grantsListsAndRevokes()
{
    const QJsonObject granted
            = m_cli->json(QStringLiteral("alice"),
                          member({QStringLiteral("grant"), QStringLiteral("acme"),
                                  QStringLiteral("bob"), QStringLiteral("member"),
                                  QStringLiteral("--workspace"), QStringLiteral("dev")}));
    QCOMPARE(granted.value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("member"));
    const QJsonArray rows = m_cli->json(QStringLiteral("alice"),
                                        member({QStringLiteral("list"), QStringLiteral("acme")}))
                                    .value(QStringLiteral("memberships"))
                                    .toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("bob"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("workspace_slug")).toString(),
             QStringLiteral("dev"));
    const CliRun revoked = m_cli->run(
            QStringLiteral("alice"),
            member({QStringLiteral("revoke"), QStringLiteral("acme"), QStringLiteral("bob"),
                    QStringLiteral("--workspace"), QStringLiteral("dev")}));
    QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
    QVERIFY(revoked.out.contains("Revoked bob's member role"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QString());
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("revoke"), QStringLiteral("acme"),
                                QStringLiteral("bob")}))
                     .exitCode,
             4);
}

void TestTenantctlMember::grantingAgainChangesTheRoleWithoutDuplicate()
{
    const QStringList grant{QStringLiteral("grant"), QStringLiteral("acme"), QStringLiteral("bob")};
    QCOMPARE(m_cli->json(QStringLiteral("alice"),
                         member(grant + QStringList{QStringLiteral("member")}))
                     .value(QStringLiteral("outcome"))
                     .toString(),
             QStringLiteral("added"));
    QCOMPARE(m_cli->json(QStringLiteral("alice"),
                         member(grant + QStringList{QStringLiteral("member")}))
                     .value(QStringLiteral("outcome"))
                     .toString(),
             QStringLiteral("unchanged"));
    const QJsonObject changed
            = m_cli->json(QStringLiteral("alice"),
                          member(grant + QStringList{QStringLiteral("workspace_admin")}));
    QCOMPARE(changed.value(QStringLiteral("outcome")).toString(), QStringLiteral("changed"));
    QCOMPARE(changed.value(QStringLiteral("previous_role")).toString(), QStringLiteral("member"));
    QCOMPARE(
            m_fixture->count(
                    "SELECT count(*) FROM tenant_users WHERE user_id = ?1 AND workspace_id IS NULL",
                    {m_bob}),
            1);
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob), QStringLiteral("workspace_admin"));
}

void TestTenantctlMember::acceptsEmailAsUser()
{
    const CliRun result
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("grant"), QStringLiteral("acme"),
                                 QStringLiteral("BOB@example.com"), QStringLiteral("member")}));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob), QStringLiteral("member"));
}

void TestTenantctlMember::revokingLastTenantAdminIsExitCode5()
{
    const QByteArray before = m_test->dump();
    const CliRun revoked = m_cli->run(
            QStringLiteral("root"),
            member({QStringLiteral("revoke"), QStringLiteral("acme"), QStringLiteral("alice")}));
    QCOMPARE(revoked.exitCode, 5);
    QVERIFY2(revoked.err.contains("last"), revoked.err.constData());
    const CliRun demoted = m_cli->run(QStringLiteral("alice"),
                                      member({QStringLiteral("grant"), QStringLiteral("acme"),
                                              QStringLiteral("alice"), QStringLiteral("member")}));
    QCOMPARE(demoted.exitCode, 5);
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlMember::removingLastTenantAdminIsExitCode5()
{
    const CliRun removed = m_cli->run(
            QStringLiteral("root"),
            member({QStringLiteral("remove"), QStringLiteral("acme"), QStringLiteral("alice")}));
    QCOMPARE(removed.exitCode, 5);
    QCOMPARE(m_fixture->roleOf(m_acme, m_alice), QStringLiteral("tenant_admin"));
}

void TestTenantctlMember::tenantAdminOnAWorkspaceIsExitCode2()
{
    const CliRun result
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("grant"), QStringLiteral("acme"),
                                 QStringLiteral("bob"), QStringLiteral("tenant_admin"),
                                 QStringLiteral("--workspace"), QStringLiteral("dev")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("tenant-wide"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1", {m_bob}), 0);
}

void TestTenantctlMember::unknownRoleIsExitCode2()
{
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("grant"), QStringLiteral("acme"),
                                QStringLiteral("bob"), QStringLiteral("owner")}))
                     .exitCode,
             2);
}

void TestTenantctlMember::unknownUserIsExitCode4()
{
    const CliRun result = m_cli->run(QStringLiteral("alice"),
                                     member({QStringLiteral("grant"), QStringLiteral("acme"),
                                             QStringLiteral("nobody"), QStringLiteral("member")}));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("nobody"));
}

void TestTenantctlMember::workspaceAdminGrantingTenantWideIsExitCode3()
{
    const QByteArray before = m_test->dump();
    QCOMPARE(m_cli->run(QStringLiteral("wade"),
                        member({QStringLiteral("grant"), QStringLiteral("acme"),
                                QStringLiteral("bob"), QStringLiteral("member")}))
                     .exitCode,
             3);
    QCOMPARE(m_test->dump(), before);
    // On his own workspace he may.
    QCOMPARE(m_cli->run(QStringLiteral("wade"),
                        member({QStringLiteral("grant"), QStringLiteral("acme"),
                                QStringLiteral("bob"), QStringLiteral("workspace_admin"),
                                QStringLiteral("--workspace"), QStringLiteral("dev")}))
                     .exitCode,
             0);
}

void TestTenantctlMember::listIsFilteredByScope()
{
    m_fixture->addMembership(m_acme, m_bob, QStringLiteral("member"));
    auto count = [&](const QStringList &extra) {
        return m_cli
                ->json(QStringLiteral("alice"),
                       member(QStringList{QStringLiteral("list"), QStringLiteral("acme")} + extra))
                .value(QStringLiteral("count"))
                .toInt();
    };
    QCOMPARE(count({}), 3);
    QCOMPARE(count({QStringLiteral("--tenant-wide")}), 2);
    QCOMPARE(count({QStringLiteral("--workspace"), QStringLiteral("dev")}), 1);
    QCOMPARE(count({QStringLiteral("--filter"), QStringLiteral("BO")}), 1);
}

QTEST_GUILESS_MAIN(TestTenantctlMember)
#include "tst_tenantctl_member.moc"
