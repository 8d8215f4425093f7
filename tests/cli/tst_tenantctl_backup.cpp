#include "clirunner.h"
#include "support/testdatabase.h"

#include "core/migration/databasebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

CliRun backup(const TestDatabase &t, const QStringList &arguments)
{
    return runTenantctl(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("backup")}
                        + arguments);
}

QString create(const TestDatabase &t)
{
    const CliRun run = backup(t, {QStringLiteral("create"), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qFatal("backup create failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("name")).toString();
}

void prepare(const TestDatabase &t)
{
    t.applyBundledSchema();
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'Acme', 'acme', NULL, 1, 1);");
}

} // namespace

class TestTenantctlBackup : public QObject
{
    Q_OBJECT

private slots:
    void listPrintsExactJsonNewestFirst();
    void backupThenRestoreGivesIdenticalContent();
    void restoreRefusedWhileAnotherProcessWrites();
    void restoreOfUnknownNameIsNotFound();
    void developerIsDenied();
    void adminDemotedSinceTheBackupCannotRestore();
    void usageErrors();
};

void TestTenantctlBackup::listPrintsExactJsonNewestFirst()
{
    TestDatabase t;
    prepare(t);
    const QString older = create(t);
    // No pause needed: a backup in the same millisecond takes the next one (DatabaseBackup).
    const QString newer = create(t);
    const CliRun run = backup(t, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression shape(
            QStringLiteral("^\\{\"backups\":\\[\\{\"name\":\"(test-[0-9-]+\\.sqlite)\",\"created_"
                           "at\":\"[0-9T:.-]+Z\",\"bytes\":[0-9]+\\},"
                           "\\{\"name\":\"(test-[0-9-]+\\.sqlite)\",\"created_at\":\"[0-9T:.-]+Z\","
                           "\"bytes\":[0-9]+\\}\\]\\}\n$"));
    const auto match = shape.match(QString::fromUtf8(run.out));
    QVERIFY2(match.hasMatch(), run.out.constData());
    QCOMPARE(match.captured(1), newer);
    QCOMPARE(match.captured(2), older);
    const QJsonObject first = QJsonDocument::fromJson(run.out)
                                      .object()
                                      .value(QStringLiteral("backups"))
                                      .toArray()
                                      .first()
                                      .toObject();
    QCOMPARE(qint64(first.value(QStringLiteral("bytes")).toDouble()),
             QFileInfo(QDir(tenantdesk::DatabaseBackup::defaultDir(t.path())).filePath(newer))
                     .size());
}

void TestTenantctlBackup::backupThenRestoreGivesIdenticalContent()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
              "INSERT INTO notes (body) VALUES ('one'), ('two; three');");
    const QByteArray atBackup = t.dump();
    const QString name = create(t);
    t.execRaw("DELETE FROM notes; CREATE TABLE later (x);");
    const CliRun run = backup(t, {QStringLiteral("restore"), name, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("restored")).toString(),
             name);
    QCOMPARE(t.dump(), atBackup);
}

void TestTenantctlBackup::restoreRefusedWhileAnotherProcessWrites()
{
    TestDatabase t;
    prepare(t);
    const QString name = create(t);
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Later', 'later', NULL, 2, 2);");
    const QByteArray before = t.dump();
    sqlite3 *writer = nullptr;
    QCOMPARE(
            sqlite3_open_v2(t.path().toUtf8().constData(), &writer, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer, "BEGIN IMMEDIATE; UPDATE tenants SET name = 'busy';", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    const CliRun run = backup(t, {QStringLiteral("restore"), name});
    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("Another process is writing"), run.err.constData());
    QCOMPARE(t.dump(), before);
}

void TestTenantctlBackup::restoreOfUnknownNameIsNotFound()
{
    TestDatabase t;
    prepare(t);
    QCOMPARE(backup(t,
                    {QStringLiteral("restore"), QStringLiteral("test-20200101-000000-000.sqlite")})
                     .exitCode,
             4);
}

void TestTenantctlBackup::developerIsDenied()
{
    TestDatabase t;
    prepare(t);
    t.addUser(QStringLiteral("dev"), QStringLiteral("developer"), kPassword);
    const CliRun run = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("--user"),
                                     QStringLiteral("dev"), QStringLiteral("backup"),
                                     QStringLiteral("list")},
                                    kPassword);
    QCOMPARE(run.exitCode, 3);
}

void TestTenantctlBackup::adminDemotedSinceTheBackupCannotRestore()
{
    TestDatabase t;
    prepare(t);
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const QStringList asRoot{QStringLiteral("--db"), t.path(), QStringLiteral("--user"),
                             QStringLiteral("root"), QStringLiteral("backup")};
    const CliRun created = runTenantctl(
            asRoot + QStringList{QStringLiteral("create"), QStringLiteral("--json")}, kPassword);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString name = QJsonDocument::fromJson(created.out)
                                 .object()
                                 .value(QStringLiteral("name"))
                                 .toString();
    t.execRaw("INSERT INTO tenants VALUES ('t2', 'Later', 'later', NULL, 2, 2);"
              "UPDATE users SET role = 'developer' WHERE username = 'root';");
    const QByteArray before = t.dump();
    const CliRun run
            = runTenantctl(asRoot + QStringList{QStringLiteral("restore"), name}, kPassword);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("global admin"), run.err.constData());
    QCOMPARE(t.dump(), before);
}

void TestTenantctlBackup::usageErrors()
{
    TestDatabase t;
    prepare(t);
    QCOMPARE(backup(t, {}).exitCode, 2);
    QCOMPARE(backup(t, {QStringLiteral("restore")}).exitCode, 2);
    QCOMPARE(backup(t, {QStringLiteral("list"), QStringLiteral("extra")}).exitCode, 2);
    QCOMPARE(backup(t, {QStringLiteral("explode")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTenantctlBackup)
#include "tst_tenantctl_backup.moc"
