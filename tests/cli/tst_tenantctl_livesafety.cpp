// tenantctl on a database that others use, with real processes and real files: a child that
// holds the file open, or a server answering the health address, stops migrate (exit 5,
// naming who, the file unchanged) until --force; a revert that destroys rows is counted on a
// copy and needs --allow-data-loss; several --dir folders make one plan; backups are private
// and pruned; a restore is refused while a process has the file open, even with --force.

#include "clirunner.h"
#include "support/dbholderprocess.h"
#include "support/files.h"
#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/migration/databasebackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include <sys/stat.h>

using tenantdesk::DatabaseBackup;

namespace {

QString bundled()
{
    return QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR);
}

CliRun tenantctl(const TestDatabase &t, const QStringList &arguments,
                 const QProcessEnvironment &extra = {})
{
    return runTenantctl(QStringList{QStringLiteral("--db"), t.path()} + arguments, {}, extra);
}

CliRun migrate(const TestDatabase &t, const QStringList &arguments)
{
    return tenantctl(t, QStringList{QStringLiteral("migrate")} + arguments);
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The database file and its write-ahead log: what any write would change.
QByteArray hashOf(const TestDatabase &t)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : {t.path(), t.path() + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : -1;
}

// An aistack server's health address on a thread of its own: tenantctl is waited for without
// an event loop on the test's thread.
class HealthServerThread : public QThread
{
public:
    HealthServerThread()
    {
        start();
        m_ready.acquire();
    }
    ~HealthServerThread() override
    {
        quit();
        wait();
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/api/v1/system/health").arg(m_port.load());
    }
    int requests() const { return m_requests.load(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    ++m_requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 15\r\nConnection: "
                                  "close\r\n\r\n{\"status\":\"ok\"}");
                    socket->disconnectFromHost();
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    QSemaphore m_ready;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_requests{0};
};

// The bundled migrations applied, with two tenants, one workspace and one membership.
void prepareTenants(const TestDatabase &t)
{
    t.open(); // a WAL database, as aistack's
    if (migrate(t, {QStringLiteral("up")}).exitCode != 0)
        qFatal("migrate up failed");
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'One', 'one', NULL, 1, 1),"
              " ('t2', 'Two', 'two', NULL, 1, 1);"
              "INSERT INTO workspaces VALUES ('w1', 't1', 'W', 'w', NULL, 1, 1);"
              "INSERT INTO tenant_users VALUES ('t1', 'u1', 'w1', 'member', 1);");
}

QString scriptText(const QByteArray &table)
{
    return QString::fromUtf8("-- == UP ==\nCREATE TABLE " + table
                             + " (x);\n-- == DOWN ==\nDROP TABLE " + table + ";\n");
}

} // namespace

class TestTenantctlLiveSafety : public QObject
{
    Q_OBJECT

private slots:
    void childHoldingTheFileStopsMigrateUntilForced();
    void answeringHealthAddressStopsMigrateUntilForced();
    void revertThatDestroysRowsNeedsAllowDataLoss();
    void revertPlanNamesCascadedRowsAndWhereTheSqlIs();
    void twoFoldersWithA004EachPlanAndRevert();
    void retrofitInTheAdminsFolderIsPendingNextToTheBundledOnes();
    void backupsArePrivateAndPruneKeepsN();
    void restoreIsRefusedWhileAProcessHasTheFileOpenEvenWithForce();
    void defaultDatabaseFolderIsCreatedAsTheGuiDoes();
};

