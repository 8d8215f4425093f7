#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tenantdesk;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

Result<QList<MigrationOutcome>> runUp(const Database &db, const MigrationScript &s)
{
    MigrationPlan plan;
    plan.steps.append({s, MigrationDirection::Up});
    MigrationRunner runner(db);
    return runner.run(plan, admin());
}

// Parents and children, with a foreign key that cascades: dropping the parent table while
// foreign keys are on would delete every child.
const QByteArray kFamily = "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);"
                           "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                           "REFERENCES parent(id) ON DELETE CASCADE);"
                           "INSERT INTO parent VALUES (1, 'one'), (2, 'two');"
                           "INSERT INTO child VALUES (10, 1), (20, 2), (21, 2);";

// SQLite's table-rebuild procedure: parent gets a NOT NULL constraint on name.
QByteArray rebuildParent(const QByteArray &keptRows)
{
    return "-- tenantdesk: foreign-keys-off\n"
           "-- == UP ==\n"
           "CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
           "INSERT INTO parent_new SELECT id, name FROM parent WHERE "
            + keptRows
            + ";\n"
              "DROP TABLE parent;\n"
              "ALTER TABLE parent_new RENAME TO parent;\n"
              "-- == DOWN ==\n"
              "CREATE TABLE parent_old (id INTEGER PRIMARY KEY, name TEXT);\n"
              "INSERT INTO parent_old SELECT id, name FROM parent;\n"
              "DROP TABLE parent;\n"
              "ALTER TABLE parent_old RENAME TO parent;\n";
}

} // namespace

class TestMigrationMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void baselineRecordsWithoutRunningThenStatusShowsApplied();
    void baselineIsAudited();
    void modifiedScriptBlocksUntilRepaired();
    void repairNeedsTheRightToMigrate();
    void rebuildWithForeignKeysOffKeepsChildRows();
    void rebuildThatBreaksForeignKeysFailsCleanly();
    void rebuildWithoutDirectiveWouldCascade();
    void unknownDirectiveIsRefused();
    void foreignKeysPragmaRefusalPointsToDirective();
};

void TestMigrationMaintenance::baselineRecordsWithoutRunningThenStatusShowsApplied()
{
    // An aistack database whose tables the server itself created: same schema, no ledger.
    TestDatabase t;
    addAdmin(t.path());
    t.applyBundledSchema();
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'Acme', 'acme', NULL, 1, 1);");
    auto db = t.open();
    const QString bundled = QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR);
    auto plan = plannerFor(*db, bundled)
                        .baselinePlan(*MigrationTarget::parse(QStringLiteral("008_multitenant")));
    QVERIFY(plan);
    QCOMPARE(plan->steps.size(), 2);
    auto recorded = LedgerMaintenance(*db).baseline(*plan, admin());
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
    QCOMPARE(*recorded,
             (QStringList{QStringLiteral("005_audit_log_chain"),
                          QStringLiteral("008_multitenant")}));
    const QList<MigrationStatus> statuses = plannerFor(*db, bundled).statuses();
    QCOMPARE(statuses.at(0).state, MigrationState::Applied);
    QCOMPARE(statuses.at(1).state, MigrationState::Applied);
    QCOMPARE(statuses.at(1).ledger->durationMs, qint64(0));
    QCOMPARE(statuses.at(2).state, MigrationState::Pending);
    // Nothing ran: the existing row is still there (reverting 008 would have dropped it).
    QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM tenants"))->toString(),
             QStringLiteral("Acme"));
    // The next run continues after the baseline.
    auto next = plannerFor(*db, bundled).plan(MigrationDirection::Up, std::nullopt);
    QCOMPARE(next->steps.size(), statuses.size() - 2);
    QCOMPARE(next->steps.first().script.name(), QStringLiteral("009_tenant_users_integrity"));
}

void TestMigrationMaintenance::baselineIsAudited()
{
    TestDatabase t;
    addAdmin(t.path());
    t.applyBundledSchema();
    auto db = t.open();
    auto plan = plannerFor(*db, QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR))
                        .baselinePlan(*MigrationTarget::parse(QStringLiteral("9")));
    QVERIFY(LedgerMaintenance(*db).baseline(*plan, admin()));
    auto entries = AuditLog(*db).list({QStringLiteral("migration.baselined"), {}, {}, {}}, 10);
    QCOMPARE(entries->size(), 3);
    QVERIFY(entries->first().payloadJson.contains(QStringLiteral("\"actor\":\"root\"")));
    auto verified = AuditLog(*db).verify();
    QVERIFY(verified && verified->valid);
}

