#include "core/audit/auditlog.h"
#include "core/csv/membershipcsv.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/migrationscript.h"
#include "core/tenancy/membershipservice.h"
#include "support/migrationsupport.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace tenantdesk;

// Admins are people, not rows (issue 15, item 2) and memberships of deleted users (issue 9,
// item 3): aistack's schema allows several tenant-wide rows of one user in one tenant, and
// aistack deletes users without touching tenant_users. Neither may leave a tenant without a
// living tenant_admin, on any path.
class TestMembershipIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Duplicate tenant-wide rows.
    void duplicateAdminRowsAreOneAdminOnRevoke();
    void duplicateAdminRowsAreOneAdminOnSelfDemote();
    void duplicateAdminRowsAreOneAdminOnCsvImport();
    void duplicateAdminRowsAreOneAdminOnRemove();
    void removeTakesEveryDuplicateRowWhenAnotherAdminRemains();
    void duplicateRowsAreJudgedByTheirHighestRole();
    void mergeKeepsTheHighestRoleAndAuditsIt();
    void mergeDryRunChangesNothing();
    void mergeIsForTenantAdminsOnly();
    void migration009AppliesAfterTheMerge();

    // Orphaned memberships.
    void orphanedTenantAdminDoesNotKeepTheLastLivingAdminRevocable();
    void orphanedMembershipsAreListedAsDeletedUsers();
    void revokingAnOrphanedMembershipIsAuditedAsADeletedUser();
    void removingAnOrphanedUserFromTheTenantWorks();
    void pruneRemovesEveryOrphanWithAnAuditEntryEach();
    void pruneDryRunChangesNothing();
    void pruneIsForTenantAdminsOnly();
    void tenantsWithOrphansAndDuplicatesAreFound();
    void exportWritesTheIdAndImportSkipsIt();

private:
    // Lets the test insert what aistack's schema allows: a second tenant-wide row.
    void allowDuplicates() const;
    QString ghost() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    qint64 rowsOf(const QString &userId) const;
    QList<AuditEntry> audit() const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_root;
    Actor m_alice; // the only living tenant_admin of acme
    Actor m_wade;  // workspace_admin on acme/dev
    Actor m_carol; // member of acme
    QString m_acme;
    QString m_dev;
};

void TestMembershipIntegrity::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_wade = m_fixture->addActor(QStringLiteral("wade"));
    m_carol = m_fixture->addActor(QStringLiteral("carol"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, m_wade.userId, QStringLiteral("workspace_admin"), m_dev);
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("member"));
    m_db = m_test->open();
}

void TestMembershipIntegrity::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestMembershipIntegrity::allowDuplicates() const
{
    m_test->execRaw("DROP INDEX idx_tenant_users_unique_scope");
}

qint64 TestMembershipIntegrity::rowsOf(const QString &userId) const
{
    return m_fixture->count("SELECT count(*) FROM tenant_users WHERE tenant_id = ?1 AND "
                            "user_id = ?2",
                            {m_acme, userId});
}

QList<AuditEntry> TestMembershipIntegrity::audit() const
{
    auto entries = AuditLog(*m_db).list({}, 1000);
    return entries ? *entries : QList<AuditEntry>();
}

void TestMembershipIntegrity::duplicateAdminRowsAreOneAdminOnRevoke()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    QCOMPARE(rowsOf(m_alice.userId), 2);
    for (const Actor &actor : {m_root, m_alice}) {
        const QByteArray before = m_test->dump();
        auto revoked = MembershipService(*m_db, actor).revoke(m_acme, m_alice.userId);
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::Conflict);
        QVERIFY2(revoked.error().message.contains(QLatin1String("last one")), why(revoked));
        QCOMPARE(m_test->dump(), before);
    }
}