void TestTenantctlLiveSafety::childHoldingTheFileStopsMigrateUntilForced()
{
    TestDatabase t;
    t.open();
    const QByteArray before = hashOf(t);
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    const CliRun refused = migrate(t, {QStringLiteral("up")});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(QStringLiteral("dbholder (pid %1)").arg(holder.pid()).toUtf8()),
             refused.err.constData());
    QVERIFY(refused.err.contains("open-file check"));
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(hashOf(t), before);
    QVERIFY(!QFileInfo::exists(DatabaseBackup::defaultDir(t.path())));

    const CliRun refusedJson = migrate(t, {QStringLiteral("up"), QStringLiteral("--json")});
    QCOMPARE(refusedJson.exitCode, 5);
    const QJsonArray processes = json(refusedJson)
                                         .value(QStringLiteral("other_users"))
                                         .toObject()
                                         .value(QStringLiteral("processes"))
                                         .toArray();
    QCOMPARE(processes.size(), 1);
    QCOMPARE(qint64(processes.first().toObject().value(QStringLiteral("pid")).toDouble()),
             holder.pid());
    QCOMPARE(hashOf(t), before);

    const CliRun forced = migrate(t, {QStringLiteral("up"), QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(forced.out.contains("Went on as forced"));
    QVERIFY(forced.out.contains("Applied 008_multitenant"));
    QVERIFY(hashOf(t) != before);
}

void TestTenantctlLiveSafety::answeringHealthAddressStopsMigrateUntilForced()
{
    TestDatabase t;
    t.open();
    const QByteArray before = hashOf(t);
    HealthServerThread server;
    const CliRun refused
            = migrate(t, {QStringLiteral("up"), QStringLiteral("--health-url"), server.url()});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(server.url().toUtf8()), refused.err.constData());
    QVERIFY(refused.err.contains("found by the health check"));
    QVERIFY(refused.err.contains("HTTP 200"));
    QCOMPARE(server.requests(), 1);
    QCOMPARE(hashOf(t), before);

    // The address from the environment, as scripts set it.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TENANTDESK_HEALTH_URL"), server.url());
    QCOMPARE(tenantctl(t,
                       {QStringLiteral("migrate"), QStringLiteral("baseline"),
                        QStringLiteral("--to"), QStringLiteral("5")},
                       environment)
                     .exitCode,
             5);
    QCOMPARE(hashOf(t), before);

    const CliRun forced
            = migrate(t,
                      {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("5"),
                       QStringLiteral("--health-url"), server.url(), QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(forced.out.contains("Applied 005_audit_log_chain"));

    // "none" switches the check off, also against the environment.
    const CliRun unchecked = tenantctl(t,
                                       {QStringLiteral("migrate"), QStringLiteral("up"),
                                        QStringLiteral("--health-url"), QStringLiteral("none")},
                                       environment);
    QVERIFY2(unchecked.exitCode == 0, unchecked.err.constData());
    QCOMPARE(server.requests(), 3);
}

void TestTenantctlLiveSafety::revertThatDestroysRowsNeedsAllowDataLoss()
{
    TestDatabase t;
    prepareTenants(t);
    const QByteArray before = t.dump();
    const QStringList backups = QDir(DatabaseBackup::defaultDir(t.path())).entryList(QDir::Files);
    const QStringList downTo5{QStringLiteral("down"), QStringLiteral("--to"), QStringLiteral("5")};
    const CliRun refused = migrate(t, downTo5);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("2 rows of tenants (table dropped)"), refused.err.constData());
    QVERIFY(refused.err.contains("1 row of workspaces (table dropped)"));
    QVERIFY(refused.err.contains("--allow-data-loss"));
    QCOMPARE(t.dump(), before);
    // Not even a backup is left of the refused run.
    QCOMPARE(QDir(DatabaseBackup::defaultDir(t.path())).entryList(QDir::Files), backups);

    // The dry run lists what each migration destroys, counted on a copy.
    const CliRun dryRun = migrate(
            t, downTo5 + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dryRun.exitCode, 0);
    const QJsonArray steps = json(dryRun).value(QStringLiteral("steps")).toArray();
    // 012, 011, 010, 009, then 008, which drops the tenancy tables.
    QCOMPARE(steps.size(), 5);
    // 012 and 010 drop an index only: they destroy nothing.
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("destroys")).toArray(), QJsonArray());
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("destroys")).toArray(), QJsonArray());
    const QJsonArray destroys = steps.at(4).toObject().value(QStringLiteral("destroys")).toArray();
    QCOMPARE(destroys.size(), 3);
    QCOMPARE(destroys.at(1).toObject().value(QStringLiteral("table")).toString(),
             QStringLiteral("tenants"));
    QCOMPARE(destroys.at(1).toObject().value(QStringLiteral("rows")).toInt(), 2);
    const CliRun dryText = migrate(t, downTo5 + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(dryText.out.contains("Would revert 008_multitenant: ok in"), dryText.out.constData());
    QVERIFY(dryText.out.contains("destroys 1 row of tenant_users (table dropped)"));
    QVERIFY(dryText.out.contains("2 rows of tenants (table dropped)"));
    QVERIFY(!dryText.out.contains("008_multitenant: ok in 0 ms (8 statements, 0 rows changed)"));
    QCOMPARE(t.dump(), before);

    const CliRun allowed = migrate(
            t,
            downTo5 + QStringList{QStringLiteral("--allow-data-loss"), QStringLiteral("--json")});
    QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    const QJsonArray done = json(allowed).value(QStringLiteral("steps")).toArray();
    QCOMPARE(done.size(), 5);
    QCOMPARE(done.at(4).toObject().value(QStringLiteral("destroys")).toArray(), destroys);
    QVERIFY(!json(allowed).value(QStringLiteral("backup")).toString().isEmpty());
    auto db = t.open();
    QVERIFY(!db->hasTable(QStringLiteral("tenants")));
}

