#include "core/audit/auditlog.h"
#include "core/tenancy/provisioner.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tenantdesk;

// aistack's single-to-multi provisioning: the default tenant and workspace, a membership for
// every user without one, and nothing at all the second time.
class TestProvision : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsDefaultTenantAndGrantsEveryone();
    void provisioningTwiceChangesNothingTheSecondTime();
    void grantsOneRoleToAllWhenAsked();
    void keepsExistingMembershipsAndAddsMissingOnes();
    void createsOnlyTheMissingWorkspace();
    void refusedForEveryoneButGlobalAdmins();
    void refusesInvalidSlugs();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_root;
    Actor m_dev;
    Actor m_viewer;
};

void TestProvision::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_dev = m_fixture->addActor(QStringLiteral("dana"), QStringLiteral("developer"));
    m_viewer = m_fixture->addActor(QStringLiteral("vic"), QStringLiteral("viewer"));
    m_db = m_test->open();
}

void TestProvision::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestProvision::createsDefaultTenantAndGrantsEveryone()
{
    auto report = Provisioner(*m_db, m_root).provision({});
    QVERIFY2(report, why(report).constData());
    QVERIFY(report->tenantCreated);
    QVERIFY(report->workspaceCreated);
    QCOMPARE(report->membershipsGranted, 3);
    QVERIFY(report->changedAnything());
    QCOMPARE(m_fixture->value("SELECT id FROM tenants WHERE slug = 'default'").toString(),
             report->tenantId);
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE slug = 'default'").toString(),
             QStringLiteral("Default"));
    QCOMPARE(m_fixture
                     ->value("SELECT id FROM workspaces WHERE tenant_id = ?1 AND slug = 'default'",
                             {report->tenantId})
                     .toString(),
             report->workspaceId);
    QCOMPARE(m_fixture->roleOf(report->tenantId, m_root.userId), QStringLiteral("tenant_admin"));
    QCOMPARE(m_fixture->roleOf(report->tenantId, m_dev.userId), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(report->tenantId, m_viewer.userId), QStringLiteral("member"));
    auto entries = AuditLog(*m_db).list({QStringLiteral("tenancy.provisioned"), {}, {}, {}}, 5);
    QCOMPARE(entries->size(), 1);
    const QJsonObject after = QJsonDocument::fromJson(entries->at(0).payloadJson.toUtf8())
                                      .object()
                                      .value(QStringLiteral("after"))
                                      .toObject();
    QCOMPARE(after.value(QStringLiteral("memberships_granted")).toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("granted")).toArray().size(), 3);
    QVERIFY(AuditLog(*m_db).verify()->valid);
}

void TestProvision::provisioningTwiceChangesNothingTheSecondTime()
{
    QVERIFY(Provisioner(*m_db, m_root).provision({}));
    const QByteArray before = m_test->dump();
    auto again = Provisioner(*m_db, m_root).provision({});
    QVERIFY2(again, why(again).constData());
    QVERIFY(!again->changedAnything());
    QVERIFY(!again->tenantCreated);
    QVERIFY(!again->workspaceCreated);
    QCOMPARE(again->membershipsGranted, 0);
    QVERIFY(!again->tenantId.isEmpty());
    QCOMPARE(m_test->dump(), before);
}

void TestProvision::grantsOneRoleToAllWhenAsked()
{
    ProvisionOptions options;
    options.tenantSlug = QStringLiteral("main");
    options.roleForAll = TenantRole::WorkspaceAdmin;
    auto report = Provisioner(*m_db, m_root).provision(options);
    QVERIFY2(report, why(report).constData());
    QCOMPARE(
            m_fixture->count("SELECT count(*) FROM tenant_users WHERE role = 'workspace_admin' AND "
                             "workspace_id IS NULL"),
            3);
}

void TestProvision::keepsExistingMembershipsAndAddsMissingOnes()
{
    const QString tenant = m_fixture->addTenant(QStringLiteral("default"));
    const QString workspace = m_fixture->addWorkspace(tenant, QStringLiteral("default"));
    m_fixture->addMembership(tenant, m_dev.userId, QStringLiteral("workspace_admin"), workspace);
    auto report = Provisioner(*m_db, m_root).provision({});
    QVERIFY2(report, why(report).constData());
    QVERIFY(!report->tenantCreated);
    QVERIFY(!report->workspaceCreated);
    QCOMPARE(report->membershipsGranted, 2);
    QCOMPARE(report->tenantId, tenant);
    QCOMPARE(m_fixture->roleOf(tenant, m_dev.userId, workspace), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(tenant, m_dev.userId), QString());
    // A user added later is provisioned by the next run, and only they are.
    const Actor late = m_fixture->addActor(QStringLiteral("late"));
    QCOMPARE(Provisioner(*m_db, m_root).provision({})->membershipsGranted, 1);
    QCOMPARE(m_fixture->roleOf(tenant, late.userId), QStringLiteral("member"));
}

void TestProvision::createsOnlyTheMissingWorkspace()
{
    const QString tenant = m_fixture->addTenant(QStringLiteral("default"));
    auto report = Provisioner(*m_db, m_root).provision({});
    QVERIFY(!report->tenantCreated);
    QVERIFY(report->workspaceCreated);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 1);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE tenant_id = ?1", {tenant}), 1);
}

void TestProvision::refusedForEveryoneButGlobalAdmins()
{
    const QByteArray before = m_test->dump();
    for (const Actor &actor : {m_dev, m_viewer, Actor::bootstrapActor()}) {
        auto report = Provisioner(*m_db, actor).provision({});
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Denied);
        QVERIFY(report.error().message.contains(QStringLiteral("global admin")));
    }
    QCOMPARE(m_test->dump(), before);
}

void TestProvision::refusesInvalidSlugs()
{
    ProvisionOptions options;
    options.workspaceSlug = QStringLiteral("Not Valid");
    QCOMPARE(Provisioner(*m_db, m_root).provision(options).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 0);
}

QTEST_GUILESS_MAIN(TestProvision)
#include "tst_provision.moc"
