#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/migration/databasebackup.h"
#include "core/migration/databasecopy.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationledger.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

using namespace tenantdesk;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The bundled schema up to `to`, written through the migration engine itself, plus some rows
// where the tenancy tables exist.
void prepare(const TestDatabase &t, const QString &to)
{
    addAdmin(t.path());
    auto db = t.open();
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    auto plan = MigrationPlanner::forDatabase(*db, *catalog)
                        ->plan(MigrationDirection::Up, *MigrationTarget::parse(to));
    MigrationRunner runner(*db);
    if (!plan || !runner.run(*plan, admin()))
        qFatal("cannot prepare the test database");
    db.reset();
    if (to == QLatin1String("5"))
        return;
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'Acme', 'acme', NULL, 1, 1);"
              "INSERT INTO workspaces VALUES ('w1', 't1', 'Main', 'main', NULL, 1, 1);");
}

// A raw connection holding the write lock, as aistack's server does while it writes.
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(
                m_db,
                "BEGIN IMMEDIATE; INSERT INTO tenants VALUES ('t9', 'Busy', 'busy', NULL, 1, 1);",
                nullptr, nullptr, nullptr);
    }
    ~Writer()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

class TestMigrationBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupGoesToAPrivateFolderOfTheDatabaseWithATimestampedName();
    void backupIsOneSelfContainedFile();
    void listsBackupsNewestFirst();
    void backupThenRestoreGivesIdenticalContent();
    void restoreSavesWhatItReplacesAndAuditsIt();
    void restoreRefusesWhileAnotherProcessWrites();
    void restoreOfUnknownBackupIsNotFound();
    void restoreNeedsTheRightToMigrate();
    void dryRunLeavesRealFileByteIdentical();
    void dryRunOnEmptyStandInCreatesNoFile();
};

void TestMigrationBackup::backupGoesToAPrivateFolderOfTheDatabaseWithATimestampedName()
{
    TestDatabase t;
    prepare(t, QStringLiteral("8"));
    auto db = t.open();
    const DatabaseBackup backups(*db);
    // In the user's data folder, one folder per database: never beside aistack's data.
    QCOMPARE(QDir(backups.dir()).absolutePath(),
             QDir(DatabaseBackup::defaultDir(t.path())).absolutePath());
    QVERIFY(!backups.dir().startsWith(t.dir()));
    auto backup = backups.create();
    QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
    QVERIFY2(QRegularExpression(QStringLiteral("^test-[0-9]{8}-[0-9]{6}-[0-9]{3}\\.sqlite$"))
                     .match(backup->name)
                     .hasMatch(),
             qPrintable(backup->name));
    QVERIFY(QFileInfo::exists(backup->path));
    QCOMPARE(backup->bytes, QFileInfo(backup->path).size());
    QVERIFY(qAbs(backup->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const DatabaseBackup elsewhere(*db, t.dir() + QStringLiteral("/other"));
    QVERIFY(elsewhere.create());
    QCOMPARE(QDir(t.dir() + QStringLiteral("/other")).entryList(QDir::Files).size(), 1);
}

void TestMigrationBackup::backupIsOneSelfContainedFile()
{
    TestDatabase t;
    prepare(t, QStringLiteral("8"));
    auto db = t.open();
    auto backup = DatabaseBackup(*db).create();
    QVERIFY(backup);
    QCOMPARE(QDir(QFileInfo(backup->path).absolutePath()).entryList(QDir::Files),
             QStringList{backup->name});
    sqlite3 *raw = nullptr;
    QCOMPARE(
            sqlite3_open_v2(backup->path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
    sqlite3_stmt *mode = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &mode, nullptr);
    QCOMPARE(sqlite3_step(mode), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(mode, 0))),
             QByteArray("delete"));
    sqlite3_finalize(mode);
    sqlite3_close(raw);
}

void TestMigrationBackup::listsBackupsNewestFirst()
{
    TestDatabase t;
    prepare(t, QStringLiteral("8"));
    auto db = t.open();
    const DatabaseBackup backups(*db);
    QStringList made;
    for (int i = 0; i < 3; ++i)
        made.prepend(backups.create()->name);
    // Files that are not this database's backups are left out.
    QFile(backups.dir() + QStringLiteral("/other-20260101-000000-000.sqlite"))
            .open(QIODevice::WriteOnly);
    QFile(backups.dir() + QStringLiteral("/notes.txt")).open(QIODevice::WriteOnly);
    auto listed = backups.list();
    QVERIFY(listed);
    QStringList names;
    for (const BackupInfo &backup : *listed)
        names.append(backup.name);
    QCOMPARE(names, made);
    QVERIFY(listed->at(0).createdAt >= listed->at(1).createdAt);
}

void TestMigrationBackup::backupThenRestoreGivesIdenticalContent()
{
    // No audit table here, so the restore adds nothing and the content must match exactly.
    TestDatabase t;
    t.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, data BLOB);"
              "CREATE INDEX idx_notes_body ON notes(body);"
              "INSERT INTO notes (body, data) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
              "SELECT i + 1 FROM n WHERE i < 2000) SELECT 'note ' || i, randomblob(100) FROM n;"
              "CREATE VIEW short_notes AS SELECT id FROM notes WHERE length(body) < 8;");
    addAdmin(t.path());
    const QByteArray atBackup = t.dump();
    QString name;
    {
        auto db = t.open();
        name = DatabaseBackup(*db).create()->name;
    }
    t.execRaw("INSERT INTO notes (body) VALUES ('later'); DELETE FROM notes WHERE id < 100;"
              "DROP VIEW short_notes; CREATE TABLE extra (x);");
    QVERIFY(t.dump() != atBackup);
    {
        auto db = t.open();
        auto restored = DatabaseBackup(*db).restore(name, admin());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    }
    QCOMPARE(t.dump(), atBackup);
}

