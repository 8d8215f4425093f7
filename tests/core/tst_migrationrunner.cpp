#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationledger.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace tenantdesk;

namespace {

MigrationPlan upPlan(const QList<MigrationScript> &scripts)
{
    MigrationPlan plan;
    for (const MigrationScript &s : scripts)
        plan.steps.append({s, MigrationDirection::Up});
    return plan;
}

// Six statements of different kinds, touching existing data and creating new objects.
QList<QByteArray> sixStatements()
{
    return {"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
            "INSERT INTO items (name) VALUES ('semi;colon'), ('-- not a comment');",
            "CREATE TRIGGER items_log AFTER INSERT ON items BEGIN\n"
            "  UPDATE base SET v = v || ';' || NEW.name;\nEND;",
            "CREATE INDEX idx_items_name ON items(name);",
            "UPDATE base SET v = v || '!';",
            "INSERT INTO base (id, v) VALUES (100, 'new');"};
}

QByteArray withUpDown(const QList<QByteArray> &statements)
{
    return "-- == UP ==\n" + statements.join('\n') + "\n-- == DOWN ==\nDROP TABLE items;\n";
}

void prepareBase(const TestDatabase &t)
{
    t.applyBundledSchema();
    t.execRaw("CREATE TABLE base (id INTEGER PRIMARY KEY, v TEXT);"
              "INSERT INTO base VALUES (1, 'one'), (2, 'two');");
    addAdmin(t.path());
}

QStringList auditEventTypes(const Database &db)
{
    auto entries = AuditLog(db).list({}, 100);
    if (!entries)
        qFatal("cannot list audit entries");
    QStringList types;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it)
        types.append(it->eventType);
    return types;
}

} // namespace

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private slots:
    void failureAtAnyStatementLeavesDatabaseUnchanged_data();
    void failureAtAnyStatementLeavesDatabaseUnchanged();
    void earlierMigrationsOfTheRunStayApplied();
    void runsTriggersStringsAndCommentsAsSqliteSplitsThem();
    void handlesByteOrderMarkAndCrlfScripts();
    void reportsProgressBeforeEachStatement();
    void countsRowsChanged();
    void cancelsLongStatementFromAnotherThreadAndRollsBack();
    void cancelBetweenStatementsRollsBack();
    void appendsAuditEntriesThatVerify();
    void bundledMigrationsApplyAndRevertCompletely();
};

void TestMigrationRunner::failureAtAnyStatementLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QByteArray>("failing");
    QTest::addColumn<QString>("sqliteMessage");
    const int count = int(sixStatements().size());
    for (int position = 1; position <= count + 1; ++position) {
        // Fails when prepared ...
        QTest::addRow("prepare error at %d", position)
                << position << QByteArray("INSERT INTO no_such_table VALUES (1);")
                << QStringLiteral("no such table: no_such_table");
        // ... and when run, after other rows of the same statement were written.
        QTest::addRow("constraint error at %d", position)
                << position << QByteArray("INSERT INTO base (id, v) VALUES (50, 'x'), (1, 'dup');")
                << QStringLiteral("UNIQUE constraint failed: base.id");
    }
}

void TestMigrationRunner::failureAtAnyStatementLeavesDatabaseUnchanged()
{
    QFETCH(int, position);
    QFETCH(QByteArray, failing);
    QFETCH(QString, sqliteMessage);
    TestDatabase t;
    prepareBase(t);
    QList<QByteArray> statements = sixStatements();
    statements.insert(position - 1, failing);
    const MigrationScript broken = script(QStringLiteral("002_steps.sql"), withUpDown(statements));
    const QByteArray before = t.dump();
    {
        auto db = t.open();
        MigrationRunner runner(*db);
        auto run = runner.run(upPlan({broken}), admin());
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Failure);
        const QString message = run.error().message;
        QVERIFY2(
                message.contains(
                        QStringLiteral("002_steps.sql (UP) failed at statement %1 ").arg(position)),
                qPrintable(message));
        QVERIFY2(message.contains(sqliteMessage), qPrintable(message));
        QVERIFY(runner.completed().isEmpty());
    }
    // Even the ledger table, created with the first migration, is gone again.
    QCOMPARE(t.dump(), before);

    // The same script without the failing statement applies: the failure was the injected one.
    statements.removeAt(position - 1);
    auto db = t.open();
    MigrationRunner runner(*db);
    auto run = runner.run(upPlan({script(QStringLiteral("002_steps.sql"), withUpDown(statements))}),
                          admin());
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QCOMPARE(db->scalar(QStringLiteral("SELECT v FROM base WHERE id = 1"))->toString(),
             QStringLiteral("one!"));
}

