// Who else uses a database file, with real processes: a child that holds the file open is
// named by pid and program, found by its open files (and, for a WAL database, its lock), and
// stops a migration or a restore in core before anything is written; --force (options.force)
// goes on for a migration, never for a restore while a process has the file open.

#include "support/dbholderprocess.h"
#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/database/fileholders.h"
#include "core/database/liveuse.h"
#include "core/migration/databasebackup.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationworkflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace tenantdesk;

namespace {

MigrationRequest notesRun()
{
    MigrationRequest request;
    request.plan.steps = {{script(QStringLiteral("001_notes.sql"),
                                  "-- == UP ==\nCREATE TABLE notes (id INTEGER PRIMARY KEY);\n"
                                  "-- == DOWN ==\nDROP TABLE notes;\n"),
                           MigrationDirection::Up}};
    request.backup = false;
    return request;
}

ServerAnswer answeringServer()
{
    return {QStringLiteral("http://127.0.0.1:3001/api/v1/system/health"), true,
            QStringLiteral("HTTP 200 OK")};
}

} // namespace

class TestLiveUse : public QObject
{
    Q_OBJECT

private slots:
    void childHoldingTheFileIsNamedWithItsPidAndProgram();
    void thisProcessIsNeverReported();
    void migrationIsRefusedBeforeAnythingIsWrittenUnlessForced();
    void serverAnswerAloneRefusesUnlessForced();
    void restoreIsRefusedWhileAProcessHasTheFileOpenEvenWhenForced();
    void restoreGoesOnWhenOnlyTheServerAnswersAndItIsForced();
    void repairIsRefusedLikeARun();
};

void TestLiveUse::childHoldingTheFileIsNamedWithItsPidAndProgram()
{
    TestDatabase t;
    t.open(); // a WAL database, as aistack's
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    const OtherUsers found = LiveUse::find(t.path(), {});
    QCOMPARE(found.processes.size(), 1);
    const FileHolder &process = found.processes.first();
    QCOMPARE(process.pid, holder.pid());
    QCOMPARE(process.program, QStringLiteral("dbholder"));
    QVERIFY(process.openHandle);
    // SQLite keeps a lock on the -shm file of a WAL database while the connection is open.
    QVERIFY(process.lock);
    QVERIFY(process.files.contains(QStringLiteral("test.db")));
    QVERIFY(process.files.contains(QStringLiteral("test.db-shm")));
    const QString message = found.describe();
    QVERIFY2(message.contains(QStringLiteral("dbholder (pid %1)").arg(holder.pid())),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("open-file check")));
    QVERIFY(message.contains(QStringLiteral("lock check")));

    holder.stop();
    QVERIFY(LiveUse::find(t.path(), {}).isEmpty());
}

void TestLiveUse::thisProcessIsNeverReported()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(LiveUse::find(t.path(), {}).isEmpty());
    // ... though it does hold the file.
    QVERIFY(FileHolders::isHeld(t.path()));
}

void TestLiveUse::migrationIsRefusedBeforeAnythingIsWrittenUnlessForced()
{
    TestDatabase t;
    addAdmin(t.path());
    t.open();
    const QByteArray before = t.dump();
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    {
        auto db = t.open();
        MigrationRequest request = notesRun();
        request.backup = true;
        const MigrationReport report = MigrationWorkflow().run(*db, admin(), request);
        QVERIFY(!report.ok());
        QCOMPARE(report.error->code, ErrorCode::Conflict);
        QVERIFY2(report.error->message.contains(QStringLiteral("(pid %1)").arg(holder.pid())),
                 qPrintable(report.error->message));
        QVERIFY(report.error->message.contains(QStringLiteral("Nothing was changed")));
        QVERIFY(report.otherUsers && report.otherUsers->processes.size() == 1);
        QVERIFY(!report.backup); // not even a backup was made
        QVERIFY(!db->hasTable(QStringLiteral("notes")));
    }
    QCOMPARE(t.dump(), before);
    QVERIFY(!QFile::exists(DatabaseBackup::defaultDir(t.path())));

    auto db = t.open();
    MigrationRequest forced = notesRun();
    forced.live.force = true;
    const MigrationReport report = MigrationWorkflow().run(*db, admin(), forced);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error->message));
    QVERIFY(db->hasTable(QStringLiteral("notes")));
    QVERIFY(report.otherUsers); // what was found is still reported
}

