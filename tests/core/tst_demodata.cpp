#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/people/authenticator.h"
#include "core/tenancy/demodata.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QSet>
#include <QTest>

using namespace tenantdesk;

namespace {

const auto kPassword = QStringLiteral("demo password 1");

DemoOptions options(int tenants = 12)
{
    DemoOptions demo;
    demo.password = kPassword;
    demo.tenantCount = tenants;
    return demo;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void fillsTenantsWorkspacesUsersAndMemberships();
    void sampleUsersSignInAndSeeOnlyTheirTenants();
    void everyRoleAppears();
    void writesAVerifiableAuditChain();
    void numbersTenantsBeyondTheSamples();
    void refusesADatabaseWithUsers();
    void refusesADatabaseWithoutTheSchema();
};

void TestDemoData::fillsTenantsWorkspacesUsersAndMemberships()
{
    TestDatabase test;
    test.applyBundledSchema();
    auto db = test.open();
    auto report = generateDemoData(*db, options());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->admin.isGlobalAdmin());
    QCOMPARE(report->tenants, 12);
    QVERIFY(report->workspaces >= 12 * 3);
    QVERIFY(report->users > 20);
    QVERIFY(report->memberships >= 12 * 5);

    const TenantService tenants(*db, report->admin);
    QCOMPARE(*tenants.count(), 12);
    ListQuery all;
    all.limit = 100;
    const QList<Tenant> list = *tenants.list(all);
    qint64 workspaces = 0;
    for (const Tenant &tenant : list) {
        QVERIFY(!tenant.settings.isEmpty()); // realistic settings, not {}
        workspaces += *WorkspaceService(*db, report->admin).count(tenant.id);
    }
    QCOMPARE(workspaces, qint64(report->workspaces));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM users"))->toInt(), report->users);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenant_users"))->toInt(),
             report->memberships);
}

void TestDemoData::sampleUsersSignInAndSeeOnlyTheirTenants()
{
    TestDatabase test;
    test.applyBundledSchema();
    auto db = test.open();
    auto report = generateDemoData(*db, options());
    QVERIFY(report);

    // Real bcrypt hashes of the caller's password; no other password works.
    const QString hash
            = db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"),
                         {QStringLiteral("amara.okafor")})
                      ->toString();
    QVERIFY2(hash.startsWith(QLatin1String("$2b$04$")), qPrintable(hash));
    const Authenticator authenticator(*db);
    QVERIFY(!authenticator.signIn(QStringLiteral("amara.okafor"),
                                  QStringLiteral("wrong password")));
    auto member = authenticator.signIn(QStringLiteral("amara.okafor"), kPassword);
    QVERIFY(member);
    QVERIFY(!member->isGlobalAdmin());
    auto admin = authenticator.signIn(QStringLiteral("admin"), kPassword);
    QVERIFY(admin);
    QVERIFY(admin->isGlobalAdmin());

    const qint64 visible = *TenantService(*db, *member).count();
    QVERIFY(visible > 0);
    QVERIFY(visible < report->tenants);
}

void TestDemoData::everyRoleAppears()
{
    TestDatabase test;
    test.applyBundledSchema();
    auto db = test.open();
    QVERIFY(generateDemoData(*db, options()));
    auto roles = db->exec(
            QStringLiteral("SELECT DISTINCT role, workspace_id IS NULL FROM tenant_users"));
    QVERIFY(roles);
    QSet<QString> seen;
    while (roles->next())
        seen.insert(roles->value(0).toString()
                    + (roles->value(1).toBool() ? QStringLiteral("@tenant")
                                                : QStringLiteral("@workspace")));
    QVERIFY(seen.contains(QStringLiteral("tenant_admin@tenant")));
    QVERIFY(seen.contains(QStringLiteral("workspace_admin@workspace")));
    QVERIFY(seen.contains(QStringLiteral("member@tenant")));
    QVERIFY(seen.contains(QStringLiteral("member@workspace")));
    // Every tenant has a tenant-wide tenant admin (the invariant of architecture.md §3).
    QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT count(*) FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM "
                                "tenant_users u WHERE u.tenant_id = t.id AND u.role = "
                                "'tenant_admin' AND u.workspace_id IS NULL)"))
                     ->toInt(),
             0);
}

void TestDemoData::writesAVerifiableAuditChain()
{
    TestDatabase test;
    test.applyBundledSchema();
    auto db = test.open();
    QVERIFY(generateDemoData(*db, options(3)));
    auto verification = AuditLog(*db).verify();
    QVERIFY(verification);
    QVERIFY(verification->valid);
    QVERIFY(verification->checked > 3);
}

void TestDemoData::numbersTenantsBeyondTheSamples()
{
    TestDatabase test;
    test.applyBundledSchema();
    auto db = test.open();
    auto report = generateDemoData(*db, options(30));
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->tenants, 30);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(DISTINCT slug) FROM tenants"))->toInt(), 30);
    auto numbered = TenantService(*db, report->admin).find(QStringLiteral("northwind-2"));
    QVERIFY(numbered);
    QCOMPARE(numbered->name, QStringLiteral("Northwind Traders 2"));
}

void TestDemoData::refusesADatabaseWithUsers()
{
    TestDatabase test;
    test.applyBundledSchema();
    test.addUser(QStringLiteral("someone"), QStringLiteral("developer"),
                 QStringLiteral("password 1"));
    const QByteArray before = test.dump();
    auto db = test.open();
    auto report = generateDemoData(*db, options());
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Conflict);
    db.reset();
    QCOMPARE(test.dump(), before);
}

void TestDemoData::refusesADatabaseWithoutTheSchema()
{
    TestDatabase test;
    auto db = test.open();
    auto report = generateDemoData(*db, options());
    QVERIFY(!report);
    QVERIFY(!db->hasTable(QStringLiteral("users")));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
