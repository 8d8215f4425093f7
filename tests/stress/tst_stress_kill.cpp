#include "stresssupport.h"

#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// kill -9 at random points of migrations, imports and restores (issue 15, item 8). After every
// kill the file is sound (integrity_check), every migration is applied whole or not at all and
// the ledger says which, an import is all or nothing together with its audit entries, a
// restore leaves the old content or the new one, and nothing is left behind next to the
// database or in the temporary folder. Then the same command, run again, finishes.
// TENANTDESK_STRESS_KILLS sets the kills per scenario (default 4).
class TestStressKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMigrationsApplyWholeOrNotAtAll();
    void killedImportsAreAllOrNothing();
    void killedRestoresLeaveOldOrNewContent();

private:
    // A uniformly random moment within a run that takes `duration` ms, a little past it too
    // (the tail: ledger row, audit entry, commit).
    qint64 killPoint(qint64 duration)
    {
        return qint64(m_random.bounded(int(duration * 11 / 10) + 1));
    }
    // What a killed run may leave next to the database: the file itself and SQLite's own
    // -wal, -shm and -journal (which the next connection uses to roll back).
    static QStringList unexpectedFiles(const QString &dir, const QString &dbName);

    QRandomGenerator m_random{20240917};
    int m_kills = 4;
};

void TestStressKill::initTestCase()
{
    m_kills = stressCount("TENANTDESK_STRESS_KILLS", 4);
    qInfo("%d kills per scenario (TENANTDESK_STRESS_KILLS)", m_kills);
}

QStringList TestStressKill::unexpectedFiles(const QString &dir, const QString &dbName)
{
    QStringList unexpected;
    for (const QString &name : filesIn(dir)) {
        if (name != dbName && name != dbName + QStringLiteral("-wal")
            && name != dbName + QStringLiteral("-shm")
            && name != dbName + QStringLiteral("-journal"))
            unexpected << name;
    }
    return unexpected;
}

namespace {

const int kRows = 60000;

// Four migrations whose effects show exactly whether each was applied: a table filled in one
// statement, a copy with an index, the 12-step rebuild with foreign keys off, an update.
void writeMigrations(const QString &dir)
{
    const QList<std::pair<QString, QByteArray>> scripts{
            {QStringLiteral("001_fill.sql"),
             "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT NOT NULL);\n"
             "INSERT INTO big (v) SELECT hex(randomblob(24)) FROM (WITH RECURSIVE c(x) AS "
             "(SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                     + QByteArray::number(kRows) + ") SELECT x FROM c);\n"},
            {QStringLiteral("002_copy.sql"),
             "CREATE TABLE copy AS SELECT * FROM big;\nCREATE INDEX copy_v ON copy (v);\n"},
            {QStringLiteral("003_rebuild.sql"),
             "-- tenantdesk: foreign-keys-off\n"
             "CREATE TABLE big_new (id INTEGER PRIMARY KEY, v TEXT NOT NULL, n INTEGER NOT NULL "
             "DEFAULT 0);\n"
             "INSERT INTO big_new (id, v) SELECT id, v FROM big;\n"
             "DROP TABLE big;\n"
             "ALTER TABLE big_new RENAME TO big;\n"
             "CREATE INDEX big_v ON big (v);\n"},
            {QStringLiteral("004_update.sql"),
             "UPDATE big SET n = 1;\nUPDATE copy SET v = lower(v);\n"},
    };
    for (const auto &[name, sql] : scripts) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(sql);
    }
}