void TestTenantctlLiveSafety::revertPlanNamesCascadedRowsAndWhereTheSqlIs()
{
    TestDatabase t;
    t.open();
    const QString folder = writeCascadeMigrations(t.dir());
    const QStringList dir{QStringLiteral("--dir"), folder};
    const CliRun up = migrate(t, QStringList{QStringLiteral("up")} + dir);
    QVERIFY2(up.exitCode == 0, up.err.constData());
    const QString script = QFileInfo(folder + QStringLiteral("/002_seed.sql")).absoluteFilePath();

    const QStringList dryRun
            = QStringList{QStringLiteral("down"), QStringLiteral("--dry-run")} + dir;
    const CliRun text = migrate(t, dryRun);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("2 rows of parents (deleted)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(
                     "5 rows of children (removed by ON DELETE CASCADE from parents)")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("SQL: DOWN section of %1 (from line 6)").arg(script)),
             qPrintable(out));

    const CliRun counted = migrate(t, dryRun + QStringList{QStringLiteral("--json")});
    QVERIFY2(counted.exitCode == 0, counted.err.constData());
    const QJsonObject step
            = json(counted).value(QStringLiteral("steps")).toArray().first().toObject();
    QCOMPARE(step.value(QStringLiteral("file")).toString(), script);
    QCOMPARE(step.value(QStringLiteral("section")).toString(), QStringLiteral("down"));
    const QJsonArray destroys = step.value(QStringLiteral("destroys")).toArray();
    QCOMPARE(destroys.size(), 2);
    QJsonObject children = destroys.at(0).toObject();
    QJsonObject parents = destroys.at(1).toObject();
    if (children.value(QStringLiteral("table")).toString() != QStringLiteral("children"))
        std::swap(children, parents);
    QCOMPARE(children.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(children.value(QStringLiteral("cascade_from")).toString(), QStringLiteral("parents"));
    QCOMPARE(parents.value(QStringLiteral("table")).toString(), QStringLiteral("parents"));
    QCOMPARE(parents.value(QStringLiteral("rows")).toInt(), 2);
    QVERIFY(!parents.contains(QStringLiteral("cascade_from")));

    // Refused without --allow-data-loss: the sentence names the cascade too.
    const CliRun refused = migrate(t, QStringList{QStringLiteral("down")} + dir);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("removed by ON DELETE CASCADE from parents"),
             refused.err.constData());
}

