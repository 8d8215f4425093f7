#include "clirunner.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QString fixture(const QString &name)
{
    return QStringLiteral(TENANTDESK_TESTDATA_DIR "/migrations/") + name;
}

QString bundled()
{
    return QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR);
}

// The bundled migrations in run order (their numbers are zero-padded to the same width).
QStringList bundledNames()
{
    QStringList names;
    for (const QString &file :
         QDir(bundled()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        names.append(file.chopped(4));
    return names;
}

CliRun migrate(const TestDatabase &t, const QStringList &arguments, const QString &password = {})
{
    return runTenantctl(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("migrate")}
                                + arguments,
                        password);
}

QJsonArray statusJson(const TestDatabase &t, const QString &dir)
{
    const CliRun run = migrate(
            t, {QStringLiteral("status"), QStringLiteral("--dir"), dir, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("status failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("migrations")).toArray();
}

// Copies a fixture folder so that a test may edit its scripts.
void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name);
}

} // namespace

class TestTenantctlMigrate : public QObject
{
    Q_OBJECT

private slots:
    void upInitialisesNewFileAndStatusPrintsExactJson();
    void humanStatusIsATable();
    void downWithoutTargetRevertsLastAndPrintsSteps();
    void sqlErrorExitsWithFailureNamingFileAndStatement();
    void malformedTargetIsUsageError();
    void unknownActionIsUsageError();
    void missingFolderIsUsageError();
    void scriptManagingItsTransactionIsRefusedAsInvalid();
    void developerIsDenied();
    void adminDemotedSinceTheLastRunIsDenied();
    void wrongPasswordIsDenied();
    void globalAdminMayMigrate();
    void unknownTargetIsNotFound();
    void statusAndDownOnMissingFileAreNotFound();
    void revertingIrreversibleMigrationIsConflict();
    void modifiedScriptIsReportedAndBlocksUp();
};

void TestTenantctlMigrate::upInitialisesNewFileAndStatusPrintsExactJson()
{
    TestDatabase t;
    QVERIFY(!QFile::exists(t.path()));
    const CliRun up = migrate(t, {QStringLiteral("up"), QStringLiteral("--dir"), bundled()});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QVERIFY(up.out.contains("Applied 008_multitenant"));
    const CliRun status = migrate(t,
                                  {QStringLiteral("status"), QStringLiteral("--json"),
                                   QStringLiteral("--dir"), bundled()});
    QCOMPARE(status.exitCode, 0);
    // Each migration with the folder it comes from; the files ignored in the folders.
    const QByteArray folder = QFileInfo(bundled()).absoluteFilePath().toUtf8();
    QByteArray expected = "{\"migrations\":[";
    for (const QString &name : bundledNames())
        expected += "{\"name\":\"" + name.toUtf8() + "\",\"version\":"
                + QByteArray::number(name.section(QLatin1Char('_'), 0, 0).toInt())
                + ",\"state\":\"applied\",\"reversible\":true,\"folder\":\"" + folder + "\"},";
    expected.chop(1);
    expected += "],\"ignored\":[]}\n";
    QVERIFY(expected.contains("{\"name\":\"008_multitenant\",\"version\":8,\"state\":\"applied\","
                              "\"reversible\":true,\"folder\":"));
    QCOMPARE(status.out, expected);
}

void TestTenantctlMigrate::humanStatusIsATable()
{
    TestDatabase t;
    QCOMPARE(migrate(t, {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("5")})
                     .exitCode,
             0);
    const CliRun status = migrate(t, {QStringLiteral("status")}); // bundled folder by default
    QCOMPARE(status.exitCode, 0);
    const QList<QByteArray> lines = status.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + bundledNames().size());
    QVERIFY(lines.at(0).startsWith("Migration"));
    QVERIFY(lines.at(1).startsWith("005_audit_log_chain"));
    QVERIFY(lines.at(1).contains(" applied ") && lines.at(1).contains("(bootstrap)"));
    QVERIFY(lines.at(2).contains(" pending "));
}

