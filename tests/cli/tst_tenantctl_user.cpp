#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QJsonArray>
#include <QTest>

// tenantctl user list, whoami and can.
class TestTenantctlUser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void userListShowsOnlyPeopleSharingATenant();
    void whoamiShowsEffectiveRolesPerTenant();
    void canAnswersAllowedWithExitCode0();
    void canAnswersRefusedWithRuleAndExitCode3();
    void canRefusesUnknownActionAsUsage();
    void canNeedsAWorkspaceForWorkspaceActions();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
};

void TestTenantctlUser::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const auto alice = m_fixture->addActor(QStringLiteral("alice"));
    const auto bob = m_fixture->addActor(QStringLiteral("bob"), QStringLiteral("viewer"));
    m_fixture->addActor(QStringLiteral("carol"));
    const QString acme = m_fixture->addTenant(QStringLiteral("acme"));
    const QString globex = m_fixture->addTenant(QStringLiteral("globex"));
    const QString dev = m_fixture->addWorkspace(acme, QStringLiteral("dev"));
    m_fixture->addWorkspace(acme, QStringLiteral("ops"));
    m_fixture->addMembership(acme, alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(acme, bob.userId, QStringLiteral("workspace_admin"), dev);
    m_fixture->addMembership(globex, bob.userId, QStringLiteral("member"));
}

void TestTenantctlUser::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

static QStringList usernames(const QJsonObject &object)
{
    QStringList names;
    for (const QJsonValue &user : object.value(QStringLiteral("users")).toArray())
        names << user.toObject().value(QStringLiteral("username")).toString();
    return names;
}

void TestTenantctlUser::userListShowsOnlyPeopleSharingATenant()
{
    const QStringList list{QStringLiteral("user"), QStringLiteral("list")};
    QCOMPARE(usernames(m_cli->json(QStringLiteral("root"), list)).size(), 4);
    QCOMPARE(usernames(m_cli->json(QStringLiteral("alice"), list)),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(usernames(m_cli->json(QStringLiteral("carol"), list)),
             QStringList{QStringLiteral("carol")});
}

void TestTenantctlUser::whoamiShowsEffectiveRolesPerTenant()
{
    const QJsonObject me = m_cli->json(QStringLiteral("bob"), {QStringLiteral("whoami")});
    QCOMPARE(me.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(me.value(QStringLiteral("global_role")).toString(), QStringLiteral("viewer"));
    QCOMPARE(me.value(QStringLiteral("global_admin")).toBool(), false);
    const QJsonArray tenants = me.value(QStringLiteral("tenants")).toArray();
    QCOMPARE(tenants.size(), 2);
    const QJsonObject acme = tenants.at(0).toObject();
    QCOMPARE(acme.value(QStringLiteral("slug")).toString(), QStringLiteral("acme"));
    QVERIFY(acme.value(QStringLiteral("tenant_role")).isNull());
    QCOMPARE(acme.value(QStringLiteral("highest_role")).toString(),
             QStringLiteral("workspace_admin"));
    QCOMPARE(acme.value(QStringLiteral("workspaces"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("slug"))
                     .toString(),
             QStringLiteral("dev"));
    QCOMPARE(tenants.at(1).toObject().value(QStringLiteral("tenant_role")).toString(),
             QStringLiteral("member"));
    const CliRun text = m_cli->run(QStringLiteral("root"), {QStringLiteral("whoami")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("global admin"));
}

void TestTenantctlUser::canAnswersAllowedWithExitCode0()
{
    const CliRun result
            = m_cli->run(QStringLiteral("alice"),
                         {QStringLiteral("can"), QStringLiteral("bob"),
                          QStringLiteral("workspace.settings"), QStringLiteral("acme/dev")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("allowed\n"));
    const QJsonObject answer
            = m_cli->json(QStringLiteral("alice"),
                          {QStringLiteral("can"), QStringLiteral("alice"),
                           QStringLiteral("tenant.rename"), QStringLiteral("acme")});
    QCOMPARE(answer.value(QStringLiteral("allowed")).toBool(), true);
    QVERIFY(answer.value(QStringLiteral("rule"))
                    .toString()
                    .contains(QStringLiteral("tenant_admin")));
}

void TestTenantctlUser::canAnswersRefusedWithRuleAndExitCode3()
{
    const CliRun result
            = m_cli->run(QStringLiteral("alice"),
                         {QStringLiteral("can"), QStringLiteral("bob"),
                          QStringLiteral("workspace.rename"), QStringLiteral("acme/dev")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.startsWith("refused\n"));
    QVERIFY(result.out.contains("creating, renaming or deleting a workspace needs a tenant_admin"));
    QVERIFY(result.out.contains("alice"));
    const CliRun json = m_cli->run(QStringLiteral("alice"),
                                   {QStringLiteral("can"), QStringLiteral("bob"),
                                    QStringLiteral("member.grant-workspace"),
                                    QStringLiteral("acme/ops"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(answer.value(QStringLiteral("allowed")).toBool(), false);
    QVERIFY(!answer.value(QStringLiteral("who_could")).toString().isEmpty());
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("can"), QStringLiteral("alice"),
                         QStringLiteral("tenant.create")})
                     .exitCode,
             3);
}

void TestTenantctlUser::canRefusesUnknownActionAsUsage()
{
    const CliRun result = m_cli->run(QStringLiteral("root"),
                                     {QStringLiteral("can"), QStringLiteral("alice"),
                                      QStringLiteral("fly"), QStringLiteral("acme")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("tenant.rename"));
}

void TestTenantctlUser::canNeedsAWorkspaceForWorkspaceActions()
{
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("can"), QStringLiteral("alice"),
                         QStringLiteral("workspace.rename"), QStringLiteral("acme")})
                     .exitCode,
             2);
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("can"), QStringLiteral("alice"),
                         QStringLiteral("workspace.rename"), QStringLiteral("acme/nope")})
                     .exitCode,
             4);
    // carol may not see acme, so she cannot ask about it either.
    QCOMPARE(m_cli->run(QStringLiteral("carol"),
                        {QStringLiteral("can"), QStringLiteral("alice"),
                         QStringLiteral("tenant.rename"), QStringLiteral("acme")})
                     .exitCode,
             4);
}

QTEST_GUILESS_MAIN(TestTenantctlUser)
#include "tst_tenantctl_user.moc"