void TestMigrationRunner::earlierMigrationsOfTheRunStayApplied()
{
    TestDatabase t;
    prepareBase(t);
    auto db = t.open();
    const MigrationScript good
            = script(QStringLiteral("001_good.sql"), withUpDown(sixStatements()));
    const MigrationScript bad = script(QStringLiteral("002_bad.sql"),
                                       "CREATE TABLE half(x);\nINSERT INTO nowhere VALUES (1);\n");
    MigrationRunner runner(*db);
    auto run = runner.run(upPlan({good, bad}), admin());
    QVERIFY(!run);
    QVERIFY(run.error().message.contains(QStringLiteral("002_bad.sql")));
    QCOMPARE(runner.completed().size(), 1);
    QCOMPARE(runner.completed().first().name, QStringLiteral("001_good"));
    QVERIFY(db->hasTable(QStringLiteral("items")));
    QVERIFY(!db->hasTable(QStringLiteral("half")));
    auto entries = MigrationLedger(*db).entries();
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().name, QStringLiteral("001_good"));
}

void TestMigrationRunner::runsTriggersStringsAndCommentsAsSqliteSplitsThem()
{
    TestDatabase t;
    addAdmin(t.path());
    auto db = t.open();
    const MigrationScript s
            = script(QStringLiteral("001_tricky.sql"),
                     "-- ==== UP ====\n"
                     "CREATE TABLE t (n INTEGER, note TEXT);\n"
                     "CREATE TABLE log (msg TEXT);\n"
                     "/* a block comment; with a semicolon */\n"
                     "CREATE TRIGGER t_log AFTER INSERT ON t\nBEGIN\n"
                     "  INSERT INTO log VALUES ('inserted; ' || NEW.note);\n"
                     "  UPDATE t SET n = CASE WHEN NEW.n > 0 THEN NEW.n ELSE 0 END WHERE rowid = "
                     "NEW.rowid;\n"
                     "END;\n"
                     "INSERT INTO t VALUES (-5, 'it''s -- fine; really'); -- trailing; comment\n"
                     "INSERT INTO t VALUES (7, '/* not a comment */')\n"
                     "-- ==== DOWN ====\nDROP TABLE log;\nDROP TABLE t;\n");
    MigrationRunner runner(*db);
    auto run = runner.run(upPlan({s}), admin());
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QCOMPARE(run->first().statementCount, 5);
    QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(msg, '|') FROM log"))->toString(),
             QStringLiteral("inserted; it's -- fine; really|inserted; /* not a comment */"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(n, ',') FROM t"))->toString(),
             QStringLiteral("0,7"));
}

void TestMigrationRunner::handlesByteOrderMarkAndCrlfScripts()
{
    TestDatabase t;
    addAdmin(t.path());
    auto db = t.open();
    const MigrationScript s = script(QStringLiteral("001_windows.sql"),
                                     "\xEF\xBB\xBF-- == UP ==\r\nCREATE TABLE w (x);\r\n"
                                     "INSERT INTO w VALUES ('line\r\nbreak');\r\n-- == DOWN ==\r\n"
                                     "DROP TABLE w;\r\n");
    MigrationRunner runner(*db);
    QVERIFY(runner.run(upPlan({s}), admin()));
    // Line ends are normalised before running, inside strings too, as in the checksum.
    QCOMPARE(db->scalar(QStringLiteral("SELECT x FROM w"))->toString(),
             QStringLiteral("line\nbreak"));
}

