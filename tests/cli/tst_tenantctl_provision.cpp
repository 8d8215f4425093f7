#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QTest>

// tenantctl provision: aistack's "tenant migrate" from the terminal.
class TestTenantctlProvision : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void provisioningTwiceChangesNothingTheSecondTime();
    void takesSlugsAndOneRoleForAll();
    void nonAdminIsExitCode3();
    void badRoleOrSlugIsExitCode2();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
};

void TestTenantctlProvision::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_fixture->addActor(QStringLiteral("alice"));
    m_fixture->addActor(QStringLiteral("bob"), QStringLiteral("viewer"));
}

void TestTenantctlProvision::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlProvision::provisioningTwiceChangesNothingTheSecondTime()
{
    const QJsonObject first = m_cli->json(QStringLiteral("root"), {QStringLiteral("provision")});
    QCOMPARE(first.value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("tenant_created")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("memberships_granted")).toInt(), 3);
    const QString tenant = first.value(QStringLiteral("tenant_id")).toString();
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE tenant_id = ?1 AND role = "
                              "'tenant_admin'",
                              {tenant}),
             1);

    const QByteArray before = m_test->dump();
    const CliRun again = m_cli->run(QStringLiteral("root"), {QStringLiteral("provision")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("Nothing to do"), again.out.constData());
    QCOMPARE(m_test->dump(), before);
    const QJsonObject json = m_cli->json(QStringLiteral("root"), {QStringLiteral("provision")});
    QCOMPARE(json.value(QStringLiteral("changed")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("tenant_id")).toString(), tenant);
}

void TestTenantctlProvision::takesSlugsAndOneRoleForAll()
{
    const QJsonObject report = m_cli->json(
            QStringLiteral("root"),
            {QStringLiteral("provision"), QStringLiteral("--tenant-slug"), QStringLiteral("main"),
             QStringLiteral("--workspace-slug"), QStringLiteral("general"),
             QStringLiteral("--role"), QStringLiteral("member")});
    QCOMPARE(report.value(QStringLiteral("tenant_slug")).toString(), QStringLiteral("main"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE slug = 'general'"), 1);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE role = 'member'"), 3);
}

void TestTenantctlProvision::nonAdminIsExitCode3()
{
    const QByteArray before = m_test->dump();
    QCOMPARE(m_cli->run(QStringLiteral("alice"), {QStringLiteral("provision")}).exitCode, 3);
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlProvision::badRoleOrSlugIsExitCode2()
{
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("provision"), QStringLiteral("--role"),
                         QStringLiteral("boss")})
                     .exitCode,
             2);
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("provision"), QStringLiteral("--tenant-slug"),
                         QStringLiteral("Main")})
                     .exitCode,
             2);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 0);
}

QTEST_GUILESS_MAIN(TestTenantctlProvision)
#include "tst_tenantctl_provision.moc"
