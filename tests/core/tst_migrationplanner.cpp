#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/access/accesspolicy.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationledger.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tenantdesk;

namespace {

// A reversible script that creates table `table` and records its run in table `runs`.
QByteArray tableScript(const QByteArray &table)
{
    return "-- == UP ==\nCREATE TABLE IF NOT EXISTS runs(name TEXT);\nCREATE TABLE " + table
            + "(x);\nINSERT INTO runs VALUES ('" + table + "');\n-- == DOWN ==\nDROP TABLE " + table
            + ";\nDELETE FROM runs WHERE name = '" + table + "';\n";
}

class ScriptFolder
{
public:
    QString path() const { return m_dir.path(); }
    void write(const QString &fileName, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(fileName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(fileName));
    }
    void remove(const QString &fileName) const { QFile::remove(m_dir.filePath(fileName)); }
    MigrationCatalog catalog() const
    {
        auto catalog = MigrationCatalog::load(path());
        if (!catalog)
            qFatal("cannot load catalog: %s", qPrintable(catalog.error().message));
        return *catalog;
    }

private:
    QTemporaryDir m_dir;
};

MigrationPlanner plannerFor(const Database &db, const ScriptFolder &folder)
{
    auto planner = MigrationPlanner::forDatabase(db, folder.catalog());
    if (!planner)
        qFatal("cannot plan: %s", qPrintable(planner.error().message));
    return *planner;
}

std::optional<MigrationTarget> target(const QString &text)
{
    auto parsed = MigrationTarget::parse(text);
    if (!parsed)
        qFatal("bad target %s", qPrintable(text));
    return *parsed;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

QStringList stepNames(const MigrationPlan &plan)
{
    QStringList names;
    for (const MigrationStep &step : plan.steps)
        names.append(step.script.name());
    return names;
}

QStringList appliedNames(const Database &db)
{
    QStringList names;
    auto entries = MigrationLedger(db).entries();
    if (!entries)
        qFatal("cannot read ledger");
    for (const LedgerEntry &entry : *entries)
        names.append(entry.name);
    names.sort();
    return names;
}

// Plans and runs; fails the calling test on any error.
#define MIGRATE(db, folder, direction, targetText) \
    do { \
        auto plan_ = plannerFor(*db, folder) \
                             .plan(direction, \
                                   (targetText).isEmpty() ? std::nullopt : target(targetText)); \
        QVERIFY2(plan_, plan_ ? "" : qPrintable(plan_.error().message)); \
        MigrationRunner runner_(*db); \
        auto run_ = runner_.run(*plan_, admin()); \
        QVERIFY2(run_, run_ ? "" : qPrintable(run_.error().message)); \
    } while (false)

} // namespace

class TestMigrationPlanner : public QObject
{
    Q_OBJECT

private slots:
    void statusReadsWithoutCreatingTheLedger();
    void statusShowsAppliedAndPending();
    void ledgerRecordsWhoWhenAndChecksum();
    void upWithoutTargetAppliesAllPending();
    void numberTargetAppliesUpToIt();
    void numberTargetZeroRevertsEverything();
    void nameTargetKeepsItAndEarlierApplied();
    void downWithoutTargetRevertsOnlyMostRecentlyApplied();
    void duplicateNumbersAreOrderedByName();
    void refusesToRevertIrreversibleMigration();
    void refusesIrreversibleStepBeforeAnythingRuns();
    void detectsModifiedScriptAndBlocksRuns();
    void reportsMissingFileAndRefusesToRevertIt();
    void unknownTargetIsNotFound();
    void malformedTargetIsInvalidInput_data();
    void malformedTargetIsInvalidInput();
    void refusesScriptThatManagesItsTransaction_data();
    void refusesScriptThatManagesItsTransaction();
    void stopsWhenAnotherProcessAppliedTheSameMigration();
    void refusesActorWhoIsNotGlobalAdmin();
    void ignoresFilesThatAreNotMigrations();
    void refusesMissingFolder();
};

void TestMigrationPlanner::statusReadsWithoutCreatingTheLedger()
{
    TestDatabase t;
    addAdmin(t.path());
    t.execRaw("CREATE TABLE keep(x)");
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    const QByteArray before = t.dump();
    {
        auto db = t.open();
        const MigrationPlanner planner = plannerFor(*db, folder);
        QCOMPARE(planner.statuses().size(), 1);
        QCOMPARE(planner.statuses().first().state, MigrationState::Pending);
        QVERIFY(planner.plan(MigrationDirection::Up, std::nullopt));
        QVERIFY(!MigrationLedger(*db).exists());
    }
    QCOMPARE(t.dump(), before);
}

void TestMigrationPlanner::statusShowsAppliedAndPending()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QStringLiteral("1"));
    const QList<MigrationStatus> statuses = plannerFor(*db, folder).statuses();
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(0).name, QStringLiteral("001_a"));
    QCOMPARE(migrationStateName(statuses.at(0).state), QStringLiteral("applied"));
    QVERIFY(statuses.at(0).reversible);
    QCOMPARE(migrationStateName(statuses.at(1).state), QStringLiteral("pending"));
}