void TestMigrationRunner::reportsProgressBeforeEachStatement()
{
    TestDatabase t;
    prepareBase(t);
    auto db = t.open();
    const MigrationScript first
            = script(QStringLiteral("001_six.sql"), withUpDown(sixStatements()));
    const MigrationScript second = script(QStringLiteral("002_one.sql"), "CREATE TABLE one(x);");
    QList<MigrationProgress> reports;
    MigrationRunner runner(*db);
    runner.setProgressCallback(
            [&](const MigrationProgress &progress) { reports.append(progress); });
    QVERIFY(runner.run(upPlan({first, second}), admin()));
    QCOMPARE(reports.size(), 7);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(reports.at(i).migrationIndex, 0);
        QCOMPARE(reports.at(i).migrationCount, 2);
        QCOMPARE(reports.at(i).migration, QStringLiteral("001_six"));
        QCOMPARE(reports.at(i).statementIndex, i + 1);
        QCOMPARE(reports.at(i).statementCount, 6);
        QCOMPARE(reports.at(i).statement, QString::fromUtf8(sixStatements().at(i)));
    }
    QCOMPARE(reports.at(6).migrationIndex, 1);
    QCOMPARE(reports.at(6).statementCount, 1);
    QCOMPARE(reports.at(6).statement, QStringLiteral("CREATE TABLE one(x);"));
}

void TestMigrationRunner::countsRowsChanged()
{
    TestDatabase t;
    prepareBase(t);
    auto db = t.open();
    MigrationRunner runner(*db);
    auto run = runner.run(
            upPlan({script(QStringLiteral("001_six.sql"), withUpDown(sixStatements()))}), admin());
    QVERIFY(run);
    // 2 items inserted + 2 base rows updated + 1 inserted; SQLite does not count the changes
    // its triggers make.
    QCOMPARE(run->first().rowsChanged, qint64(5));
}

void TestMigrationRunner::cancelsLongStatementFromAnotherThreadAndRollsBack()
{
    TestDatabase t;
    prepareBase(t);
    const QByteArray before = t.dump();
    auto db = t.open();
    const MigrationScript backfill = script(
            QStringLiteral("003_backfill.sql"),
            "-- == UP ==\nCREATE TABLE big (n INTEGER, pad TEXT);\n"
            "INSERT INTO big WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
            "WHERE n < 1000000) SELECT n, hex(randomblob(64)) FROM c;\n"
            "CREATE INDEX idx_big ON big(pad);\n"
            "-- == DOWN ==\nDROP TABLE big;\n");
    MigrationRunner runner(*db);
    QSemaphore longStatementStarted;
    QSemaphore cancelled;
    int lastStatement = 0;
    // The runner reports statement 2 just before it steps it; the other thread cancels then,
    // and statement 2 goes on only once it has. No timing decides where the cancel lands.
    runner.setProgressCallback([&](const MigrationProgress &progress) {
        lastStatement = progress.statementIndex;
        if (progress.statementIndex == 2) {
            longStatementStarted.release();
            cancelled.acquire();
        }
    });
    std::thread canceller([&] {
        longStatementStarted.acquire();
        runner.cancel();
        cancelled.release();
    });
    auto run = runner.run(upPlan({backfill}), admin());
    canceller.join();
    QVERIFY(!run);
    // Interrupted inside the insert (about 1.5 s of work), not stopped after it.
    QVERIFY2(run.error().message.contains(QStringLiteral("cancelled during statement 2")),
             qPrintable(run.error().message));
    QCOMPARE(lastStatement, 2);
    QVERIFY(runner.isCancelled());
    db.reset();
    QCOMPARE(t.dump(), before);
}

