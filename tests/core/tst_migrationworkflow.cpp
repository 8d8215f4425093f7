#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationledger.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationworkflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <atomic>

using namespace tenantdesk;

namespace {

// Two small migrations: a table with a row, then a second table.
MigrationRequest twoStepRun()
{
    MigrationRequest request;
    request.plan.steps
            = {{script(QStringLiteral("001_notes.sql"),
                       "-- == UP ==\nCREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
                       "INSERT INTO notes (body) VALUES ('hello');\n"
                       "-- == DOWN ==\nDROP TABLE notes;\n"),
                MigrationDirection::Up},
               {script(QStringLiteral("002_tags.sql"),
                       "-- == UP ==\nCREATE TABLE tags (name TEXT);\n"
                       "-- == DOWN ==\nDROP TABLE tags;\n"),
                MigrationDirection::Up}};
    return request;
}

// An existing database with something in it: aistack's users table, with actor's row.
void prepareExisting(const TestDatabase &t, const Actor &actor = admin())
{
    addActor(t.path(), actor);
}

// The error of a failed report, for QVERIFY2 (which evaluates its message even when the check
// passes): empty for a successful one.
QByteArray whyNot(const MigrationReport &report)
{
    return report.error ? report.error->message.toUtf8() : QByteArray();
}

// The backups in the database's default backup folder.
QStringList backupsIn(const TestDatabase &t)
{
    return QDir(DatabaseBackup::defaultDir(t.path())).entryList(QDir::Files);
}

// What a request did to an existing database (see prepareExisting).
struct Outcome
{
    MigrationReport report;
    bool unchanged = false; // the file holds what it held before
    QStringList backups;    // the files in its backup folder
    QStringList tables;     // of those the tests look for: notes, tags, the ledger
};

Outcome runOnExisting(const MigrationRequest &request, const MigrationHooks &hooks = {},
                      const Actor &actor = admin())
{
    TestDatabase t;
    prepareExisting(t, actor);
    const QByteArray before = t.dump();
    Outcome outcome;
    {
        auto db = t.open();
        outcome.report = MigrationWorkflow(hooks).run(*db, actor, request);
        for (const QString &table :
             {QStringLiteral("notes"), QStringLiteral("tags"), MigrationLedger::tableName()}) {
            if (db->hasTable(table))
                outcome.tables << table;
        }
    }
    outcome.unchanged = t.dump() == before;
    outcome.backups = backupsIn(t);
    return outcome;
}

// Hooks whose isCancelled() answers what flag holds.
MigrationHooks cancellable(std::atomic<bool> &flag)
{
    MigrationHooks hooks;
    hooks.isCancelled = [&flag] {
        return flag.load();
    };
    return hooks;
}

} // namespace

class TestMigrationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void backsUpThenRunsWithProgressAndLog();
    void backupIsSkippedOnlyWhenThereIsNothingToLose();
    void cancelBeforeTheFirstMigrationLeavesTheFileUnchanged();
    void cancelDuringTheRunRollsTheMigrationBack();
    void dryRunRunsOnACopyAndLeavesTheFileByteIdentical();
    void dryRunOnANewFileCreatesNothing();
    void refusesWhoMayNotMigrateBeforeAnyBackup();
    void baselineRecordsWithoutRunning();
};

void TestMigrationWorkflow::backsUpThenRunsWithProgressAndLog()
{
    TestDatabase t;
    prepareExisting(t);
    const QByteArray before = t.dump();
    auto db = t.open();
    QStringList log;
    QList<MigrationProgress> progress;
    MigrationHooks hooks;
    hooks.log = [&](const QString &line) {
        log << line;
    };
    hooks.progress = [&](const MigrationProgress &step) {
        progress << step;
    };
    const MigrationReport report = MigrationWorkflow(hooks).run(*db, admin(), twoStepRun());
    QVERIFY2(report.ok(), whyNot(report).constData());
    QCOMPARE(report.completed.size(), 2);
    QCOMPARE(report.plannedSteps, 2);
    QVERIFY(!report.cancelled);
    QVERIFY(report.usersTable);
    QVERIFY(report.changedDatabase());
    QVERIFY(db->hasTable(QStringLiteral("tags")));
    // Two statements, then one, each announced before it ran.
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.first().migration, QStringLiteral("001_notes"));
    QCOMPARE(progress.last().migrationIndex, 1);
    // The backup holds the database as it was.
    QVERIFY(report.backup);
    QCOMPARE(backupsIn(t), QStringList{report.backup->name});
    QVERIFY(log.size() >= 2 && log.first().startsWith(QStringLiteral("Backing up")));
    TestDatabase restored;
    QVERIFY(QFile::copy(report.backup->path, restored.path()));
    QCOMPARE(restored.dump(), before);
}

void TestMigrationWorkflow::backupIsSkippedOnlyWhenThereIsNothingToLose()
{
    // The one rule both programs follow (tenantctl migrate and the wizard alike).
    {
        // A brand-new file, created by this very open: nothing anyone wrote.
        // No users table, so the bootstrap actor (what signing in gives).
        TestDatabase t;
        auto db = t.open();
        QVERIFY(db->isNew());
        const MigrationReport report
                = MigrationWorkflow().run(*db, Actor::bootstrapActor(), twoStepRun());
        QVERIFY(report.ok());
        QVERIFY(!report.backup);
        QVERIFY(!QFileInfo::exists(DatabaseBackup::defaultDir(t.path())));
    }
    {
        // An existing file is backed up, even one without any table yet.
        TestDatabase t;
        t.open();
        auto db = t.open();
        QVERIFY(!db->isNew());
        const MigrationReport report
                = MigrationWorkflow().run(*db, Actor::bootstrapActor(), twoStepRun());
        QVERIFY(report.ok());
        QVERIFY(report.backup);
        QCOMPARE(backupsIn(t).size(), 1);
    }
    // Nothing planned, or no backup asked for: none made.
    QVERIFY(runOnExisting(MigrationRequest()).backups.isEmpty());
    MigrationRequest withoutBackup = twoStepRun();
    withoutBackup.backup = false;
    const Outcome outcome = runOnExisting(withoutBackup);
    QVERIFY(outcome.report.ok());
    QVERIFY(!outcome.report.backup);
    QVERIFY(outcome.backups.isEmpty());
}