void TestMigrationPlanner::ledgerRecordsWhoWhenAndChecksum()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    auto entries = MigrationLedger(*db).entries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const LedgerEntry entry = entries->first();
    QCOMPARE(entry.name, QStringLiteral("001_a"));
    QCOMPARE(entry.version, qint64(1));
    QCOMPARE(entry.checksumAlg, QStringLiteral("sha256"));
    QCOMPARE(entry.checksum, folder.catalog().scripts().first().checksum(MigrationDirection::Up));
    QCOMPARE(entry.appliedBy, QStringLiteral("root"));
    QVERIFY(entry.durationMs >= 0);
    const QDateTime appliedAt = QDateTime::fromString(entry.appliedAt, Qt::ISODateWithMs);
    QVERIFY2(appliedAt.isValid() && entry.appliedAt.endsWith(QLatin1Char('Z')),
             qPrintable(entry.appliedAt));
    QVERIFY(qAbs(appliedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    auto columns = db->scalar(QStringLiteral("SELECT group_concat(name, ',') FROM "
                                             "pragma_table_info('tenantdesk_migrations')"));
    QCOMPARE(columns->toString(),
             QStringLiteral("name,version,checksum,checksum_alg,applied_at,"
                            "applied_by,duration_ms"));
}

void TestMigrationPlanner::upWithoutTargetAppliesAllPending()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    folder.write(QStringLiteral("010_c.sql"), tableScript("c"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    QCOMPARE(appliedNames(*db), names({"001_a", "002_b", "010_c"}));
    QVERIFY(db->hasTable(QStringLiteral("c")));
    auto again = plannerFor(*db, folder).plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(again && again->isEmpty());
}

void TestMigrationPlanner::numberTargetAppliesUpToIt()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    folder.write(QStringLiteral("010_c.sql"), tableScript("c"));
    auto db = t.open();
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Up, target(QStringLiteral("9")));
    QVERIFY(plan);
    QCOMPARE(stepNames(*plan), names({"001_a", "002_b"}));
    MIGRATE(db, folder, MigrationDirection::Up, QStringLiteral("9"));
    QCOMPARE(appliedNames(*db), names({"001_a", "002_b"}));
    QVERIFY(!db->hasTable(QStringLiteral("c")));
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    MIGRATE(db, folder, MigrationDirection::Down, QStringLiteral("1"));
    QCOMPARE(appliedNames(*db), names({"001_a"}));
    QVERIFY(!db->hasTable(QStringLiteral("b")));
    QVERIFY(db->hasTable(QStringLiteral("a")));
}

void TestMigrationPlanner::numberTargetZeroRevertsEverything()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Down, target(QStringLiteral("0")));
    QVERIFY(plan);
    QCOMPARE(stepNames(*plan), names({"002_b", "001_a"}));
    MIGRATE(db, folder, MigrationDirection::Down, QStringLiteral("0"));
    QVERIFY(appliedNames(*db).isEmpty());
    QVERIFY(!db->hasTable(QStringLiteral("a")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM runs"))->toInt(), 0);
}

void TestMigrationPlanner::nameTargetKeepsItAndEarlierApplied()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    folder.write(QStringLiteral("003_c.sql"), tableScript("c"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QStringLiteral("002_b"));
    QCOMPARE(appliedNames(*db), names({"001_a", "002_b"}));
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    MIGRATE(db, folder, MigrationDirection::Down, QStringLiteral("001_a.sql"));
    QCOMPARE(appliedNames(*db), names({"001_a"}));
}

void TestMigrationPlanner::downWithoutTargetRevertsOnlyMostRecentlyApplied()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("003_c.sql"), tableScript("c"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    // A file numbered lower arrives later (as with merged branches) and is applied last.
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Down, std::nullopt);
    QVERIFY(plan);
    QCOMPARE(stepNames(*plan), names({"002_b"}));
    MIGRATE(db, folder, MigrationDirection::Down, QString());
    QCOMPARE(appliedNames(*db), names({"001_a", "003_c"}));
    MIGRATE(db, folder, MigrationDirection::Down, QString());
    QCOMPARE(appliedNames(*db), names({"001_a"}));
}

