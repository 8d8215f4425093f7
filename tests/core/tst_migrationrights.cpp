// Rights follow the database (issue 15, item 1) for the migration engine: a global admin whom
// another connection demotes, deletes or locks after the plan (or the backup list) was made
// runs no migration, records no baseline, repairs no ledger row and restores no backup; the
// file stays as it was and the refusal says why. What is recorded names the user as the
// database has them at the time of the write.

#include "support/files.h"
#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/migration/databasebackup.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/migrationworkflow.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tenantdesk;

namespace {

enum class Change { Demoted, Deleted, Locked };

// What another process does to root's users row.
void change(const TestDatabase &t, Change what)
{
    switch (what) {
    case Change::Demoted:
        t.execRaw("UPDATE users SET role = 'developer' WHERE username = 'root';");
        return;
    case Change::Deleted:
        t.execRaw("DELETE FROM users WHERE username = 'root';");
        return;
    case Change::Locked:
        t.execRaw("UPDATE users SET password_hash = '!' || password_hash WHERE username = 'root';");
        return;
    }
}

void addChanges()
{
    QTest::addColumn<Change>("what");
    QTest::addColumn<QString>("why");
    QTest::newRow("demoted") << Change::Demoted
                             << QStringLiteral("running migrations needs a global admin");
    QTest::newRow("deleted") << Change::Deleted << QStringLiteral("was deleted from this database");
    QTest::newRow("locked") << Change::Locked << QStringLiteral("was locked by a global admin");
}

// A Denied refusal whose sentence says why; QtTest's log says what came instead.
template<typename T> bool isRefusedFor(const Result<T> &result, const QString &why)
{
    if (result) {
        qWarning("not refused");
        return false;
    }
    if (result.error().code != ErrorCode::Denied || !result.error().message.contains(why)) {
        qWarning("refused otherwise: %s", qPrintable(result.error().message));
        return false;
    }
    return true;
}

// Two reversible migrations in a folder of their own.
void writeTwoMigrations(const QString &dir)
{
    writeFile(QDir(dir).filePath(QStringLiteral("100_notes.sql")),
              "-- == UP ==\nCREATE TABLE notes (body TEXT);\n-- == DOWN ==\nDROP TABLE notes;\n");
    writeFile(QDir(dir).filePath(QStringLiteral("101_tags.sql")),
              "-- == UP ==\nCREATE TABLE tags (name TEXT);\n-- == DOWN ==\nDROP TABLE tags;\n");
}

// The bundled schema (for the audit chain and the ledger) with root as a global admin.
void prepare(const TestDatabase &t)
{
    t.applyBundledSchema();
    addAdmin(t.path());
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'Acme', 'acme', NULL, 1, 1);");
}