void TestMembershipIntegrity::duplicateAdminRowsAreOneAdminOnSelfDemote()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    const QByteArray before = m_test->dump();
    auto demoted
            = MembershipService(*m_db, m_alice).grant(m_acme, m_alice.userId, TenantRole::Member);
    QVERIFY(!demoted);
    QCOMPARE(demoted.error().code, ErrorCode::Conflict);
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::duplicateAdminRowsAreOneAdminOnCsvImport()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    const QByteArray before = m_test->dump();
    auto report = MembershipCsv(*m_db, m_root)
                          .import(m_acme, "user,workspace,role\nalice,,member\n",
                                  MembershipCsv::Mode::SkipFailures);
    QVERIFY2(report, why(report));
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows.first().outcome, CsvImportRow::Outcome::Refused);
    QCOMPARE(report->rows.first().code, ErrorCode::Conflict);
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::duplicateAdminRowsAreOneAdminOnRemove()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    const QByteArray before = m_test->dump();
    auto removed = MembershipService(*m_db, m_root).removeFromTenant(m_acme, m_alice.userId);
    QVERIFY(!removed);
    // The last-admin rule, not "holds no role" after the first row took both with it.
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY2(removed.error().message.contains(QLatin1String("must keep at least one")),
             why(removed));
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::removeTakesEveryDuplicateRowWhenAnotherAdminRemains()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("member"), m_dev);
    QCOMPARE(rowsOf(m_carol.userId), 3);
    auto removed = MembershipService(*m_db, m_alice).removeFromTenant(m_acme, m_carol.userId);
    QVERIFY2(removed, why(removed));
    QCOMPARE(rowsOf(m_carol.userId), 0);
}

void TestMembershipIntegrity::duplicateRowsAreJudgedByTheirHighestRole()
{
    // carol's second tenant-wide row says tenant_admin: a workspace_admin may not take it away
    // by revoking "the member row", and the audit records the role she really held.
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("tenant_admin"));
    auto revoked = MembershipService(*m_db, m_root).revoke(m_acme, m_carol.userId);
    QVERIFY2(revoked, why(revoked));
    QCOMPARE(rowsOf(m_carol.userId), 0);
    const QJsonObject payload
            = QJsonDocument::fromJson(audit().first().payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("before")).toObject().value(QStringLiteral("role")),
             QJsonValue(QStringLiteral("tenant_admin")));
}

void TestMembershipIntegrity::mergeKeepsTheHighestRoleAndAuditsIt()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("workspace_admin"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    const QString dead = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, dead, QStringLiteral("member"));

    auto merged = MembershipService(*m_db, m_alice).mergeDuplicates(m_acme);
    QVERIFY2(merged, why(merged));
    QCOMPARE(merged->size(), 3);
    for (const DuplicateMembership &merge : std::as_const(*merged)) {
        if (merge.userId == m_carol.userId) {
            QCOMPARE(merge.roles,
                     (QList<TenantRole>{TenantRole::TenantAdmin, TenantRole::WorkspaceAdmin,
                                        TenantRole::Member}));
            QCOMPARE(merge.keptRole, TenantRole::TenantAdmin);
        } else if (merge.userId == dead) {
            QVERIFY(!merge.userExists);
            QCOMPARE(merge.userLabel(), QStringLiteral("deleted user %1").arg(dead));
        }
    }
    QCOMPARE(m_fixture->roleOf(m_acme, m_carol.userId), QStringLiteral("tenant_admin"));
    QCOMPARE(rowsOf(m_carol.userId), 1);
    QCOMPARE(rowsOf(m_alice.userId), 1);
    QCOMPARE(rowsOf(dead), 1);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM (SELECT 1 FROM tenant_users WHERE "
                              "workspace_id IS NULL GROUP BY tenant_id, user_id HAVING "
                              "count(*) > 1)"),
             0);
    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), 3);
    for (const AuditEntry &entry : entries)
        QCOMPARE(entry.eventType, QStringLiteral("membership.merged"));
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified && verified->valid);
    // Nothing left to merge.
    auto again = MembershipService(*m_db, m_alice).mergeDuplicates(m_acme);
    QVERIFY2(again, why(again));
    QVERIFY(again->isEmpty());
}