void TestLiveUse::serverAnswerAloneRefusesUnlessForced()
{
    TestDatabase t;
    auto db = t.open();
    addAdmin(t.path());
    MigrationRequest request = notesRun();
    request.live.server = answeringServer();
    const MigrationReport refused = MigrationWorkflow().run(*db, admin(), request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, ErrorCode::Conflict);
    QVERIFY(refused.error->message.contains(QStringLiteral("found by the health check")));
    QVERIFY(refused.error->message.contains(answeringServer().url));
    QVERIFY(!db->hasTable(QStringLiteral("notes")));

    request.live.force = true;
    QVERIFY(MigrationWorkflow().run(*db, admin(), request).ok());
    QVERIFY(db->hasTable(QStringLiteral("notes")));

    // A server that did not answer is no finding.
    MigrationRequest quiet = notesRun();
    quiet.plan.steps.first().script = script(QStringLiteral("002_more.sql"),
                                             "-- == UP ==\nCREATE TABLE more (x);\n"
                                             "-- == DOWN ==\nDROP TABLE more;\n");
    quiet.live.server = {answeringServer().url, false, QStringLiteral("Connection refused")};
    QVERIFY(MigrationWorkflow().run(*db, admin(), quiet).ok());
}

void TestLiveUse::restoreIsRefusedWhileAProcessHasTheFileOpenEvenWhenForced()
{
    TestDatabase t;
    t.applyBundledSchema();
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'One', 'one', NULL, 1, 1);");
    addAdmin(t.path());
    auto db = t.open();
    const DatabaseBackup backups(*db);
    const QString name = backups.create()->name;
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Two', 'two', NULL, 2, 2);");
    const QByteArray before = t.dump();
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    for (const bool force : {false, true}) {
        LiveUseOptions live;
        live.force = force;
        auto restored = backups.restore(name, admin(), live);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Conflict);
        QVERIFY2(restored.error().message.contains(QStringLiteral("(pid %1)").arg(holder.pid())),
                 qPrintable(restored.error().message));
        QVERIFY(restored.error().message.contains(QStringLiteral("even when forced")));
    }
    QCOMPARE(t.dump(), before);
    QCOMPARE(backups.list()->size(), 1); // no safety copy either: nothing was started
}

void TestLiveUse::restoreGoesOnWhenOnlyTheServerAnswersAndItIsForced()
{
    TestDatabase t;
    t.applyBundledSchema();
    addAdmin(t.path());
    auto db = t.open();
    const DatabaseBackup backups(*db);
    const QString name = backups.create()->name;
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Two', 'two', NULL, 2, 2);");
    LiveUseOptions live;
    live.server = answeringServer();
    auto refused = backups.restore(name, admin(), live);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(refused.error().message.contains(QStringLiteral("health check")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenants"))->toInt(), 1);

    live.force = true;
    auto restored = backups.restore(name, admin(), live);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenants"))->toInt(), 0);
}

void TestLiveUse::repairIsRefusedLikeARun()
{
    TestDatabase t;
    auto db = t.open();
    addAdmin(t.path());
    const MigrationScript applied = script(QStringLiteral("001_notes.sql"),
                                           "-- == UP ==\nCREATE TABLE notes (x);\n"
                                           "-- == DOWN ==\nDROP TABLE notes;\n");
    MigrationRequest request;
    request.plan.steps = {{applied, MigrationDirection::Up}};
    QVERIFY(MigrationWorkflow().run(*db, admin(), request).ok());
    const MigrationScript edited = script(QStringLiteral("001_notes.sql"),
                                          "-- == UP ==\n-- a comment\nCREATE TABLE notes (x);\n"
                                          "-- == DOWN ==\nDROP TABLE notes;\n");
    auto planner = MigrationPlanner::forDatabase(*db, MigrationCatalog({edited}));
    QVERIFY(planner);
    QCOMPARE(planner->modified().size(), 1);
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    auto refused = LedgerMaintenance(*db).repair(planner->modified(), admin());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(refused.error().message.contains(QStringLiteral("dbholder")));
    LiveUseOptions forced;
    forced.force = true;
    auto repaired = LedgerMaintenance(*db).repair(planner->modified(), admin(), forced);
    QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().message));
    QCOMPARE(*repaired, QStringList{QStringLiteral("001_notes")});
}

QTEST_GUILESS_MAIN(TestLiveUse)
#include "tst_liveuse.moc"