void TestTenantctlLiveSafety::twoFoldersWithA004EachPlanAndRevert()
{
    TestDatabase t;
    const QString aistack = t.dir() + QStringLiteral("/aistack");
    const QString mine = t.dir() + QStringLiteral("/mine");
    QDir().mkpath(aistack);
    QDir().mkpath(mine);
    writeFile(aistack + QStringLiteral("/004_memory_fts.sql"), scriptText("memory_fts_x").toUtf8());
    writeFile(mine + QStringLiteral("/004_notes.sql"), scriptText("notes").toUtf8());
    writeFile(mine + QStringLiteral("/abc.sql"), "SELECT 1;");
    const QStringList dirs{QStringLiteral("--dir"), aistack, QStringLiteral("--dir"), mine};

    const CliRun status
            = migrate(t, QStringList{QStringLiteral("status"), QStringLiteral("--json")} + dirs);
    // A status needs the file: create it first.
    QCOMPARE(status.exitCode, 4);
    t.open();
    const QJsonObject listed = json(
            migrate(t, QStringList{QStringLiteral("status"), QStringLiteral("--json")} + dirs));
    const QJsonArray migrations = listed.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), 2);
    QCOMPARE(migrations.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("004_memory_fts"));
    QCOMPARE(migrations.at(0).toObject().value(QStringLiteral("folder")).toString(), aistack);
    QCOMPARE(migrations.at(1).toObject().value(QStringLiteral("folder")).toString(), mine);
    const QJsonArray ignored = listed.value(QStringLiteral("ignored")).toArray();
    QCOMPARE(ignored.size(), 1);
    QCOMPARE(ignored.first().toObject().value(QStringLiteral("file")).toString(),
             mine + QStringLiteral("/abc.sql"));
    const CliRun text = migrate(t, QStringList{QStringLiteral("status")} + dirs);
    QVERIFY2(text.out.contains("Ignored " + mine.toUtf8() + "/abc.sql: not named NNN_name.sql."),
             text.out.constData());

    QCOMPARE(migrate(t, QStringList{QStringLiteral("up")} + dirs).exitCode, 0);
    // Plain down: the one applied last.
    const CliRun down
            = migrate(t, QStringList{QStringLiteral("down"), QStringLiteral("--json")} + dirs);
    QVERIFY2(down.exitCode == 0, down.err.constData());
    QCOMPARE(json(down)
                     .value(QStringLiteral("steps"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("004_notes"));
    QCOMPARE(migrate(t, QStringList{QStringLiteral("up")} + dirs).exitCode, 0);
    const CliRun toThree = migrate(t,
                                   QStringList{QStringLiteral("down"), QStringLiteral("--to"),
                                               QStringLiteral("3"), QStringLiteral("--json")}
                                           + dirs);
    QVERIFY2(toThree.exitCode == 0, toThree.err.constData());
    QCOMPARE(json(toThree).value(QStringLiteral("steps")).toArray().size(), 2);
    auto db = t.open();
    QVERIFY(!db->hasTable(QStringLiteral("notes")));
    QVERIFY(!db->hasTable(QStringLiteral("memory_fts_x")));
}

void TestTenantctlLiveSafety::retrofitInTheAdminsFolderIsPendingNextToTheBundledOnes()
{
    TestDatabase t;
    prepareTenants(t);
    t.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
              "INSERT INTO notes (body) VALUES ('kept');"
              "INSERT INTO tenants VALUES ('t0', 'Default', 'default', NULL, 1, 1);");
    const QString mine = t.dir() + QStringLiteral("/retrofits");
    QDir().mkpath(mine);
    const CliRun retrofit = migrate(t,
                                    {QStringLiteral("retrofit"), QStringLiteral("--table"),
                                     QStringLiteral("notes"), QStringLiteral("--out"),
                                     mine + QStringLiteral("/100_notes_scope.sql")});
    QVERIFY2(retrofit.exitCode == 0, retrofit.err.constData());
    // Applied together with the bundled migrations.
    QVERIFY2(retrofit.out.count("--dir ") == 2 && retrofit.out.contains(" --dir " + mine.toUtf8()),
             retrofit.out.constData());
    const QJsonArray migrations
            = json(migrate(t,
                           {QStringLiteral("status"), QStringLiteral("--json"),
                            QStringLiteral("--dir"), bundled(), QStringLiteral("--dir"), mine}))
                      .value(QStringLiteral("migrations"))
                      .toArray();
    QStringList states;
    for (const QJsonValue &migration : migrations)
        states.append(migration.toObject().value(QStringLiteral("name")).toString()
                      + QLatin1Char(':')
                      + migration.toObject().value(QStringLiteral("state")).toString());
    QCOMPARE(states.last(), QStringLiteral("100_notes_scope:pending"));
    for (qsizetype i = 0; i + 1 < states.size(); ++i)
        QVERIFY2(states.at(i).endsWith(QStringLiteral(":applied")), qPrintable(states.at(i)));
    QCOMPARE(migrate(t,
                     {QStringLiteral("up"), QStringLiteral("--dir"), bundled(),
                      QStringLiteral("--dir"), mine})
                     .exitCode,
             0);
}