void TestMigrationMaintenance::modifiedScriptBlocksUntilRepaired()
{
    TestDatabase t;
    addAdmin(t.path());
    t.applyBundledSchema(); // for the audit chain
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("010_notes.sql"));
    writeFile(file,
              "-- == UP ==\nCREATE TABLE notes (body TEXT);\n-- == DOWN ==\nDROP TABLE notes;\n");
    writeFile(dir.filePath(QStringLiteral("011_tags.sql")),
              "-- == UP ==\nCREATE TABLE tags (name TEXT);\n-- == DOWN ==\nDROP TABLE tags;\n");
    auto db = t.open();
    MigrationRunner first(*db);
    QVERIFY(first.run(
            *plannerFor(*db, dir.path())
                     .plan(MigrationDirection::Up, *MigrationTarget::parse(QStringLiteral("10"))),
            admin()));
    // Someone fixes the script after it was applied (and applied the same by hand).
    writeFile(file,
              "-- == UP ==\nCREATE TABLE notes (body TEXT NOT NULL);\n-- == DOWN ==\nDROP TABLE "
              "notes;\n");
    auto blocked = plannerFor(*db, dir.path()).plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().code, ErrorCode::Conflict);
    QVERIFY2(blocked.error().message.contains(QStringLiteral("migrate repair")),
             qPrintable(blocked.error().message));

    const MigrationPlanner planner = plannerFor(*db, dir.path());
    auto repaired = LedgerMaintenance(*db).repair(planner.modified(), admin());
    QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().message));
    QCOMPARE(*repaired, QStringList{QStringLiteral("010_notes")});
    const MigrationPlanner after = plannerFor(*db, dir.path());
    QCOMPARE(after.statuses().first().state, MigrationState::Applied);
    QCOMPARE(after.statuses().first().ledger->checksum,
             after.statuses().first().script->checksum(MigrationDirection::Up));
    auto unblocked = after.plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(unblocked);
    QCOMPARE(unblocked->steps.size(), 1);
    auto entries = AuditLog(*db).list({QStringLiteral("migration.repaired"), {}, {}, {}}, 10);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().payloadJson.contains(QStringLiteral("previous_checksum")));
    // Repairing again finds nothing to do.
    QVERIFY(LedgerMaintenance(*db).repair(after.modified(), admin())->isEmpty());
}

void TestMigrationMaintenance::repairNeedsTheRightToMigrate()
{
    TestDatabase t;
    Actor developer = admin();
    developer.globalRole = GlobalRole::Developer;
    addActor(t.path(), developer);
    auto db = t.open();
    auto repaired = LedgerMaintenance(*db).repair({}, developer);
    QVERIFY(!repaired);
    QCOMPARE(repaired.error().code, ErrorCode::Denied);
    auto baselined = LedgerMaintenance(*db).baseline({}, developer);
    QVERIFY(!baselined);
    QCOMPARE(baselined.error().code, ErrorCode::Denied);
}

void TestMigrationMaintenance::rebuildWithForeignKeysOffKeepsChildRows()
{
    TestDatabase t;
    addAdmin(t.path());
    t.execRaw(kFamily);
    auto db = t.open();
    const MigrationScript rebuild
            = script(QStringLiteral("002_rebuild_parent.sql"), rebuildParent("1"));
    QVERIFY(rebuild.disablesForeignKeys());
    auto run = runUp(*db, rebuild);
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM child"))->toInt(), 3);
    QVERIFY(db->scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'parent'"))
                    ->toString()
                    .contains(QStringLiteral("NOT NULL")));
    // Foreign keys are on again afterwards, and the children still point at their parents.
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO child VALUES (30, 99)")));
    QVERIFY(db->exec(QStringLiteral("DELETE FROM parent WHERE id = 2")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM child"))->toInt(), 1);
}

void TestMigrationMaintenance::rebuildThatBreaksForeignKeysFailsCleanly()
{
    TestDatabase t;
    addAdmin(t.path());
    t.execRaw(kFamily);
    const QByteArray before = t.dump();
    {
        auto db = t.open();
        // Leaves out parent 2, which two children still refer to.
        auto run = runUp(
                *db, script(QStringLiteral("002_rebuild_parent.sql"), rebuildParent("id <> 2")));
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Failure);
        const QString message = run.error().message;
        QVERIFY2(message.contains(QStringLiteral("002_rebuild_parent.sql (UP)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2 foreign key reference")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("of child refers to a row of parent")),
                 qPrintable(message));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    }
    QCOMPARE(t.dump(), before);
}

void TestMigrationMaintenance::rebuildWithoutDirectiveWouldCascade()
{
    // Why the directive exists: with foreign keys on, DROP TABLE parent deletes its rows, and
    // the cascade takes every child with it.
    TestDatabase t;
    addAdmin(t.path());
    t.execRaw(kFamily);
    auto db = t.open();
    QByteArray text = rebuildParent("1");
    text.remove(0, text.indexOf('\n') + 1);
    auto run = runUp(*db, script(QStringLiteral("002_rebuild_parent.sql"), text));
    QVERIFY(run);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM child"))->toInt(), 0);
}

void TestMigrationMaintenance::unknownDirectiveIsRefused()
{
    auto parsed = MigrationScript::parse(QStringLiteral("003_x.sql"),
                                         "-- tenantdesk: foreign-key-off\nCREATE TABLE x(a);\n");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(QStringLiteral("line 1")),
             qPrintable(parsed.error().message));
    QVERIFY(MigrationScript::parse(QStringLiteral("003_x.sql"),
                                   "--TenantDesk:  Foreign-Keys-Off \nSELECT 1;")
                    ->disablesForeignKeys());
}

void TestMigrationMaintenance::foreignKeysPragmaRefusalPointsToDirective()
{
    auto checked = MigrationPlanner::validate(
            {MigrationDirection::Up,
             {{script(QStringLiteral("004_x.sql"),
                      "PRAGMA foreign_keys = OFF;\nCREATE TABLE x(a);\n"),
               MigrationDirection::Up}}});
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(MigrationScript::foreignKeysOffDirective()),
             qPrintable(checked.error().message));
}

QTEST_GUILESS_MAIN(TestMigrationMaintenance)
#include "tst_migrationmaintenance.moc"
