// What a plan destroys, counted on a copy and never guessed: dropped tables with their rows,
// dropped columns with their values, rows deleted directly or by ON DELETE CASCADE; a real run
// that would destroy rows is refused before it changes anything unless the loss is allowed.
// And migration 009 adds no second unique index where an equivalent one exists.

#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/migration/dataloss.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationworkflow.h"

#include <QDir>
#include <QTest>

using namespace tenantdesk;

namespace {

MigrationPlan planOf(const QList<MigrationStep> &steps)
{
    MigrationPlan plan;
    plan.steps = steps;
    plan.direction = steps.isEmpty() ? MigrationDirection::Up : steps.first().direction;
    return plan;
}

MigrationStep up(const QString &fileName, const QByteArray &sql)
{
    return {script(fileName, "-- == UP ==\n" + sql + "\n-- == DOWN ==\nSELECT 1;\n"),
            MigrationDirection::Up};
}

// The bundled migrations applied by the engine, with two tenants, a workspace of one of them
// and a membership in it.
void prepareTenants(const TestDatabase &t)
{
    auto db = t.open();
    addAdmin(t.path());
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    MigrationRequest request;
    request.plan = *MigrationPlanner(*catalog, {}).plan(MigrationDirection::Up, std::nullopt);
    request.backup = false;
    const MigrationReport report = MigrationWorkflow().run(*db, admin(), request);
    if (!report.ok())
        qFatal("bundled migrations failed: %s", qPrintable(report.error->message));
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'One', 'one', NULL, 1, 1),"
              " ('t2', 'Two', 'two', NULL, 1, 1);"
              "INSERT INTO workspaces VALUES ('w1', 't1', 'W', 'w', NULL, 1, 1);"
              "INSERT INTO tenant_users VALUES ('t1', 'u1', 'w1', 'member', 1);");
}

Result<MigrationPlan> downTo(const Database &db, int target)
{
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    auto planner = MigrationPlanner::forDatabase(db, *catalog);
    return planner->plan(MigrationDirection::Down,
                         *MigrationTarget::parse(QString::number(target)));
}

DataLoss dropped(const QString &table, qint64 rows)
{
    return {DataLoss::Kind::DroppedTable, table, {}, rows, {}};
}

} // namespace

class TestDataLoss : public QObject
{
    Q_OBJECT

private slots:
    void censusNamesDroppedTablesColumnsAndCascades();
    void renamesAndEmptyTablesLoseNothing();
    void onlyPlansThatCanDestroyAreCountedOnACopy();
    void revertingTenancyIsRefusedUnchangedUnlessAllowed();
    void dryRunReportsWhatEachStepDestroys();
    void equivalentUniqueIndexIsNotAddedTwice();
};

void TestDataLoss::censusNamesDroppedTablesColumnsAndCascades()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT);"
              "CREATE TABLE children (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES "
              "parents(id) ON DELETE CASCADE, note TEXT, gone TEXT);"
              "CREATE TABLE doomed (x);"
              "INSERT INTO parents VALUES (1, 'a'), (2, 'b');"
              "INSERT INTO children VALUES (1, 1, 'x', 'g1'), (2, 1, NULL, 'g2'), "
              "(3, 2, 'y', NULL);"
              "INSERT INTO doomed VALUES (1), (2), (3);");
    auto db = t.open();
    auto before = DataCensus::take(*db);
    QVERIFY(before);
    QCOMPARE(before->tables().value(QStringLiteral("children")).rows, 3);
    QCOMPARE(before->tables()
                     .value(QStringLiteral("children"))
                     .nonNull.value(QStringLiteral("note")),
             2);
    // One DELETE, and a cascade to two rows of another table.
    QVERIFY(db->exec(QStringLiteral("DELETE FROM parents WHERE id = 1")));
    QVERIFY(db->exec(QStringLiteral("ALTER TABLE children DROP COLUMN gone")));
    QVERIFY(db->exec(QStringLiteral("DROP TABLE doomed")));
    auto after = DataCensus::take(*db);
    QVERIFY(after);
    const QList<DataLoss> lost = DataCensus::lost(*before, *after);
    const QList<DataLoss> expected{
            {DataLoss::Kind::DeletedRows,
             QStringLiteral("children"),
             {},
             2,
             QStringLiteral("parents")},
            {DataLoss::Kind::DroppedColumn,
             QStringLiteral("children"),
             QStringLiteral("gone"),
             2,
             {}},
            dropped(QStringLiteral("doomed"), 3),
            {DataLoss::Kind::DeletedRows, QStringLiteral("parents"), {}, 1, {}},
    };
    QCOMPARE(lost, expected);
    QCOMPARE(destroyedCount(lost), 8);
    QCOMPARE(describeDataLoss(lost.at(2)), QStringLiteral("3 rows of doomed (table dropped)"));
    // The rows the cascade removed are named as such, next to the table that caused it.
    QCOMPARE(describeDataLoss(lost.at(0)),
             QStringLiteral("2 rows of children (removed by ON DELETE CASCADE from parents)"));
    QCOMPARE(describeDataLoss(lost.at(3)), QStringLiteral("1 row of parents (deleted)"));
}