void TestMigrationPlanner::duplicateNumbersAreOrderedByName()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("002_zeta.sql"), tableScript("zeta"));
    folder.write(QStringLiteral("002_alpha.sql"), tableScript("alpha"));
    folder.write(QStringLiteral("1_first.sql"), tableScript("first"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QStringLiteral("2"));
    auto order = db->scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                           "runs ORDER BY rowid)"));
    QCOMPARE(order->toString(), QStringLiteral("first,alpha,zeta"));
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Down, target(QStringLiteral("1")));
    QCOMPARE(stepNames(*plan), names({"002_zeta", "002_alpha"}));
    auto byName = plannerFor(*db, folder)
                          .plan(MigrationDirection::Down, target(QStringLiteral("002_alpha")));
    QCOMPARE(stepNames(*byName), names({"002_zeta"}));
}

void TestMigrationPlanner::refusesToRevertIrreversibleMigration()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(
            QStringLiteral("002_drop_data.sql"),
            "-- == UP ==\nCREATE TABLE b(x);\n-- == DOWN ==\n-- the data is gone; no way back\n");
    folder.write(QStringLiteral("003_c.sql"), tableScript("c"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    const QByteArray before = t.dump();
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Down, target(QStringLiteral("0")));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Conflict);
    QVERIFY2(plan.error().message.contains(QStringLiteral("002_drop_data.sql")),
             qPrintable(plan.error().message));
    QCOMPARE(t.dump(), before);
    // Reverting only what lies above it is fine.
    MIGRATE(db, folder, MigrationDirection::Down, QStringLiteral("2"));
    QCOMPARE(appliedNames(*db), names({"001_a", "002_drop_data"}));
}

void TestMigrationPlanner::refusesIrreversibleStepBeforeAnythingRuns()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), "CREATE TABLE a(x);\n"); // no markers
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    const QByteArray before = t.dump();
    // A hand-made plan that skips the planner is still checked whole by the runner: 002_b,
    // which comes first, must not be reverted either.
    MigrationPlan plan;
    plan.direction = MigrationDirection::Down;
    plan.steps = {{*folder.catalog().find(QStringLiteral("002_b")), MigrationDirection::Down},
                  {*folder.catalog().find(QStringLiteral("001_a")), MigrationDirection::Down}};
    MigrationRunner runner(*db);
    auto run = runner.run(plan, admin());
    QVERIFY(!run);
    QCOMPARE(run.error().code, ErrorCode::Conflict);
    QVERIFY(runner.completed().isEmpty());
    QCOMPARE(t.dump(), before);
}

void TestMigrationPlanner::detectsModifiedScriptAndBlocksRuns()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QStringLiteral("1"));
    // The DOWN section may be corrected later; a changed UP section means the database may
    // not hold what the file now says.
    folder.write(QStringLiteral("001_a.sql"), tableScript("a") + "-- a note in DOWN\n");
    QCOMPARE(plannerFor(*db, folder).statuses().first().state, MigrationState::Applied);
    folder.write(QStringLiteral("001_a.sql"),
                 tableScript("a").replace("CREATE TABLE a(x)", "CREATE TABLE a(x, y)"));
    const MigrationPlanner planner = plannerFor(*db, folder);
    QCOMPARE(planner.statuses().first().state, MigrationState::Modified);
    QCOMPARE(planner.modified().size(), 1);
    for (const MigrationDirection direction : {MigrationDirection::Up, MigrationDirection::Down}) {
        auto plan = planner.plan(direction, std::nullopt);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::Conflict);
        QVERIFY2(plan.error().message.contains(QStringLiteral("001_a.sql")),
                 qPrintable(plan.error().message));
    }
    // A change to line ends alone is not a modification.
    QByteArray crlf = tableScript("a");
    folder.write(QStringLiteral("001_a.sql"), crlf.replace("\n", "\r\n"));
    QCOMPARE(plannerFor(*db, folder).statuses().first().state, MigrationState::Applied);
}

void TestMigrationPlanner::reportsMissingFileAndRefusesToRevertIt()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_b.sql"), tableScript("b"));
    auto db = t.open();
    MIGRATE(db, folder, MigrationDirection::Up, QString());
    folder.remove(QStringLiteral("002_b.sql"));
    const MigrationPlanner planner = plannerFor(*db, folder);
    QCOMPARE(planner.statuses().size(), 2);
    QCOMPARE(planner.statuses().at(1).name, QStringLiteral("002_b"));
    QCOMPARE(planner.statuses().at(1).state, MigrationState::Missing);
    QCOMPARE(planner.statuses().at(1).version, qint64(2));
    auto plan = planner.plan(MigrationDirection::Down, std::nullopt);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Conflict);
    QVERIFY(plan.error().message.contains(QStringLiteral("002_b")));
    QVERIFY(planner.plan(MigrationDirection::Up, std::nullopt)->isEmpty());
}