void TestTenantctlLiveSafety::backupsArePrivateAndPruneKeepsN()
{
    TestDatabase t;
    t.applyBundledSchema();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(tenantctl(t, {QStringLiteral("backup"), QStringLiteral("create")}).exitCode, 0);
    const QString dir = DatabaseBackup::defaultDir(t.path());
    QCOMPARE(modeOf(dir), 0700);
    const QStringList files = QDir(dir).entryList(QDir::Files);
    QCOMPARE(files.size(), 4);
    for (const QString &file : files)
        QCOMPARE(modeOf(QDir(dir).filePath(file)), 0600);

    const CliRun pruned
            = tenantctl(t,
                        {QStringLiteral("backup"), QStringLiteral("prune"),
                         QStringLiteral("--keep"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(pruned.exitCode == 0, pruned.err.constData());
    QCOMPARE(json(pruned).value(QStringLiteral("removed")).toArray().size(), 2);
    QCOMPARE(json(pruned).value(QStringLiteral("kept")).toInt(), 2);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
    // The newest two stayed.
    QStringList sorted = files;
    sorted.sort();
    QStringList left = QDir(dir).entryList(QDir::Files);
    left.sort();
    QCOMPARE(left, sorted.mid(2));

    QCOMPARE(tenantctl(t,
                       {QStringLiteral("backup"), QStringLiteral("create"),
                        QStringLiteral("--keep"), QStringLiteral("1")})
                     .exitCode,
             0);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);
    const CliRun list = tenantctl(t, {QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY(list.out.contains("KiB"));
    QCOMPARE(tenantctl(t,
                       {QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("--keep"),
                        QStringLiteral("-1")})
                     .exitCode,
             2);
}

void TestTenantctlLiveSafety::restoreIsRefusedWhileAProcessHasTheFileOpenEvenWithForce()
{
    TestDatabase t;
    prepareTenants(t);
    const CliRun created = tenantctl(
            t, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")});
    const QString name = json(created).value(QStringLiteral("name")).toString();
    t.execRaw("INSERT INTO tenants VALUES ('t3', 'Three', 'three', NULL, 1, 1);");
    const QByteArray before = t.dump();
    {
        DbHolderProcess holder(t.path());
        QVERIFY(holder.isReady());
        for (const bool force : {false, true}) {
            QStringList arguments{QStringLiteral("backup"), QStringLiteral("restore"), name};
            if (force)
                arguments << QStringLiteral("--force");
            const CliRun refused = tenantctl(t, arguments);
            QCOMPARE(refused.exitCode, 5);
            QVERIFY2(refused.err.contains(QStringLiteral("(pid %1)").arg(holder.pid()).toUtf8()),
                     refused.err.constData());
            QCOMPARE(t.dump(), before);
        }
    }
    HealthServerThread server;
    const QStringList restore{QStringLiteral("backup"),
                              QStringLiteral("restore"),
                              name,
                              QStringLiteral("--health-url"),
                              server.url(),
                              QStringLiteral("--json")};
    QCOMPARE(tenantctl(t, restore).exitCode, 5);
    QCOMPARE(t.dump(), before);
    const CliRun restored = tenantctl(t, restore + QStringList{QStringLiteral("--force")});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    const QJsonObject head = json(restored).value(QStringLiteral("replaced_head")).toObject();
    QVERIFY(head.value(QStringLiteral("seq")).toInt() > 0);
    QCOMPARE(head.value(QStringLiteral("hash")).toString().size(), 64);
    QVERIFY(json(restored).value(QStringLiteral("audited")).toBool());
    auto db = t.open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenants"))->toInt(), 2);
    QCOMPARE(db->scalar(QStringLiteral("SELECT event_type FROM audit_log_chain ORDER BY seq "
                                       "DESC LIMIT 1"))
                     ->toString(),
             QStringLiteral("backup.restored"));
}

void TestTenantctlLiveSafety::defaultDatabaseFolderIsCreatedAsTheGuiDoes()
{
    QTemporaryDir home;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("TENANTDESK_DB"), QString());
    const CliRun run = runTenantctl({QStringLiteral("init"), QStringLiteral("--admin"),
                                     QStringLiteral("root"), QStringLiteral("--email"),
                                     QStringLiteral("root@example.org")},
                                    QStringLiteral("a long password"), environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo::exists(
            home.filePath(QStringLiteral("data/TenantDesk/tenantdesk/tenantdesk.db"))));
}

QTEST_GUILESS_MAIN(TestTenantctlLiveSafety)
#include "tst_tenantctl_livesafety.moc"
