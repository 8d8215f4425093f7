#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QJsonArray>
#include <QTest>

// tenantctl workspace ...: commands, visibility by role and exit codes.
class TestTenantctlWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tenantAdminCreatesRenamesConfiguresAndDeletes();
    void workspaceScopedMemberListsOnlyTheirWorkspace();
    void workspaceAdminEditsSettingsButCannotRename();
    void duplicateSlugIsExitCode5();
    void unknownWorkspaceIsExitCode4();
    void settingsThatAreNotAnObjectAreExitCode2();

private:
    QStringList ws(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("workspace")} + arguments;
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
    QString m_acme;
    QString m_dev;
};

void TestTenantctlWorkspace::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    const auto alice = m_fixture->addActor(QStringLiteral("alice"));
    const auto wade = m_fixture->addActor(QStringLiteral("wade"));
    const auto bob = m_fixture->addActor(QStringLiteral("bob"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"), QStringLiteral("Development"));
    m_fixture->addWorkspace(m_acme, QStringLiteral("ops"), QStringLiteral("Operations"));
    m_fixture->addMembership(m_acme, alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, wade.userId, QStringLiteral("workspace_admin"), m_dev);
    m_fixture->addMembership(m_acme, bob.userId, QStringLiteral("member"), m_dev);
}

void TestTenantctlWorkspace::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlWorkspace::tenantAdminCreatesRenamesConfiguresAndDeletes()
{
    const QString alice = QStringLiteral("alice");
    const QJsonObject created = m_cli->json(
            alice,
            ws({QStringLiteral("create"), QStringLiteral("acme"), QStringLiteral("--name"),
                QStringLiteral("Quality"), QStringLiteral("--slug"), QStringLiteral("qa")}));
    QCOMPARE(created.value(QStringLiteral("slug")).toString(), QStringLiteral("qa"));
    QCOMPARE(created.value(QStringLiteral("tenant_id")).toString(), m_acme);
    QCOMPARE(m_cli->json(alice, ws({QStringLiteral("list"), QStringLiteral("acme")}))
                     .value(QStringLiteral("count"))
                     .toInt(),
             3);
    const QJsonObject renamed = m_cli->json(
            alice,
            ws({QStringLiteral("rename"), QStringLiteral("acme"), QStringLiteral("qa"),
                QStringLiteral("--name"), QStringLiteral("QA \"team\"")}));
    QCOMPARE(renamed.value(QStringLiteral("name")).toString(), QStringLiteral("QA \"team\""));
    const QJsonObject settings = m_cli->json(
            alice,
            ws({QStringLiteral("settings"), QStringLiteral("acme"), QStringLiteral("qa"),
                QStringLiteral("--set"), QStringLiteral("{\"retention\":30}")}));
    QCOMPARE(settings.value(QStringLiteral("retention")).toInt(), 30);

    const CliRun refused = m_cli->run(
            alice, ws({QStringLiteral("delete"), QStringLiteral("acme"), QStringLiteral("dev")}));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("2 memberships"));
    const CliRun deleted = m_cli->run(alice,
                                      ws({QStringLiteral("delete"), QStringLiteral("acme"),
                                          QStringLiteral("dev"), QStringLiteral("--yes")}));
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE id = ?1", {m_dev}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE workspace_id = ?1", {m_dev}),
             0);
}

void TestTenantctlWorkspace::workspaceScopedMemberListsOnlyTheirWorkspace()
{
    const QJsonArray listed = m_cli->json(QStringLiteral("bob"),
                                          ws({QStringLiteral("list"), QStringLiteral("acme")}))
                                      .value(QStringLiteral("workspaces"))
                                      .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("slug")).toString(),
             QStringLiteral("dev"));
    QCOMPARE(m_cli->run(QStringLiteral("bob"),
                        ws({QStringLiteral("settings"), QStringLiteral("acme"),
                            QStringLiteral("ops")}))
                     .exitCode,
             4);
}

void TestTenantctlWorkspace::workspaceAdminEditsSettingsButCannotRename()
{
    const CliRun edited = m_cli->run(
            QStringLiteral("wade"),
            ws({QStringLiteral("settings"), QStringLiteral("acme"), QStringLiteral("dev"),
                QStringLiteral("--set"), QStringLiteral("{\"a\":1}")}));
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QCOMPARE(m_fixture->value("SELECT settings_json FROM workspaces WHERE id = ?1", {m_dev})
                     .toString(),
             QStringLiteral("{\"a\":1}"));
    const QByteArray before = m_test->dump();
    const CliRun renamed = m_cli->run(
            QStringLiteral("wade"),
            ws({QStringLiteral("rename"), QStringLiteral("acme"), QStringLiteral("dev"),
                QStringLiteral("--name"), QStringLiteral("Mine")}));
    QCOMPARE(renamed.exitCode, 3);
    QVERIFY(renamed.err.contains("tenant_admin"));
    QCOMPARE(m_cli->run(QStringLiteral("bob"),
                        ws({QStringLiteral("settings"), QStringLiteral("acme"),
                            QStringLiteral("dev"), QStringLiteral("--set"), QStringLiteral("{}")}))
                     .exitCode,
             3);
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlWorkspace::duplicateSlugIsExitCode5()
{
    const CliRun result = m_cli->run(
            QStringLiteral("alice"),
            ws({QStringLiteral("create"), QStringLiteral("acme"), QStringLiteral("--name"),
                QStringLiteral("Dev 2"), QStringLiteral("--slug"), QStringLiteral("dev")}));
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.err.contains("already has a workspace"));
}

void TestTenantctlWorkspace::unknownWorkspaceIsExitCode4()
{
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        ws({QStringLiteral("rename"), QStringLiteral("acme"),
                            QStringLiteral("nope"), QStringLiteral("--name"), QStringLiteral("x")}))
                     .exitCode,
             4);
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        ws({QStringLiteral("list"), QStringLiteral("nope")}))
                     .exitCode,
             4);
}

void TestTenantctlWorkspace::settingsThatAreNotAnObjectAreExitCode2()
{
    const CliRun result = m_cli->run(
            QStringLiteral("alice"),
            ws({QStringLiteral("settings"), QStringLiteral("acme"), QStringLiteral("dev"),
                QStringLiteral("--set"), QStringLiteral("\"text\"")}));
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTenantctlWorkspace)
#include "tst_tenantctl_workspace.moc"