void TestTenantctlMigrate::downWithoutTargetRevertsLastAndPrintsSteps()
{
    TestDatabase t;
    QCOMPARE(migrate(t, {QStringLiteral("up")}).exitCode, 0);
    const CliRun down = migrate(t, {QStringLiteral("down"), QStringLiteral("--json")});
    QVERIFY2(down.exitCode == 0, down.err.constData());
    const QJsonArray steps
            = QJsonDocument::fromJson(down.out).object().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().toObject().value(QStringLiteral("name")).toString(),
             bundledNames().last());
    QCOMPARE(steps.first().toObject().value(QStringLiteral("direction")).toString(),
             QStringLiteral("down"));
    QCOMPARE(statusJson(t, bundled()).last().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
}

void TestTenantctlMigrate::sqlErrorExitsWithFailureNamingFileAndStatement()
{
    TestDatabase t;
    const CliRun run = migrate(
            t, {QStringLiteral("up"), QStringLiteral("--dir"), fixture(QStringLiteral("failing"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("002_broken_insert.sql (UP) failed at statement 2 (line 4)"),
             run.err.constData());
    QVERIFY2(run.err.contains("no such table: no_such_table"), run.err.constData());
    QVERIFY(run.out.contains("Applied 001_create_notes"));
    const QJsonArray states = statusJson(t, fixture(QStringLiteral("failing")));
    QCOMPARE(states.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("applied"));
    QCOMPARE(states.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
    QVERIFY(!t.dump().contains("CREATE TABLE tags"));
}

void TestTenantctlMigrate::malformedTargetIsUsageError()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE keep(x)");
    const QByteArray before = t.dump();
    const CliRun run
            = migrate(t, {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("latest")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("not a migration target"));
    QCOMPARE(t.dump(), before);
}

void TestTenantctlMigrate::unknownActionIsUsageError()
{
    TestDatabase t;
    QCOMPARE(migrate(t, {QStringLiteral("sideways")}).exitCode, 2);
    QCOMPARE(migrate(t, {}).exitCode, 2);
    QVERIFY(!QFile::exists(t.path()));
}

void TestTenantctlMigrate::missingFolderIsUsageError()
{
    TestDatabase t;
    const CliRun run = migrate(
            t, {QStringLiteral("up"), QStringLiteral("--dir"), t.dir() + QStringLiteral("/nope")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("does not exist"));
    QVERIFY(!QFile::exists(t.path()));
}

void TestTenantctlMigrate::scriptManagingItsTransactionIsRefusedAsInvalid()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE keep(x)");
    const QByteArray before = t.dump();
    const CliRun run = migrate(t,
                               {QStringLiteral("up"), QStringLiteral("--dir"),
                                fixture(QStringLiteral("transaction"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("001_commits_itself.sql (UP), statement 2 (line 4)"),
             run.err.constData());
    QVERIFY(run.err.contains("must not manage transactions"));
    QCOMPARE(t.dump(), before);
}

void TestTenantctlMigrate::developerIsDenied()
{
    TestDatabase t;
    t.addUser(QStringLiteral("dev"), QStringLiteral("developer"), kPassword);
    const QByteArray before = t.dump();
    const CliRun run
            = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("--user"),
                            QStringLiteral("dev"), QStringLiteral("migrate"), QStringLiteral("up")},
                           kPassword);
    QCOMPARE(run.exitCode, 3);
    // AccessPolicy's wording of the rule (architecture.md §3).
    QVERIFY2(run.err.contains("running migrations needs a global admin"), run.err.constData());
    QCOMPARE(t.dump(), before);
}

void TestTenantctlMigrate::adminDemotedSinceTheLastRunIsDenied()
{
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const QStringList asRoot{QStringLiteral("--db"), t.path(), QStringLiteral("--user"),
                             QStringLiteral("root"), QStringLiteral("migrate")};
    const CliRun up = runTenantctl(asRoot + QStringList{QStringLiteral("up")}, kPassword);
    QVERIFY2(up.exitCode == 0, up.err.constData());
    // Another process (aistack, or a colleague's tenantdesk) demotes root.
    t.execRaw("UPDATE users SET role = 'viewer' WHERE username = 'root';");
    const QByteArray before = t.dump();
    for (const QString &action : {QStringLiteral("down"), QStringLiteral("up")}) {
        const CliRun run = runTenantctl(asRoot + QStringList{action}, kPassword);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("running migrations needs a global admin"), run.err.constData());
        QCOMPARE(t.dump(), before);
    }
}

void TestTenantctlMigrate::wrongPasswordIsDenied()
{
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const CliRun run = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("--user"),
                                     QStringLiteral("root"), QStringLiteral("migrate"),
                                     QStringLiteral("status")},
                                    QStringLiteral("not the password"));
    QCOMPARE(run.exitCode, 3);
}

void TestTenantctlMigrate::globalAdminMayMigrate()
{
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const CliRun run = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("--user"),
                                     QStringLiteral("root"), QStringLiteral("migrate"),
                                     QStringLiteral("up")},
                                    kPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto db = t.open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(DISTINCT applied_by) FROM "
                                       "tenantdesk_migrations"))
                     ->toString(),
             QStringLiteral("root"));
}