QString auditActors(const Database &db, const QString &eventType)
{
    auto entries = AuditLog(db).list({eventType, {}, {}, {}}, 100);
    if (!entries)
        qFatal("cannot list audit entries");
    QStringList actors;
    for (const AuditEntry &entry : std::as_const(*entries)) {
        const qsizetype at = entry.payloadJson.indexOf(QStringLiteral("\"actor\":\""));
        actors.append(at < 0 ? QString()
                             : entry.payloadJson.mid(at + 9).section(QLatin1Char('"'), 0, 0));
    }
    return actors.join(QLatin1Char(','));
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestMigrationRights : public QObject
{
    Q_OBJECT

private slots:
    void runnerStopsAtTheStepAfterTheChange_data() { addChanges(); }
    void runnerStopsAtTheStepAfterTheChange();
    void workflowAfterTheChangeChangesNothing_data() { addChanges(); }
    void workflowAfterTheChangeChangesNothing();
    void baselineAfterTheChangeRecordsNothing_data() { addChanges(); }
    void baselineAfterTheChangeRecordsNothing();
    void repairAfterTheChangeRepairsNothing_data() { addChanges(); }
    void repairAfterTheChangeRepairsNothing();
    void restoreAfterTheChangeRestoresNothing_data() { addChanges(); }
    void restoreAfterTheChangeRestoresNothing();
    void ledgerAndAuditNameTheUserAsTheDatabaseHasThem();
    void restoreAsksTheLiveDatabaseNotTheBackup();
    void bootstrapActorStillMigratesAFileWithoutUsers();
};

void TestMigrationRights::runnerStopsAtTheStepAfterTheChange()
{
    QFETCH(Change, what);
    QFETCH(QString, why);
    TestDatabase t;
    prepare(t);
    QTemporaryDir dir;
    writeTwoMigrations(dir.path());
    auto db = t.open();
    auto plan = plannerFor(*db, dir.path()).plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(plan);
    QCOMPARE(plan->steps.size(), 2);

    // After the first step committed, another process changes root's row: the second step,
    // in its own transaction, must see that and apply nothing.
    QByteArray afterChange;
    MigrationRunner runner(*db);
    runner.setStepCallback([&](MigrationOutcome &) {
        change(t, what);
        afterChange = t.dump();
    });
    auto run = runner.run(*plan, admin());
    QVERIFY(isRefusedFor(run, why));
    QCOMPARE(runner.completed().size(), 1);
    QCOMPARE(runner.completed().first().name, QStringLiteral("100_notes"));
    QVERIFY(!afterChange.isEmpty());
    QCOMPARE(t.dump(), afterChange);
    QVERIFY(!db->hasTable(QStringLiteral("tags")));
}

void TestMigrationRights::workflowAfterTheChangeChangesNothing()
{
    QFETCH(Change, what);
    QFETCH(QString, why);
    TestDatabase t;
    prepare(t);
    QTemporaryDir dir;
    writeTwoMigrations(dir.path());
    QTemporaryDir backups;
    auto db = t.open();
    MigrationRequest request;
    request.plan = *plannerFor(*db, dir.path()).plan(MigrationDirection::Up, std::nullopt);
    request.backupDir = backups.path();
    change(t, what);
    const QByteArray before = t.dump();

    for (const auto mode : {MigrationRequest::Mode::Run, MigrationRequest::Mode::DryRun,
                            MigrationRequest::Mode::Baseline}) {
        request.mode = mode;
        const MigrationReport report = MigrationWorkflow().run(*db, admin(), request);
        QVERIFY(!report.ok());
        QCOMPARE(report.error->code, ErrorCode::Denied);
        QVERIFY2(report.error->message.contains(why), qPrintable(report.error->message));
        QVERIFY(report.completed.isEmpty());
        QVERIFY(report.baselined.isEmpty());
        // Refused before anything was copied or backed up.
        QVERIFY(!report.backup);
        QVERIFY(QDir(backups.path()).isEmpty());
        QCOMPARE(t.dump(), before);
    }
}

void TestMigrationRights::baselineAfterTheChangeRecordsNothing()
{
    QFETCH(Change, what);
    QFETCH(QString, why);
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    auto plan = plannerFor(*db, QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR))
                        .baselinePlan(*MigrationTarget::parse(QStringLiteral("9")));
    QVERIFY(plan && !plan->isEmpty());
    change(t, what);
    const QByteArray before = t.dump();
    auto recorded = LedgerMaintenance(*db).baseline(*plan, admin());
    QVERIFY(isRefusedFor(recorded, why));
    QCOMPARE(t.dump(), before);
}

void TestMigrationRights::repairAfterTheChangeRepairsNothing()
{
    QFETCH(Change, what);
    QFETCH(QString, why);
    TestDatabase t;
    prepare(t);
    QTemporaryDir dir;
    writeTwoMigrations(dir.path());
    auto db = t.open();
    MigrationRunner runner(*db);
    QVERIFY(runner.run(*plannerFor(*db, dir.path()).plan(MigrationDirection::Up, std::nullopt),
                       admin()));
    // The script is fixed after it was applied; the admin reviews the change...
    writeFile(QDir(dir.path()).filePath(QStringLiteral("100_notes.sql")),
              "-- == UP ==\nCREATE TABLE notes (body TEXT NOT NULL);\n-- == DOWN ==\nDROP TABLE "
              "notes;\n");
    const QList<MigrationStatus> modified = plannerFor(*db, dir.path()).modified();
    QCOMPARE(modified.size(), 1);
    // ... and is demoted, deleted or locked before accepting it.
    change(t, what);
    const QByteArray before = t.dump();
    auto repaired = LedgerMaintenance(*db).repair(modified, admin());
    QVERIFY(isRefusedFor(repaired, why));
    QCOMPARE(t.dump(), before);
}