void TestMigrationRunner::cancelBetweenStatementsRollsBack()
{
    TestDatabase t;
    prepareBase(t);
    const QByteArray before = t.dump();
    auto db = t.open();
    MigrationRunner runner(*db);
    runner.setProgressCallback([&](const MigrationProgress &progress) {
        if (progress.statementIndex == 4)
            runner.cancel();
    });
    const MigrationScript first
            = script(QStringLiteral("001_six.sql"), withUpDown(sixStatements()));
    const MigrationScript second = script(QStringLiteral("002_one.sql"), "CREATE TABLE one(x);");
    auto run = runner.run(upPlan({first, second}), admin());
    QVERIFY(!run);
    QVERIFY2(run.error().message.contains(QStringLiteral("001_six.sql (UP) was cancelled")),
             qPrintable(run.error().message));
    QVERIFY(runner.completed().isEmpty());
    db.reset();
    QCOMPARE(t.dump(), before);
}

void TestMigrationRunner::appendsAuditEntriesThatVerify()
{
    TestDatabase t;
    addAdmin(t.path());
    auto db = t.open();
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    QVERIFY(catalog);
    auto planner = MigrationPlanner::forDatabase(*db, *catalog);
    auto plan = planner->plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(plan);
    MigrationRunner runner(*db);
    QVERIFY(runner.run(*plan, admin()));
    // 005 creates the audit table, so even its own application is recorded.
    const qsizetype count = catalog->scripts().size();
    QCOMPARE(auditEventTypes(*db), QStringList(count, QStringLiteral("migration.applied")));
    const MigrationScript &last = catalog->scripts().last();
    auto entries = AuditLog(*db).list({}, 1);
    const QJsonObject payload
            = QJsonDocument::fromJson(entries->first().payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("actor")).toString(), QStringLiteral("root"));
    QCOMPARE(payload.value(QStringLiteral("migration")).toString(), last.name());
    QCOMPARE(qint64(payload.value(QStringLiteral("version")).toDouble()), last.version());
    QCOMPARE(payload.value(QStringLiteral("checksum")).toString(),
             last.checksum(MigrationDirection::Up));
    QVERIFY(payload.contains(QStringLiteral("duration_ms")));

    auto down = MigrationPlanner::forDatabase(*db, *catalog)
                        ->plan(MigrationDirection::Down, std::nullopt);
    QVERIFY(down);
    MigrationRunner reverter(*db);
    QVERIFY(reverter.run(*down, admin()));
    QCOMPARE(auditEventTypes(*db).last(), QStringLiteral("migration.reverted"));
    auto verified = AuditLog(*db).verify();
    QVERIFY(verified);
    QVERIFY2(verified->valid, qPrintable(verified->reason));
    QCOMPARE(verified->checked, qint64(count + 1));
}

void TestMigrationRunner::bundledMigrationsApplyAndRevertCompletely()
{
    TestDatabase t;
    addAdmin(t.path());
    auto db = t.open();
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    QVERIFY(catalog);
    QVERIFY(catalog->scripts().size() >= 3);
    for (const MigrationScript &s : catalog->scripts())
        QVERIFY2(s.isReversible(), qPrintable(s.name()));
    MigrationRunner up(*db);
    QVERIFY(up.run(*MigrationPlanner::forDatabase(*db, *catalog)
                            ->plan(MigrationDirection::Up, std::nullopt),
                   admin()));
    QVERIFY(db->hasTable(QStringLiteral("tenant_users")));
    MigrationRunner down(*db);
    auto run = down.run(
            *MigrationPlanner::forDatabase(*db, *catalog)
                     ->plan(MigrationDirection::Down, *MigrationTarget::parse(QStringLiteral("0"))),
            admin());
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    // sqlite_sequence, which AUTOINCREMENT created, can never be dropped; it is left empty.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_sequence"))->toInt(), 0);
    // aistack's users table (root's row) is not the migrations' to remove.
    auto left = db->scalar(QStringLiteral("SELECT group_concat(name, ',') FROM sqlite_master "
                                          "WHERE name <> 'sqlite_sequence'"));
    QCOMPARE(left->toString(),
             QStringLiteral("users,sqlite_autoindex_users_1,sqlite_autoindex_users_2,"
                            "sqlite_autoindex_users_3,tenantdesk_migrations,"
                            "sqlite_autoindex_tenantdesk_migrations_1"));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
