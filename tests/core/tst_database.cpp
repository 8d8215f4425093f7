#include "support/testdatabase.h"

#include "core/database/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

#include <unistd.h>

using namespace tenantdesk;

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void refusesMissingFolder();
    void refusesMissingFileUnlessAskedToCreate();
    void refusesFileThatIsNotSqlite();
    void refusesReadOnlyFileWithoutChangingIt();
    void reportsLockedDatabaseAsRetryable();
    void openingLeavesExistingFileUnchanged();
    void newFileGetsWalAndForeignKeysAreOn();
    void dataVersionChangesWhenAnotherConnectionCommits();
};

void TestDatabaseOpen::refusesMissingFolder()
{
    TestDatabase t;
    auto db = Database::open(t.dir() + QStringLiteral("/no/such/dir/x.db"),
                             {Database::OpenMode::CreateIfMissing, 100});
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY2(db.error().message.contains(QStringLiteral("folder")), qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(t.dir() + QStringLiteral("/no")));
}

void TestDatabaseOpen::refusesMissingFileUnlessAskedToCreate()
{
    TestDatabase t;
    auto db = Database::open(t.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(t.path()));
    auto created = Database::open(t.path(), {Database::OpenMode::CreateIfMissing, 100});
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY((*created)->isNew());
}

void TestDatabaseOpen::refusesFileThatIsNotSqlite()
{
    TestDatabase t;
    QFile file(t.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is a text file, not a database\n");
    file.close();
    auto db = Database::open(t.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::InvalidInput);
    QVERIFY(db.error().message.contains(QStringLiteral("not an SQLite database")));
}

namespace {

// Makes a file read-only even for root (CI runs as root, which ignores permission bits): the
// immutable attribute where the file system has it, else the owner's write bit.
bool makeReadOnly(const QString &path, bool readOnly)
{
    if (geteuid() != 0)
        return QFile::setPermissions(
                path, readOnly ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner);
    return QProcess::execute(QStringLiteral("chattr"),
                             {readOnly ? QStringLiteral("+i") : QStringLiteral("-i"), path})
            == 0;
}

} // namespace

void TestDatabaseOpen::refusesReadOnlyFileWithoutChangingIt()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE x(a)");
    const QByteArray before = t.dump();
    if (!makeReadOnly(t.path(), true))
        QSKIP("cannot make a file read-only for root here (no chattr +i)");
    auto db = Database::open(t.path());
    makeReadOnly(t.path(), false);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("read-only")),
             qPrintable(db.error().message));
    QCOMPARE(t.dump(), before);
}

void TestDatabaseOpen::reportsLockedDatabaseAsRetryable()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE x(a)");
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open(t.path().toUtf8().constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_exec(
                     holder,
                     "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO x VALUES (1);",
                     nullptr, nullptr, nullptr),
             SQLITE_OK);
    auto db = Database::open(t.path(), {Database::OpenMode::ExistingOnly, 50});
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QVERIFY(!db);
    QVERIFY(db.error().retryable);
    QVERIFY2(db.error().message.contains(QStringLiteral("locked")), qPrintable(db.error().message));
}

void TestDatabaseOpen::openingLeavesExistingFileUnchanged()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE x(a); INSERT INTO x VALUES (1);");
    QFile file(t.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    {
        auto db = Database::open(t.path());
        QVERIFY(db);
        QVERIFY((*db)->hasTable(QStringLiteral("x")));
        QVERIFY(!(*db)->isNew());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestDatabaseOpen::newFileGetsWalAndForeignKeysAreOn()
{
    TestDatabase t;
    auto db = t.open();
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

void TestDatabaseOpen::dataVersionChangesWhenAnotherConnectionCommits()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE x(a)")));
    const qint64 before = *db->dataVersion();
    QCOMPARE(*db->dataVersion(), before);
    t.execRaw("INSERT INTO x VALUES (1)");
    QVERIFY(*db->dataVersion() != before);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