void TestMigrationBackup::restoreSavesWhatItReplacesAndAuditsIt()
{
    TestDatabase t;
    prepare(t, QStringLiteral("9"));
    auto db = t.open();
    const DatabaseBackup backups(*db);
    const QString name = backups.create()->name;
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Later', 'later', NULL, 2, 2);");
    auto restored = backups.restore(name.chopped(7), admin()); // ".sqlite" may be left out
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(restored->restored.name, name);
    QVERIFY(restored->previousContent.name != name);
    QCOMPARE(backups.list()->size(), 2);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE id = 't2'"))->toInt(),
             0);
    // The replaced content is in the safety copy, so nothing is lost.
    auto back = backups.restore(restored->previousContent.name, admin());
    QVERIFY(back);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE id = 't2'"))->toInt(),
             1);
    auto entries = AuditLog(*db).list({QStringLiteral("backup.restored"), {}, {}, {}}, 10);
    QCOMPARE(entries->size(),
             1); // the first restore's entry went away with the content it replaced
    QVERIFY(entries->first().payloadJson.contains(restored->previousContent.name));
    auto verified = AuditLog(*db).verify();
    QVERIFY(verified && verified->valid);
}

void TestMigrationBackup::restoreRefusesWhileAnotherProcessWrites()
{
    TestDatabase t;
    prepare(t, QStringLiteral("9"));
    auto db = t.open();
    const DatabaseBackup backups(*db);
    const QString name = backups.create()->name;
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Later', 'later', NULL, 2, 2);");
    const QByteArray before = t.dump();
    {
        const Writer writer(t.path());
        auto restored = backups.restore(name, admin());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Conflict);
        QVERIFY(restored.error().message.contains(QStringLiteral("Another process is writing")));
    }
    QCOMPARE(t.dump(), before);
    QCOMPARE(backups.list()->size(), 1); // no safety copy either: nothing was started
}

void TestMigrationBackup::restoreOfUnknownBackupIsNotFound()
{
    TestDatabase t;
    prepare(t, QStringLiteral("8"));
    auto db = t.open();
    auto restored
            = DatabaseBackup(*db).restore(QStringLiteral("test-20200101-000000-000"), admin());
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, ErrorCode::NotFound);
}

void TestMigrationBackup::restoreNeedsTheRightToMigrate()
{
    TestDatabase t;
    prepare(t, QStringLiteral("8"));
    auto db = t.open();
    const QString name = DatabaseBackup(*db).create()->name;
    Actor viewer = admin();
    viewer.globalRole = GlobalRole::Viewer;
    t.execRaw("UPDATE users SET role = 'viewer';"); // as core reads it
    auto restored = DatabaseBackup(*db).restore(name, viewer);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, ErrorCode::Denied);
}

void TestMigrationBackup::dryRunLeavesRealFileByteIdentical()
{
    TestDatabase t;
    prepare(t, QStringLiteral("5"));
    const QByteArray bytes = fileBytes(t.path());
    // Any write would move the modification time from an hour ago to now.
    const QDateTime modified = t.backdateModification();
    QVERIFY(!bytes.isEmpty());
    {
        auto db = t.open();
        auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
        auto plan = MigrationPlanner::forDatabase(*db, *catalog)
                            ->plan(MigrationDirection::Up, std::nullopt);
        QVERIFY(plan && plan->steps.size() == catalog->scripts().size() - 1);
        auto copy = DatabaseCopy::of(*db);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        MigrationRunner runner((*copy)->database());
        auto run = runner.run(*plan, admin());
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->size(), plan->steps.size());
        QVERIFY((*copy)->database().hasTable(QStringLiteral("tenant_users")));
        QVERIFY(!db->hasTable(QStringLiteral("tenant_users")));
    }
    QCOMPARE(fileBytes(t.path()), bytes);
    QCOMPARE(QFileInfo(t.path()).lastModified(), modified);
}

void TestMigrationBackup::dryRunOnEmptyStandInCreatesNoFile()
{
    TestDatabase t;
    auto copy = DatabaseCopy::empty();
    QVERIFY(copy);
    QVERIFY(!(*copy)->database().hasTable(MigrationLedger::tableName()));
    QVERIFY(!QFileInfo::exists(t.path()));
}

QTEST_GUILESS_MAIN(TestMigrationBackup)
#include "tst_migrationbackup.moc"