void TestMigrationWorkflow::cancelBeforeTheFirstMigrationLeavesTheFileUnchanged()
{
    // The admin cancels while the backup is being made.
    std::atomic<bool> cancel{false};
    MigrationHooks hooks = cancellable(cancel);
    hooks.log = [&](const QString &line) {
        if (line.startsWith(QStringLiteral("Backing up")))
            cancel = true;
    };
    const Outcome outcome = runOnExisting(twoStepRun(), hooks);
    const MigrationReport &report = outcome.report;
    QVERIFY(!report.ok());
    QVERIFY(report.cancelled);
    QVERIFY(report.completed.isEmpty());
    QVERIFY(!report.changedDatabase());
    QVERIFY(report.error->message.contains(QStringLiteral("before the first migration")));
    QVERIFY(report.backup); // made before the cancel was seen, and kept
    QCOMPARE(outcome.backups.size(), 1);
    QVERIFY(outcome.unchanged);
}

void TestMigrationWorkflow::cancelDuringTheRunRollsTheMigrationBack()
{
    std::atomic<bool> cancel{false};
    MigrationHooks hooks = cancellable(cancel);
    hooks.progress = [&](const MigrationProgress &step) {
        if (step.statementIndex == 2)
            cancel = true; // between the CREATE and the INSERT of the first migration
    };
    const Outcome outcome = runOnExisting(twoStepRun(), hooks);
    const MigrationReport &report = outcome.report;
    QVERIFY(!report.ok());
    QVERIFY(report.cancelled);
    QVERIFY(report.completed.isEmpty());
    QVERIFY2(report.error->message.contains(QStringLiteral("rolled back")),
             qPrintable(report.error->message));
    QVERIFY(outcome.unchanged);
}

void TestMigrationWorkflow::dryRunRunsOnACopyAndLeavesTheFileByteIdentical()
{
    MigrationRequest request = twoStepRun();
    request.mode = MigrationRequest::Mode::DryRun;
    QStringList log;
    MigrationHooks hooks;
    hooks.log = [&](const QString &line) {
        log << line;
    };
    const Outcome outcome = runOnExisting(request, hooks);
    const MigrationReport &report = outcome.report;
    QVERIFY2(report.ok(), whyNot(report).constData());
    QCOMPARE(report.completed.size(), 2);
    QVERIFY(!report.backup);
    QVERIFY(!report.changedDatabase());
    QVERIFY(log.first().startsWith(QStringLiteral("Copying")));
    QVERIFY(outcome.tables.isEmpty());
    QVERIFY(outcome.backups.isEmpty());
    QVERIFY(outcome.unchanged);
}

void TestMigrationWorkflow::dryRunOnANewFileCreatesNothing()
{
    TestDatabase t;
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    QVERIFY(catalog);
    MigrationRequest request;
    request.mode = MigrationRequest::Mode::DryRun;
    request.plan = *MigrationPlanner(*catalog, {}).plan(MigrationDirection::Up, std::nullopt);
    const MigrationReport report = MigrationWorkflow().dryRunOnNewFile(request);
    QVERIFY2(report.ok(), whyNot(report).constData());
    QCOMPARE(report.completed.size(), catalog->scripts().size());
    QVERIFY(report.createdTenancyTables());
    QVERIFY(!QFileInfo::exists(t.path()));
    QVERIFY(QDir(t.dir()).isEmpty());
}

void TestMigrationWorkflow::refusesWhoMayNotMigrateBeforeAnyBackup()
{
    Actor developer = admin();
    developer.username = QStringLiteral("dev");
    developer.globalRole = GlobalRole::Developer;
    for (const MigrationRequest::Mode mode :
         {MigrationRequest::Mode::Run, MigrationRequest::Mode::DryRun,
          MigrationRequest::Mode::Baseline}) {
        MigrationRequest request = twoStepRun();
        request.mode = mode;
        const Outcome outcome = runOnExisting(request, {}, developer);
        const MigrationReport &report = outcome.report;
        QVERIFY(!report.ok());
        QCOMPARE(report.error->code, ErrorCode::Denied);
        // AccessPolicy's wording, as everywhere else.
        QVERIFY2(report.error->message.contains(
                         QStringLiteral("running migrations needs a global admin")),
                 qPrintable(report.error->message));
        QVERIFY(!report.backup);
        QVERIFY(outcome.backups.isEmpty());
        QVERIFY(outcome.unchanged);
    }
}

void TestMigrationWorkflow::baselineRecordsWithoutRunning()
{
    MigrationRequest request = twoStepRun();
    request.mode = MigrationRequest::Mode::Baseline;
    request.backup = false;
    const Outcome outcome = runOnExisting(request);
    const MigrationReport &report = outcome.report;
    QVERIFY2(report.ok(), whyNot(report).constData());
    QCOMPARE(report.baselined,
             (QStringList{QStringLiteral("001_notes"), QStringLiteral("002_tags")}));
    QVERIFY(report.completed.isEmpty());
    QVERIFY(report.changedDatabase());
    QCOMPARE(outcome.tables, QStringList{MigrationLedger::tableName()});
    QVERIFY(outcome.backups.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrationWorkflow)
#include "tst_migrationworkflow.moc"