void TestMembershipIntegrity::mergeDryRunChangesNothing()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("tenant_admin"));
    const QByteArray before = m_test->dump();
    auto preview = MembershipService(*m_db, m_root).mergeDuplicates(m_acme, true);
    QVERIFY2(preview, why(preview));
    QCOMPARE(preview->size(), 1);
    QCOMPARE(preview->first().keptRole, TenantRole::TenantAdmin);
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::mergeIsForTenantAdminsOnly()
{
    allowDuplicates();
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("member"));
    const QByteArray before = m_test->dump();
    for (const Actor &actor : {m_wade, m_carol}) {
        auto merged = MembershipService(*m_db, actor).mergeDuplicates(m_acme);
        QVERIFY(!merged);
        QCOMPARE(merged.error().code, ErrorCode::Denied);
    }
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::migration009AppliesAfterTheMerge()
{
    // A database as aistack leaves it: no unique scope index, a duplicate row.
    m_test->execRaw("DROP INDEX idx_tenant_users_unique_scope; "
                    "DROP TRIGGER tenant_users_admin_is_tenant_wide_insert; "
                    "DROP TRIGGER tenant_users_admin_is_tenant_wide_update");
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("member"));
    auto script = MigrationScript::load(
            QDir(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR))
                    .filePath(QStringLiteral("009_tenant_users_integrity.sql")));
    QVERIFY2(script, why(script));
    MigrationPlan plan;
    plan.steps.append({*script, MigrationDirection::Up});

    auto refused = MigrationRunner(*m_db).run(plan, m_root);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("UNIQUE")), why(refused));

    auto merged = MembershipService(*m_db, m_root).mergeDuplicates(m_acme);
    QVERIFY2(merged, why(merged));
    QCOMPARE(merged->size(), 1);
    auto applied = MigrationRunner(*m_db).run(plan, m_root);
    QVERIFY2(applied, why(applied));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM sqlite_master WHERE name = "
                              "'idx_tenant_users_unique_scope'"),
             1);
}

void TestMembershipIntegrity::orphanedTenantAdminDoesNotKeepTheLastLivingAdminRevocable()
{
    // The test issue 9 asks for: a deleted user's tenant_admin row is nobody.
    m_fixture->addMembership(m_acme, ghost(), QStringLiteral("tenant_admin"));
    for (const Actor &actor : {m_root, m_alice}) {
        const QByteArray before = m_test->dump();
        auto revoked = MembershipService(*m_db, actor).revoke(m_acme, m_alice.userId);
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::Conflict);
        QCOMPARE(m_test->dump(), before);
        auto demoted
                = MembershipService(*m_db, actor).grant(m_acme, m_alice.userId, TenantRole::Member);
        QVERIFY(!demoted);
        QCOMPARE(demoted.error().code, ErrorCode::Conflict);
        auto removed = MembershipService(*m_db, actor).removeFromTenant(m_acme, m_alice.userId);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::Conflict);
        QCOMPARE(m_test->dump(), before);
    }
}

void TestMembershipIntegrity::orphanedMembershipsAreListedAsDeletedUsers()
{
    const QString dead = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("member"), m_dev);
    MembershipQuery query;
    query.tenantId = m_acme;
    auto rows = MembershipService(*m_db, m_alice).list(query);
    QVERIFY2(rows, why(rows));
    int orphans = 0;
    for (const Membership &row : std::as_const(*rows)) {
        QCOMPARE(row.isOrphaned(), row.userId == dead);
        if (row.isOrphaned()) {
            ++orphans;
            QCOMPARE(row.userLabel(), QStringLiteral("deleted user %1").arg(dead));
        } else {
            QCOMPARE(row.userLabel(), row.username);
        }
    }
    QCOMPARE(orphans, 1);
}

void TestMembershipIntegrity::revokingAnOrphanedMembershipIsAuditedAsADeletedUser()
{
    // Even a tenant_admin row: a deleted user was never one of the tenant's admins.
    const QString dead = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("tenant_admin"));
    auto revoked = MembershipService(*m_db, m_alice).revoke(m_acme, dead);
    QVERIFY2(revoked, why(revoked));
    QCOMPARE(rowsOf(dead), 0);
    const AuditEntry entry = audit().first();
    QCOMPARE(entry.eventType, QStringLiteral("membership.revoked"));
    const QJsonObject payload = QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("user_id")).toString(), dead);
    QVERIFY(payload.value(QStringLiteral("username")).isNull());
    QCOMPARE(payload.value(QStringLiteral("user_deleted")), QJsonValue(true));
}

void TestMembershipIntegrity::removingAnOrphanedUserFromTheTenantWorks()
{
    allowDuplicates();
    const QString dead = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, dead, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, dead, QStringLiteral("workspace_admin"), m_dev);
    auto removed = MembershipService(*m_db, m_alice).removeFromTenant(m_acme, dead);
    QVERIFY2(removed, why(removed));
    QCOMPARE(rowsOf(dead), 0);
}