void TestTenantctlMigrate::unknownTargetIsNotFound()
{
    TestDatabase t;
    const CliRun run = migrate(
            t, {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("042_nothing")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("042_nothing"));
}

void TestTenantctlMigrate::statusAndDownOnMissingFileAreNotFound()
{
    TestDatabase t;
    QCOMPARE(migrate(t, {QStringLiteral("status")}).exitCode, 4);
    QCOMPARE(migrate(t, {QStringLiteral("down")}).exitCode, 4);
    QVERIFY(!QFile::exists(t.path()));
}

void TestTenantctlMigrate::revertingIrreversibleMigrationIsConflict()
{
    TestDatabase t;
    const QString dir = fixture(QStringLiteral("irreversible"));
    QCOMPARE(migrate(t, {QStringLiteral("up"), QStringLiteral("--dir"), dir}).exitCode, 0);
    QCOMPARE(statusJson(t, dir).at(1).toObject().value(QStringLiteral("reversible")).toBool(),
             false);
    const QByteArray before = t.dump();
    const CliRun run = migrate(t,
                               {QStringLiteral("down"), QStringLiteral("--to"), QStringLiteral("0"),
                                QStringLiteral("--dir"), dir});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("002_drop_legacy.sql cannot be reverted"), run.err.constData());
    QCOMPARE(t.dump(), before);
}

void TestTenantctlMigrate::modifiedScriptIsReportedAndBlocksUp()
{
    TestDatabase t;
    const QString dir = t.dir() + QStringLiteral("/scripts");
    copyFolder(fixture(QStringLiteral("irreversible")), dir);
    QCOMPARE(migrate(t,
                     {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("1"),
                      QStringLiteral("--dir"), dir})
                     .exitCode,
             0);
    QFile script(dir + QStringLiteral("/001_create_notes.sql"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QByteArray text = script.readAll();
    script.close();
    text.replace("VALUES ('first; note')", "VALUES ('first; edited note')");
    QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    script.write(text);
    script.close();
    QCOMPARE(statusJson(t, dir).at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("modified"));
    const QByteArray before = t.dump();
    const CliRun run = migrate(t, {QStringLiteral("up"), QStringLiteral("--dir"), dir});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("001_create_notes.sql was changed since it was applied"),
             run.err.constData());
    QCOMPARE(t.dump(), before);
}

QTEST_GUILESS_MAIN(TestTenantctlMigrate)
#include "tst_tenantctl_migrate.moc"