void TestMigrationRights::restoreAfterTheChangeRestoresNothing()
{
    QFETCH(Change, what);
    QFETCH(QString, why);
    TestDatabase t;
    prepare(t);
    QTemporaryDir dir;
    auto db = t.open();
    const DatabaseBackup backups(*db, dir.path());
    auto backup = backups.create();
    QVERIFY(backup);
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Later', 'later', NULL, 2, 2);");
    // root is a global admin in the backup; the live database is what counts.
    change(t, what);
    const QByteArray before = t.dump();
    auto restored = backups.restore(backup->name, admin());
    QVERIFY(isRefusedFor(restored, why));
    QCOMPARE(t.dump(), before);
    // Not even the safety copy of the current content was made.
    QCOMPARE(backups.list()->size(), 1);
}

void TestMigrationRights::ledgerAndAuditNameTheUserAsTheDatabaseHasThem()
{
    TestDatabase t;
    prepare(t);
    QTemporaryDir dir;
    writeTwoMigrations(dir.path());
    auto db = t.open();
    auto plan = plannerFor(*db, dir.path()).plan(MigrationDirection::Up, std::nullopt);
    // Another process renames root after the plan was made; root stays a global admin.
    t.execRaw("UPDATE users SET username = 'rootling' WHERE username = 'root';");
    MigrationRunner runner(*db);
    auto run = runner.run(*plan, admin());
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(DISTINCT applied_by) FROM "
                                       "tenantdesk_migrations"))
                     ->toString(),
             QStringLiteral("rootling"));
    QCOMPARE(auditActors(*db, QStringLiteral("migration.applied")),
             QStringLiteral("rootling,rootling"));

    // Renamed again between the status read and the repair.
    writeFile(QDir(dir.path()).filePath(QStringLiteral("101_tags.sql")),
              "-- == UP ==\nCREATE TABLE tags (name TEXT NOT NULL);\n-- == DOWN ==\nDROP TABLE "
              "tags;\n");
    const QList<MigrationStatus> modified = plannerFor(*db, dir.path()).modified();
    t.execRaw("UPDATE users SET username = 'groot' WHERE username = 'rootling';");
    QVERIFY(LedgerMaintenance(*db).repair(modified, admin()));
    QCOMPARE(auditActors(*db, QStringLiteral("migration.repaired")), QStringLiteral("groot"));
}

void TestMigrationRights::restoreAsksTheLiveDatabaseNotTheBackup()
{
    TestDatabase t;
    prepare(t);
    // In the backup, root is only a developer...
    t.execRaw("UPDATE users SET role = 'developer' WHERE username = 'root';");
    QTemporaryDir dir;
    auto db = t.open();
    const DatabaseBackup backups(*db, dir.path());
    auto backup = backups.create();
    QVERIFY(backup);
    // ... in the live database, a global admin under a new name.
    t.execRaw("UPDATE users SET role = 'admin', username = 'rootling' WHERE username = 'root';");
    auto restored = backups.restore(backup->name, admin());
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QVERIFY(restored->audited);
    // The restored content's chain ends with the restore, recorded as the live row named root.
    auto head = AuditLog(*db).list({}, 1);
    QVERIFY(head && !head->isEmpty());
    QCOMPARE(head->first().eventType, QStringLiteral("backup.restored"));
    QVERIFY2(head->first().payloadJson.contains(QStringLiteral("\"actor\":\"rootling\"")),
             qPrintable(head->first().payloadJson));
    QCOMPARE(db->scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {admin().userId})
                     ->toString(),
             QStringLiteral("developer"));
}

void TestMigrationRights::bootstrapActorStillMigratesAFileWithoutUsers()
{
    // No users table, so no one to sign in as: the bootstrap actor has no row to read again.
    TestDatabase t;
    QTemporaryDir dir;
    writeTwoMigrations(dir.path());
    auto db = t.open();
    MigrationRequest request;
    request.plan = *plannerFor(*db, dir.path()).plan(MigrationDirection::Up, std::nullopt);
    request.backup = false;
    const MigrationReport report = MigrationWorkflow().run(*db, Actor::bootstrapActor(), request);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error->message));
    QCOMPARE(report.completed.size(), 2);
    QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(DISTINCT applied_by) FROM "
                                       "tenantdesk_migrations"))
                     ->toString(),
             QStringLiteral("(bootstrap)"));
}

QTEST_GUILESS_MAIN(TestMigrationRights)
#include "tst_migrationrights.moc"