void TestMembershipIntegrity::pruneRemovesEveryOrphanWithAnAuditEntryEach()
{
    allowDuplicates();
    const QString first = ghost();
    const QString second = ghost();
    m_fixture->addMembership(m_acme, first, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, first, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, first, QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_acme, second, QStringLiteral("workspace_admin"), m_dev);
    const QString other = m_fixture->addTenant(QStringLiteral("other"));
    m_fixture->addMembership(other, second, QStringLiteral("member"));

    auto pruned = MembershipService(*m_db, m_alice).pruneOrphans(m_acme);
    QVERIFY2(pruned, why(pruned));
    // Three memberships: the two duplicate rows are one grant.
    QCOMPARE(pruned->size(), 3);
    QCOMPARE(rowsOf(first), 0);
    QCOMPARE(rowsOf(second), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE tenant_id = ?1", {other}),
             1);
    // The living keep theirs.
    QCOMPARE(rowsOf(m_alice.userId), 1);
    QCOMPARE(rowsOf(m_wade.userId), 1);
    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), 3);
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.eventType, QStringLiteral("membership.revoked"));
        QVERIFY(entry.payloadJson.contains(QLatin1String("\"user_deleted\":true")));
    }
}

void TestMembershipIntegrity::pruneDryRunChangesNothing()
{
    m_fixture->addMembership(m_acme, ghost(), QStringLiteral("member"));
    const QByteArray before = m_test->dump();
    auto listed = MembershipService(*m_db, m_root).pruneOrphans(m_acme, true);
    QVERIFY2(listed, why(listed));
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().isOrphaned());
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::pruneIsForTenantAdminsOnly()
{
    m_fixture->addMembership(m_acme, ghost(), QStringLiteral("member"), m_dev);
    const QByteArray before = m_test->dump();
    for (const Actor &actor : {m_wade, m_carol}) {
        auto pruned = MembershipService(*m_db, actor).pruneOrphans(m_acme);
        QVERIFY(!pruned);
        QCOMPARE(pruned.error().code, ErrorCode::Denied);
    }
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipIntegrity::tenantsWithOrphansAndDuplicatesAreFound()
{
    allowDuplicates();
    const QString other = m_fixture->addTenant(QStringLiteral("other"));
    m_fixture->addMembership(other, ghost(), QStringLiteral("member"));
    m_fixture->addMembership(m_acme, m_carol.userId, QStringLiteral("member"));
    auto orphans = MembershipService(*m_db, m_root).tenantsWithOrphans();
    QVERIFY2(orphans, why(orphans));
    QCOMPARE(*orphans, QStringList{other});
    auto duplicates = MembershipService(*m_db, m_root).tenantsWithDuplicates();
    QVERIFY2(duplicates, why(duplicates));
    QCOMPARE(*duplicates, QStringList{m_acme});
    // alice sees acme only.
    auto hers = MembershipService(*m_db, m_alice).tenantsWithOrphans();
    QVERIFY2(hers, why(hers));
    QVERIFY(hers->isEmpty());
}

void TestMembershipIntegrity::exportWritesTheIdAndImportSkipsIt()
{
    const QString dead = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("member"), m_dev);
    MembershipQuery query;
    query.tenantId = m_acme;
    QByteArray csv;
    {
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        auto written = MembershipCsv(*m_db, m_alice).exportTo(&buffer, query);
        QVERIFY2(written, why(written));
        QCOMPARE(*written, 4);
    }
    QVERIFY2(csv.contains(dead.toUtf8() + ",dev,member\r\n"), csv.constData());

    const QByteArray before = m_test->dump();
    auto report
            = MembershipCsv(*m_db, m_alice).import(m_acme, csv, MembershipCsv::Mode::AllOrNothing);
    QVERIFY2(report, why(report));
    QVERIFY(!report->hasFailures());
    QCOMPARE(report->count(CsvImportRow::Outcome::Skipped), 1);
    QCOMPARE(report->count(CsvImportRow::Outcome::Unchanged), 3);
    for (const CsvImportRow &row : std::as_const(report->rows)) {
        if (row.outcome == CsvImportRow::Outcome::Skipped)
            QVERIFY2(row.message.contains(dead), qPrintable(row.message));
    }
    QCOMPARE(m_test->dump(), before);
}

QTEST_GUILESS_MAIN(TestMembershipIntegrity)
#include "tst_membershipintegrity.moc"