// Which of the four migrations the file shows applied, judged by their effects alone; an
// empty string when the effects are partial (a migration half applied).
QString appliedByEffect(const QString &path)
{
    const auto count = [&](const QByteArray &sql) {
        return rawScalar(path, sql).toLongLong();
    };
    const bool hasBig = count("SELECT count(*) FROM sqlite_master WHERE name = 'big'") == 1;
    if (!hasBig)
        return QStringLiteral("none");
    if (count("SELECT count(*) FROM big") != kRows)
        return {};
    const bool hasCopy = count("SELECT count(*) FROM sqlite_master WHERE name = 'copy'") == 1;
    if (!hasCopy)
        return QStringLiteral("001");
    if (count("SELECT count(*) FROM copy") != kRows
        || count("SELECT count(*) FROM sqlite_master WHERE name = 'copy_v'") != 1)
        return {};
    const bool rebuilt = count("SELECT count(*) FROM pragma_table_info('big') WHERE name = "
                               "'n'")
            == 1;
    if (!rebuilt)
        return count("SELECT count(*) FROM sqlite_master WHERE name = 'big_new'") == 0
                ? QStringLiteral("002")
                : QString();
    if (count("SELECT count(*) FROM sqlite_master WHERE name IN ('big_new', 'big_v')") != 1)
        return {};
    const qint64 updated = count("SELECT count(*) FROM big WHERE n = 1");
    const qint64 lowered = count("SELECT count(*) FROM copy WHERE v = lower(v)");
    if (updated == 0 && lowered == 0)
        return QStringLiteral("003");
    if (updated == kRows && lowered == kRows)
        return QStringLiteral("004");
    return {};
}

// The last migration the ledger records as applied ("none" when none is).
QString appliedByLedger(const QString &path)
{
    if (rawScalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'tenantdesk_migrations'")
                .toLongLong()
        == 0)
        return QStringLiteral("none");
    const QString last = rawScalar(path, "SELECT max(name) FROM tenantdesk_migrations").toString();
    return last.isEmpty() ? QStringLiteral("none") : last.left(3);
}

} // namespace

void TestStressKill::killedMigrationsApplyWholeOrNotAtAll()
{
    QTemporaryDir scripts;
    QVERIFY(scripts.isValid());
    writeMigrations(scripts.path());
    QTemporaryDir temporary; // the runs' TMPDIR: dry-run copies and the like would show here
    QVERIFY(temporary.isValid());
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TMPDIR"), temporary.path());

    const auto arguments = [&](const QString &db) {
        return QStringList{QStringLiteral("--db"),
                           db,
                           QStringLiteral("migrate"),
                           QStringLiteral("up"),
                           QStringLiteral("--no-backup"),
                           QStringLiteral("--dir"),
                           scripts.path()};
    };
    // How long a whole run takes here, to spread the kills over it.
    qint64 duration = 0;
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        const StressRun whole = runTenantctl(arguments(db), environment);
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QCOMPARE(appliedByEffect(db), QStringLiteral("004"));
        duration = whole.elapsedMs;
    }

    int killed = 0;
    QMap<QString, int> stoppedAfter;
    for (int i = 0; i < m_kills; ++i) {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        const StressRun run = runTenantctl(arguments(db), environment, killPoint(duration));
        if (!run.killed) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
        } else {
            ++killed;
        }
        if (QFile::exists(db)) {
            QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
            const QString effect = appliedByEffect(db);
            QVERIFY2(!effect.isEmpty(),
                     qPrintable(QStringLiteral("kill %1 left a migration half "
                                               "applied")
                                        .arg(i)));
            QCOMPARE(appliedByLedger(db), effect);
            QCOMPARE(rawScalar(db, "SELECT count(*) FROM pragma_foreign_key_check").toLongLong(),
                     0);
            ++stoppedAfter[effect];
        }
        QVERIFY2(unexpectedFiles(dir.path(), QStringLiteral("app.db")).isEmpty(),
                 qPrintable(unexpectedFiles(dir.path(), QStringLiteral("app.db")).join(u' ')));
        QVERIFY2(filesIn(temporary.path()).isEmpty(),
                 qPrintable(filesIn(temporary.path()).join(u' ')));
        // The same command finishes the job.
        const StressRun again = runTenantctl(arguments(db), environment);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(appliedByEffect(db), QStringLiteral("004"));
        QCOMPARE(appliedByLedger(db), QStringLiteral("004"));
    }
    QStringList spread;
    for (auto it = stoppedAfter.cbegin(); it != stoppedAfter.cend(); ++it)
        spread << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    qInfo("migrations: %d of %d runs killed; state after the kill: %s", killed, m_kills,
          qPrintable(spread.join(QStringLiteral(", "))));
}

