#include "clirunner.h"
#include "support/files.h"
#include "support/testdatabase.h"

#include "core/migration/databasebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TENANTDESK_TESTDATA_DIR "/migrations/") + name;
}

CliRun migrate(const TestDatabase &t, const QStringList &arguments)
{
    return runTenantctl(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("migrate")}
                        + arguments);
}

QString stateOf(const TestDatabase &t, const QString &dir, int index)
{
    const CliRun run = migrate(
            t, {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--dir"), dir});
    return QJsonDocument::fromJson(run.out)
            .object()
            .value(QStringLiteral("migrations"))
            .toArray()
            .at(index)
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
}

} // namespace

class TestTenantctlMigrateTools : public QObject
{
    Q_OBJECT

private slots:
    void dryRunLeavesRealFileByteIdentical();
    void dryRunReportsTheFailingStepAndExitsWithFailure();
    void dryRunOnMissingFileCreatesNothing();
    void realRunBacksUpFirst();
    void existingFileWithoutTablesIsBackedUpAsInTheWizard();
    void baselineThenStatus();
    void baselineNeedsATarget();
    void modifiedScriptBlocksUntilRepaired();
    void retrofitWritesMigrationThatAppliesAndReverts();
    void retrofitRefusals();
    void optionOfAnotherActionIsUsageError();
};

void TestTenantctlMigrateTools::dryRunLeavesRealFileByteIdentical()
{
    TestDatabase t;
    QCOMPARE(migrate(t, {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("5")})
                     .exitCode,
             0);
    const QByteArray bytes = fileBytes(t.path());
    // Any write would move the modification time from an hour ago to now.
    const QDateTime modified = t.backdateModification();
    const QStringList files
            = QDir(t.dir()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    const CliRun run = migrate(
            t, {QStringLiteral("up"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("dry_run")).toBool(), true);
    const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
    const qsizetype bundled = QDir(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR))
                                      .entryList({QStringLiteral("*.sql")}, QDir::Files)
                                      .size();
    QCOMPARE(steps.size(), bundled - 1);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("008_multitenant"));
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(steps.at(0).toObject().contains(QStringLiteral("duration_ms")));
    QVERIFY(steps.at(0).toObject().contains(QStringLiteral("rows_changed")));
    QCOMPARE(fileBytes(t.path()), bytes);
    QCOMPARE(QFileInfo(t.path()).lastModified(), modified);
    // No backup either, and nothing left beside the database.
    QCOMPARE(QDir(t.dir()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), files);
    QCOMPARE(stateOf(t, QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR), 1),
             QStringLiteral("pending"));
}

void TestTenantctlMigrateTools::dryRunReportsTheFailingStepAndExitsWithFailure()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE keep(x)");
    const QByteArray before = t.dump();
    const CliRun run
            = migrate(t,
                      {QStringLiteral("up"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                       QStringLiteral("--dir"), fixture(QStringLiteral("failing"))});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray steps
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("rows_changed")).toInt(), 1);
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("002_broken_insert"));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(steps.at(1)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no such table")));
    QCOMPARE(t.dump(), before);
}