void TestMigrationPlanner::unknownTargetIsNotFound()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    auto db = t.open();
    auto plan = plannerFor(*db, folder)
                        .plan(MigrationDirection::Up, target(QStringLiteral("001_nope")));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::NotFound);
}

void TestMigrationPlanner::malformedTargetIsInvalidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("negative") << QStringLiteral("-3");
    QTest::newRow("word") << QStringLiteral("latest");
    QTest::newRow("path") << QStringLiteral("../001_a");
    QTest::newRow("too big") << QStringLiteral("99999999999999999999999");
}

void TestMigrationPlanner::malformedTargetIsInvalidInput()
{
    QFETCH(QString, text);
    auto parsed = MigrationTarget::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
}

void TestMigrationPlanner::refusesScriptThatManagesItsTransaction_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("BEGIN") << QByteArray("BEGIN TRANSACTION;");
    QTest::newRow("COMMIT") << QByteArray("COMMIT;");
    QTest::newRow("ROLLBACK") << QByteArray("ROLLBACK;");
    QTest::newRow("SAVEPOINT") << QByteArray("SAVEPOINT s;");
    QTest::newRow("PRAGMA foreign_keys") << QByteArray("PRAGMA foreign_keys = OFF;");
}

void TestMigrationPlanner::refusesScriptThatManagesItsTransaction()
{
    QFETCH(QByteArray, statement);
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("002_sneaky.sql"),
                 "-- == UP ==\nCREATE TABLE b(x);\n" + statement
                         + "\nINSERT INTO b VALUES (1);\n"
                           "-- == DOWN ==\nDROP TABLE b;\n");
    auto db = t.open();
    const QByteArray before = t.dump();
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
    QVERIFY2(plan.error().message.contains(
                     QStringLiteral("002_sneaky.sql (UP), statement 2 (line 3)")),
             qPrintable(plan.error().message));
    // Refused before anything ran: not even 001_a, which is fine on its own.
    QCOMPARE(t.dump(), before);
}

void TestMigrationPlanner::stopsWhenAnotherProcessAppliedTheSameMigration()
{
    TestDatabase t;
    addAdmin(t.path());
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    auto db = t.open();
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Up, std::nullopt);
    QVERIFY(plan);
    {
        auto other = t.open();
        MigrationRunner otherRunner(*other);
        QVERIFY(otherRunner.run(*plan, admin()));
    }
    const QByteArray before = t.dump();
    MigrationRunner runner(*db);
    auto run = runner.run(*plan, admin());
    QVERIFY(!run);
    QCOMPARE(run.error().code, ErrorCode::Conflict);
    QVERIFY(run.error().message.contains(QStringLiteral("another process")));
    QCOMPARE(t.dump(), before);
}

void TestMigrationPlanner::refusesActorWhoIsNotGlobalAdmin()
{
    TestDatabase t;
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    Actor developer = admin();
    developer.username = QStringLiteral("dev");
    developer.globalRole = GlobalRole::Developer;
    addActor(t.path(), developer);
    auto db = t.open();
    const QByteArray before = t.dump();
    auto plan = plannerFor(*db, folder).plan(MigrationDirection::Up, std::nullopt);
    MigrationRunner runner(*db);
    auto run = runner.run(*plan, developer);
    QVERIFY(!run);
    QCOMPARE(run.error().code, ErrorCode::Denied);
    // AccessPolicy's wording of the rule (architecture.md §3).
    QVERIFY(run.error().message.contains(
            QStringLiteral("running migrations needs a global admin")));
    QCOMPARE(t.dump(), before);
    QVERIFY(AccessPolicy(*db).require(Actor::bootstrapActor(), Action::RunMigrations, {}));
}

void TestMigrationPlanner::ignoresFilesThatAreNotMigrations()
{
    ScriptFolder folder;
    folder.write(QStringLiteral("001_a.sql"), tableScript("a"));
    folder.write(QStringLiteral("README.md"), "notes");
    folder.write(QStringLiteral("schema.sql"), "not numbered");
    QCOMPARE(folder.catalog().scripts().size(), 1);
}

void TestMigrationPlanner::refusesMissingFolder()
{
    auto catalog = MigrationCatalog::load(QStringLiteral("/no/such/folder"));
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestMigrationPlanner)
#include "tst_migrationplanner.moc"