void TestStressKill::killedImportsAreAllOrNothing()
{
    // One prepared file with users and a tenant, copied for every run.
    const int rows = 1000;
    TestDatabase templateDb;
    TenancyFixture fixture(templateDb);
    fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    fixture.addTenant(QStringLiteral("acme"));
    QByteArray users = "BEGIN;";
    QByteArray csv = "user,workspace,role\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray name = "user" + QByteArray::number(i);
        users += "INSERT INTO users (id, email, username, password_hash, role) VALUES ('"
                + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "', '" + name
                + "@example.com', '" + name + "', 'x', 'developer');";
        csv += name + ",," + (i % 2 ? "member" : "workspace_admin") + "\n";
    }
    templateDb.execRaw(users + "COMMIT;");
    const QString csvPath = QDir(templateDb.dir()).filePath(QStringLiteral("rows.csv"));
    {
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }
    QTemporaryDir temporary;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TMPDIR"), temporary.path());
    environment.insert(QStringLiteral("TENANTDESK_PASSWORD"), QStringLiteral("password1"));
    const auto arguments = [&](const QString &db) {
        return QStringList{QStringLiteral("--db"),   db,
                           QStringLiteral("--user"), QStringLiteral("root"),
                           QStringLiteral("member"), QStringLiteral("import"),
                           QStringLiteral("acme"),   csvPath};
    };
    const auto freshCopy = [&](const QTemporaryDir &dir) {
        const QString db = dir.filePath(QStringLiteral("app.db"));
        if (!QFile::copy(templateDb.path(), db))
            qFatal("cannot copy the template database");
        return db;
    };
    const auto memberships = [](const QString &db) {
        return rawScalar(db, "SELECT count(*) FROM tenant_users").toLongLong();
    };
    const auto auditEntries = [](const QString &db) {
        return rawScalar(db,
                         "SELECT count(*) FROM audit_log_chain WHERE event_type = "
                         "'membership.granted'")
                .toLongLong();
    };

    qint64 duration = 0;
    {
        QTemporaryDir dir;
        const QString db = freshCopy(dir);
        const StressRun whole = runTenantctl(arguments(db), environment);
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QCOMPARE(memberships(db), rows);
        duration = whole.elapsedMs;
    }
    int killed = 0;
    int applied = 0;
    for (int i = 0; i < m_kills; ++i) {
        QTemporaryDir dir;
        const QString db = freshCopy(dir);
        const StressRun run = runTenantctl(arguments(db), environment, killPoint(duration));
        killed += run.killed ? 1 : 0;
        if (!run.killed)
            QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        const qint64 count = memberships(db);
        QVERIFY2(count == 0 || count == rows,
                 qPrintable(
                         QStringLiteral("kill %1 left %2 of %3 rows").arg(i).arg(count).arg(rows)));
        // Each grant and its audit entry commit together.
        QCOMPARE(auditEntries(db), count);
        applied += count == rows ? 1 : 0;
        QVERIFY2(unexpectedFiles(dir.path(), QStringLiteral("app.db")).isEmpty(),
                 qPrintable(unexpectedFiles(dir.path(), QStringLiteral("app.db")).join(u' ')));
        QVERIFY(filesIn(temporary.path()).isEmpty());
        const StressRun again = runTenantctl(arguments(db), environment);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(memberships(db), rows);
        QCOMPARE(auditEntries(db), rows);
    }
    qInfo("imports: %d of %d runs killed, %d had committed before the kill", killed, m_kills,
          applied);
}