void TestTenantctlMigrateTools::dryRunOnMissingFileCreatesNothing()
{
    TestDatabase t;
    const CliRun run = migrate(t, {QStringLiteral("up"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Would apply 009_tenant_users_integrity: ok"));
    QVERIFY(!QFileInfo::exists(t.path()));
    QVERIFY(QDir(t.dir()).isEmpty());
}

void TestTenantctlMigrateTools::realRunBacksUpFirst()
{
    TestDatabase t;
    // A brand-new file has nothing to back up.
    const CliRun first = migrate(t,
                                 {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("5"),
                                  QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(first.out).object().value(QStringLiteral("backup")).isNull());
    const QByteArray atVersion5 = t.dump();
    const CliRun second = migrate(t,
                                  {QStringLiteral("up"), QStringLiteral("--to"),
                                   QStringLiteral("8"), QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    const QString backup = QJsonDocument::fromJson(second.out)
                                   .object()
                                   .value(QStringLiteral("backup"))
                                   .toString();
    QCOMPARE(QFileInfo(backup).absolutePath(),
             QDir(tenantdesk::DatabaseBackup::defaultDir(t.path())).absolutePath());
    // The backup holds the database as it was before the run.
    TestDatabase copy;
    QVERIFY(QFile::remove(copy.path()) || !QFileInfo::exists(copy.path()));
    QVERIFY(QFile::copy(backup, copy.path()));
    QCOMPARE(copy.dump(), atVersion5);

    const QString elsewhere = t.dir() + QStringLiteral("/elsewhere");
    QCOMPARE(migrate(t, {QStringLiteral("up"), QStringLiteral("--backup-dir"), elsewhere}).exitCode,
             0);
    QCOMPARE(QDir(elsewhere).entryList(QDir::Files).size(), 1);
    QCOMPARE(migrate(t, {QStringLiteral("down"), QStringLiteral("--no-backup")}).exitCode, 0);
    QCOMPARE(QDir(tenantdesk::DatabaseBackup::defaultDir(t.path())).entryList(QDir::Files).size(),
             1);
}

void TestTenantctlMigrateTools::existingFileWithoutTablesIsBackedUpAsInTheWizard()
{
    // One rule for both programs (MigrationWorkflow): only a file this very run creates has
    // nothing to lose; an existing one is backed up even before it has any table.
    TestDatabase t;
    t.open();
    const CliRun run = migrate(t,
                               {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("5"),
                                QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString backup
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("backup")).toString();
    QCOMPARE(QFileInfo(backup).absolutePath(),
             QDir(tenantdesk::DatabaseBackup::defaultDir(t.path())).absolutePath());
    QVERIFY(QFileInfo::exists(backup));
}

void TestTenantctlMigrateTools::baselineThenStatus()
{
    TestDatabase t;
    t.applyBundledSchema(); // made by aistack's server, without a ledger
    const CliRun baseline = migrate(t,
                                    {QStringLiteral("baseline"), QStringLiteral("--to"),
                                     QStringLiteral("008_multitenant"), QStringLiteral("--json")});
    QVERIFY2(baseline.exitCode == 0, baseline.err.constData());
    QCOMPARE(QJsonDocument::fromJson(baseline.out)
                     .object()
                     .value(QStringLiteral("baselined"))
                     .toArray()
                     .size(),
             2);
    const QString bundled = QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR);
    QCOMPARE(stateOf(t, bundled, 0), QStringLiteral("applied"));
    QCOMPARE(stateOf(t, bundled, 1), QStringLiteral("applied"));
    QCOMPARE(stateOf(t, bundled, 2), QStringLiteral("pending"));
    const CliRun up = migrate(t, {QStringLiteral("up")});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QVERIFY(up.out.contains("Applied 009_tenant_users_integrity"));
    QVERIFY(!up.out.contains("Applied 008"));
}

void TestTenantctlMigrateTools::baselineNeedsATarget()
{
    TestDatabase t;
    t.applyBundledSchema();
    QCOMPARE(migrate(t, {QStringLiteral("baseline")}).exitCode, 2);
    QCOMPARE(migrate(t,
                     {QStringLiteral("baseline"), QStringLiteral("--to"),
                      QStringLiteral("077_nope")})
                     .exitCode,
             4);
}

void TestTenantctlMigrateTools::modifiedScriptBlocksUntilRepaired()
{
    TestDatabase t;
    const QString dir = t.dir() + QStringLiteral("/scripts");
    QDir().mkpath(dir);
    writeFile(dir + QStringLiteral("/001_notes.sql"),
              "-- == UP ==\nCREATE TABLE notes (body TEXT);\n-- == DOWN ==\nDROP TABLE notes;\n");
    writeFile(dir + QStringLiteral("/002_tags.sql"),
              "-- == UP ==\nCREATE TABLE tags (name TEXT);\n-- == DOWN ==\nDROP TABLE tags;\n");
    QCOMPARE(migrate(t,
                     {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("1"),
                      QStringLiteral("--dir"), dir})
                     .exitCode,
             0);
    writeFile(dir + QStringLiteral("/001_notes.sql"),
              "-- == UP ==\nCREATE TABLE notes (body TEXT NOT NULL);\n-- == DOWN ==\nDROP TABLE "
              "notes;\n");
    QCOMPARE(stateOf(t, dir, 0), QStringLiteral("modified"));
    const CliRun blocked = migrate(t, {QStringLiteral("up"), QStringLiteral("--dir"), dir});
    QCOMPARE(blocked.exitCode, 5);
    QVERIFY2(blocked.err.contains("migrate repair"), blocked.err.constData());
    QCOMPARE(migrate(t, {QStringLiteral("down"), QStringLiteral("--dir"), dir}).exitCode, 5);

    const CliRun repair = migrate(
            t, {QStringLiteral("repair"), QStringLiteral("--dir"), dir, QStringLiteral("--json")});
    QVERIFY2(repair.exitCode == 0, repair.err.constData());
    QCOMPARE(repair.out, QByteArray("{\"repaired\":[\"001_notes\"]}\n"));
    QCOMPARE(stateOf(t, dir, 0), QStringLiteral("applied"));
    const CliRun up = migrate(t, {QStringLiteral("up"), QStringLiteral("--dir"), dir});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QVERIFY(up.out.contains("Applied 002_tags"));
}

void TestTenantctlMigrateTools::retrofitWritesMigrationThatAppliesAndReverts()
{
    TestDatabase t;
    t.applyBundledSchema();
    t.execRaw("INSERT INTO tenants VALUES ('t-default', 'Default', 'default', NULL, 1, 1);"
              "INSERT INTO workspaces VALUES ('w-default', 't-default', 'Main', 'default', NULL, "
              "1, 1);"
              "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
              "INSERT INTO notes (body) VALUES ('a'), ('b');"
              "CREATE TABLE tasks (id TEXT PRIMARY KEY, title TEXT);"
              "INSERT INTO tasks VALUES ('x', 'first');");
    const QString dir = t.dir() + QStringLiteral("/scripts");
    QDir().mkpath(dir);
    const QString out = dir + QStringLiteral("/010_tenant_scope.sql");
    const CliRun generated
            = migrate(t,
                      {QStringLiteral("retrofit"), QStringLiteral("--table"),
                       QStringLiteral("notes"), QStringLiteral("--table"), QStringLiteral("tasks"),
                       QStringLiteral("--workspace"), QStringLiteral("--out"), out});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QVERIFY(QFileInfo::exists(out));
    const QByteArray before = t.dump();
    const CliRun up = migrate(
            t, {QStringLiteral("up"), QStringLiteral("--dir"), dir, QStringLiteral("--no-backup")});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    {
        auto db = t.open();
        QCOMPARE(
                db
                        ->scalar(QStringLiteral(
                                "SELECT group_concat(tenant_id || '/' || workspace_id) FROM notes"))
                        ->toString(),
                QStringLiteral("t-default/w-default,t-default/w-default"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT tenant_id FROM tasks"))->toString(),
                 QStringLiteral("t-default"));
    }
    // Reverting drops the new columns with their values: named, and refused until allowed.
    const QByteArray applied = t.dump();
    const CliRun refused = migrate(
            t,
            {QStringLiteral("down"), QStringLiteral("--dir"), dir, QStringLiteral("--no-backup")});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("2 values of notes.tenant_id (column dropped)"),
             refused.err.constData());
    QCOMPARE(t.dump(), applied);
    const CliRun down
            = migrate(t,
                      {QStringLiteral("down"), QStringLiteral("--dir"), dir,
                       QStringLiteral("--no-backup"), QStringLiteral("--allow-data-loss")});
    QVERIFY2(down.exitCode == 0, down.err.constData());
    // Back to the same tables and rows; the ledger (now empty) and the audit entries remain.
    QByteArray after = t.dump();
    for (const QByteArray &table : {QByteArrayLiteral("notes"), QByteArrayLiteral("tasks")}) {
        const auto section = [&](const QByteArray &dump) {
            const qsizetype start = dump.indexOf("== " + table + '\n');
            return start < 0 ? QByteArray()
                             : dump.mid(start, dump.indexOf("== ", start + 3) - start);
        };
        QVERIFY(!section(before).isEmpty());
        QCOMPARE(section(after), section(before));
        QVERIFY(after.contains("table|" + table + '|' + table + "|CREATE TABLE " + table));
    }
    QVERIFY(!after.contains("idx_notes_tenant"));
}

void TestTenantctlMigrateTools::retrofitRefusals()
{
    TestDatabase t;
    t.applyBundledSchema();
    t.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    const QString out = t.dir() + QStringLiteral("/010_scope.sql");
    const auto retrofit = [&](const QString &table, const QString &file) {
        return migrate(t,
                       {QStringLiteral("retrofit"), QStringLiteral("--table"), table,
                        QStringLiteral("--out"), file});
    };
    QCOMPARE(retrofit(QStringLiteral("notes"), t.dir() + QStringLiteral("/scope.sql")).exitCode, 2);
    QCOMPARE(migrate(t, {QStringLiteral("retrofit"), QStringLiteral("--out"), out}).exitCode, 2);
    QCOMPARE(retrofit(QStringLiteral("tenants"), out).exitCode, 2);
    QCOMPARE(retrofit(QStringLiteral("nope"), out).exitCode, 4);
    QCOMPARE(retrofit(QStringLiteral("notes"), t.dir() + QStringLiteral("/no/dir/010_scope.sql"))
                     .exitCode,
             4);
    QVERIFY(!QFileInfo::exists(out));
    writeFile(out, "-- mine\n");
    QCOMPARE(retrofit(QStringLiteral("notes"), out).exitCode, 5);
    QCOMPARE(fileBytes(out), QByteArray("-- mine\n"));
}

void TestTenantctlMigrateTools::optionOfAnotherActionIsUsageError()
{
    TestDatabase t;
    const CliRun run = migrate(t, {QStringLiteral("status"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--dry-run does not apply to migrate status"));
}

QTEST_GUILESS_MAIN(TestTenantctlMigrateTools)
#include "tst_tenantctl_migrate_tools.moc"