void TestDataLoss::renamesAndEmptyTablesLoseNothing()
{
    TestDatabase t;
    t.execRaw("CREATE TABLE old_name (id INTEGER PRIMARY KEY, old_column TEXT);"
              "CREATE TABLE empty (x);"
              "INSERT INTO old_name VALUES (1, 'a'), (2, 'b');");
    auto db = t.open();
    auto before = DataCensus::take(*db);
    QVERIFY(db->exec(QStringLiteral("ALTER TABLE old_name RENAME COLUMN old_column TO body")));
    QVERIFY(db->exec(QStringLiteral("ALTER TABLE old_name RENAME TO notes")));
    QVERIFY(db->exec(QStringLiteral("DROP TABLE empty")));
    auto after = DataCensus::take(*db);
    QCOMPARE(DataCensus::lost(*before, *after), QList<DataLoss>());
}

void TestDataLoss::onlyPlansThatCanDestroyAreCountedOnACopy()
{
    QVERIFY(!planMayDestroyData(planOf(
            {up(QStringLiteral("001_a.sql"),
                "CREATE TABLE a (x);\nCREATE TRIGGER a_t BEFORE DELETE ON a BEGIN SELECT 1; END;\n"
                "INSERT INTO a VALUES (1);\nUPDATE a SET x = 2;\nALTER TABLE a ADD COLUMN y;")})));
    QVERIFY(planMayDestroyData(planOf({up(QStringLiteral("001_a.sql"), "DROP TABLE a;")})));
    QVERIFY(planMayDestroyData(
            planOf({up(QStringLiteral("001_a.sql"), "ALTER TABLE a DROP COLUMN y;")})));
    QVERIFY(planMayDestroyData(planOf({up(QStringLiteral("001_a.sql"), "delete from a;")})));
    QVERIFY(planMayDestroyData(
            planOf({up(QStringLiteral("001_a.sql"), "INSERT OR REPLACE INTO a VALUES (1);")})));
    MigrationStep down = up(QStringLiteral("001_a.sql"), "CREATE TABLE a (x);");
    down.direction = MigrationDirection::Down;
    QVERIFY(planMayDestroyData(planOf({down})));
}

void TestDataLoss::revertingTenancyIsRefusedUnchangedUnlessAllowed()
{
    TestDatabase t;
    prepareTenants(t);
    const QByteArray before = t.dump();
    {
        auto db = t.open();
        auto plan = downTo(*db, 5);
        QVERIFY(plan);
        // 012, 011, 010, 009, then 008, which drops the tenancy tables.
        QCOMPARE(plan->steps.size(), 5);
        MigrationRequest request;
        request.plan = *plan;
        const MigrationReport refused = MigrationWorkflow().run(*db, admin(), request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->code, ErrorCode::Conflict);
        QVERIFY2(refused.error->message.contains(
                         QStringLiteral("2 rows of tenants (table dropped)")),
                 qPrintable(refused.error->message));
        QVERIFY(refused.error->message.contains(QStringLiteral("Nothing was changed")));
        QVERIFY(refused.completed.isEmpty());
        QVERIFY(refused.checkedOnCopy && refused.checkedOnCopy->countedOnCopy);
        QVERIFY(!refused.backup); // the backup made for the run went again
        QVERIFY(QDir(DatabaseBackup::defaultDir(t.path())).isEmpty());
    }
    QCOMPARE(t.dump(), before);

    auto db = t.open();
    MigrationRequest request;
    request.plan = *downTo(*db, 5);
    request.allowDataLoss = true;
    const MigrationReport report = MigrationWorkflow().run(*db, admin(), request);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error->message));
    QCOMPARE(report.completed.size(), 5);
    QVERIFY(report.backup);
    // 008's DOWN: the counts from the copy counted just before, cascades included.
    const QList<DataLoss> expected{dropped(QStringLiteral("tenant_users"), 1),
                                   dropped(QStringLiteral("tenants"), 2),
                                   dropped(QStringLiteral("workspaces"), 1)};
    QCOMPARE(report.completed.last().destroyed, expected);
    QVERIFY(report.completed.at(0).destroyed.isEmpty()); // 012 drops an index only
    QVERIFY(report.completed.at(2).destroyed.isEmpty()); // 010 drops an index only
    QVERIFY(!db->hasTable(QStringLiteral("tenants")));
}