void TestStressKill::killedRestoresLeaveOldOrNewContent()
{
    // The template holds state "old" in a backup and state "new" in the file; a filler table
    // makes the copy take long enough to be killed in the middle.
    TestDatabase templateDb;
    TenancyFixture fixture(templateDb);
    fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    fixture.addTenant(QStringLiteral("old"));
    templateDb.execRaw("CREATE TABLE filler (b BLOB); INSERT INTO filler SELECT randomblob(4000) "
                       "FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                       "WHERE x < 5000) SELECT x FROM c);");
    QTemporaryDir backups;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TENANTDESK_PASSWORD"), QStringLiteral("password1"));
    QTemporaryDir temporary;
    environment.insert(QStringLiteral("TMPDIR"), temporary.path());
    const auto withDb = [](const QString &db, const QStringList &rest) {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                           QStringLiteral("root")}
        + rest;
    };
    const StressRun made = runTenantctl(
            withDb(templateDb.path(),
                   {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                    QStringLiteral("--backup-dir"), backups.path()}),
            environment);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QStringList backupNames = filesIn(backups.path());
    QCOMPARE(backupNames.size(), 1);
    const QString backup = backupNames.first();
    fixture.addTenant(QStringLiteral("new"));

    const auto state = [](const QString &db) {
        return rawScalar(db,
                         "SELECT group_concat(slug) FROM (SELECT slug FROM tenants ORDER BY "
                         "slug)")
                .toString();
    };
    // Backups are named after the database file: the copies keep its name.
    const QString dbName = QFileInfo(templateDb.path()).fileName();
    const auto freshCopy = [&](const QTemporaryDir &dir) {
        const QString db = dir.filePath(dbName);
        if (!QFile::copy(templateDb.path(), db))
            qFatal("cannot copy the template database");
        return db;
    };
    const auto restoreArguments = [&](const QString &db, const QString &backupDir) {
        return withDb(db,
                      {QStringLiteral("backup"), QStringLiteral("restore"), backup,
                       QStringLiteral("--backup-dir"), backupDir});
    };
    // Each run restores from its own copy of the backup folder, which the run adds to.
    const auto backupCopy = [&](const QTemporaryDir &dir) {
        const QString copy = dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(copy);
        QFile::copy(QDir(backups.path()).filePath(backup), QDir(copy).filePath(backup));
        return copy;
    };

    qint64 duration = 0;
    {
        QTemporaryDir dir;
        const QString db = freshCopy(dir);
        const StressRun whole = runTenantctl(restoreArguments(db, backupCopy(dir)), environment);
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QCOMPARE(state(db), QStringLiteral("old"));
        duration = whole.elapsedMs;
    }
    int killed = 0;
    QMap<QString, int> outcomes;
    for (int i = 0; i < m_kills; ++i) {
        QTemporaryDir dir;
        const QString db = freshCopy(dir);
        const QString copies = backupCopy(dir);
        const StressRun run
                = runTenantctl(restoreArguments(db, copies), environment, killPoint(duration));
        killed += run.killed ? 1 : 0;
        if (!run.killed)
            QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        const QString content = state(db);
        QVERIFY2(content == QStringLiteral("old") || content == QStringLiteral("new,old"),
                 qPrintable(content));
        ++outcomes[content];
        // The backup restored from is untouched. (Leftover ".partial" safety copies are the
        // backup code's to clean up: not checked here.)
        QCOMPARE(integrityCheck(QDir(copies).filePath(backup)), QStringLiteral("ok"));
        QStringList stray = unexpectedFiles(dir.path(), dbName);
        stray.removeAll(QStringLiteral("backups"));
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u' ')));
        QVERIFY(filesIn(temporary.path()).isEmpty());
        const StressRun again = runTenantctl(restoreArguments(db, copies), environment);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(state(db), QStringLiteral("old"));
    }
    qInfo("restores: %d of %d runs killed; old content %d, new content %d", killed, m_kills,
          outcomes.value(QStringLiteral("old")), outcomes.value(QStringLiteral("new,old")));
}

QTEST_GUILESS_MAIN(TestStressKill)
#include "tst_stress_kill.moc"