void TestDataLoss::dryRunReportsWhatEachStepDestroys()
{
    TestDatabase t;
    prepareTenants(t);
    t.execRaw("INSERT INTO workspaces VALUES ('w2', 't2', 'W2', 'w2', NULL, 1, 1);");
    const QByteArray before = t.dump();
    auto db = t.open();
    MigrationRequest request;
    request.mode = MigrationRequest::Mode::DryRun;
    request.plan.steps
            = {up(QStringLiteral("900_cleanup.sql"), "DELETE FROM tenants WHERE id = 't1';")};
    const MigrationReport report = MigrationWorkflow().run(*db, admin(), request);
    QVERIFY(report.ok());
    // The cascade took the tenant's workspace and membership with it.
    const QList<DataLoss> expected{
            {DataLoss::Kind::DeletedRows,
             QStringLiteral("tenant_users"),
             {},
             1,
             QStringLiteral("tenants")},
            {DataLoss::Kind::DeletedRows, QStringLiteral("tenants"), {}, 1, {}},
            {DataLoss::Kind::DeletedRows,
             QStringLiteral("workspaces"),
             {},
             1,
             QStringLiteral("tenants")}};
    QCOMPARE(report.completed.first().destroyed, expected);
    QCOMPARE(t.dump(), before);
}

void TestDataLoss::equivalentUniqueIndexIsNotAddedTwice()
{
    auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    QVERIFY(catalog);
    MigrationPlan upTo8;
    MigrationPlan only9;
    for (const MigrationScript &s : catalog->scripts()) {
        if (s.version() <= 8)
            upTo8.steps.append({s, MigrationDirection::Up});
        else if (s.version() == 9)
            only9.steps.append({s, MigrationDirection::Up});
    }
    QCOMPARE(only9.steps.size(), 1);
    const auto uniqueIndexesOfMemberships = [](const Database &db) {
        QStringList names;
        auto rows = db.exec(QStringLiteral("SELECT name FROM pragma_index_list('tenant_users') "
                                           "WHERE \"unique\" = 1 AND origin = 'c' ORDER BY name"));
        while (rows->next())
            names.append(rows->value(0).toString());
        return names;
    };
    for (const bool aistackHasOne : {true, false}) {
        TestDatabase t;
        auto db = t.open();
        addAdmin(t.path());
        MigrationRequest request;
        request.backup = false;
        request.plan = upTo8;
        QVERIFY(MigrationWorkflow().run(*db, admin(), request).ok());
        // aistack's multi-tenancy release: the same rule under its own name and spelling.
        if (aistackHasOne)
            t.execRaw("CREATE UNIQUE INDEX tenant_users_scope_unique ON tenant_users "
                      "(\"tenant_id\", user_id, coalesce( workspace_id ,''));");
        request.plan = only9;
        const MigrationReport report = MigrationWorkflow().run(*db, admin(), request);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error->message));
        if (aistackHasOne) {
            QCOMPARE(uniqueIndexesOfMemberships(*db),
                     QStringList{QStringLiteral("tenant_users_scope_unique")});
            QCOMPARE(report.completed.first().notes.size(), 1);
            QVERIFY(report.completed.first().notes.first().contains(
                    QStringLiteral("tenant_users_scope_unique")));
        } else {
            QCOMPARE(uniqueIndexesOfMemberships(*db),
                     QStringList{QStringLiteral("idx_tenant_users_unique_scope")});
            QVERIFY(report.completed.first().notes.isEmpty());
        }
        // The rule holds either way: a second tenant-wide row is refused.
        QVERIFY(db->exec(
                QStringLiteral("INSERT INTO tenants VALUES ('t1', 'One', 'one', NULL, 1, 1)")));
        QVERIFY(db->exec(
                QStringLiteral("INSERT INTO tenant_users VALUES ('t1', 'u1', NULL, 'member', 1)")));
        QVERIFY(!db->exec(
                QStringLiteral("INSERT INTO tenant_users VALUES ('t1', 'u1', NULL, 'member', 2)")));
    }
}

QTEST_GUILESS_MAIN(TestDataLoss)
#include "tst_dataloss.moc"
