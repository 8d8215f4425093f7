#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/migration/migrationplan.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/retrofitgenerator.h"

#include <QTest>

using namespace tenantdesk;

namespace {

// aistack's tenancy tables with a default tenant and workspace, plus two domain tables of a
// single-tenant installation.
void prepare(const TestDatabase &t, bool withDefaults = true)
{
    t.applyBundledSchema();
    if (withDefaults)
        t.execRaw("INSERT INTO tenants VALUES ('t-default', 'Default', 'default', NULL, 1, 1);"
                  "INSERT INTO tenants VALUES ('t-other', 'Other', 'other', NULL, 1, 1);"
                  "INSERT INTO workspaces VALUES ('w-other', 't-other', 'Main', 'default', NULL, "
                  "1, 1);"
                  "INSERT INTO workspaces VALUES ('w-default', 't-default', 'Main', 'default', "
                  "NULL, 1, 1);");
    t.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
              "CREATE INDEX idx_notes_body ON notes(body);"
              "INSERT INTO notes (body) VALUES ('a'), ('b'), ('c');"
              "CREATE TABLE \"agent runs\" (id TEXT PRIMARY KEY, status TEXT);"
              "INSERT INTO \"agent runs\" VALUES ('r1', 'done');");
    addAdmin(t.path());
}

Result<QList<MigrationOutcome>> run(const Database &db, const QByteArray &text,
                                    MigrationDirection direction)
{
    auto parsed = MigrationScript::parse(QStringLiteral("010_tenant_scope.sql"), text);
    if (!parsed)
        return parsed.error();
    MigrationPlan plan;
    plan.direction = direction;
    plan.steps.append({*parsed, direction});
    MigrationRunner runner(db);
    return runner.run(plan, admin());
}

QString scalar(const Database &db, const QString &sql)
{
    auto value = db.scalar(sql);
    return value ? value->toString() : QStringLiteral("<error: %1>").arg(value.error().message);
}

} // namespace

class TestMigrationRetrofit : public QObject
{
    Q_OBJECT

private slots:
    void retrofitAppliesBackfillsAndReverts();
    void retrofitWithWorkspaceUsesDefaultWorkspaceOfDefaultTenant();
    void retrofitStopsWithoutDefaultTenant();
    void refusesTenancyTables();
    void refusesUnknownTable();
    void refusesTableThatAlreadyHasTenantId();
};

void TestMigrationRetrofit::retrofitAppliesBackfillsAndReverts()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    const QString notesSql
            = scalar(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'notes'"));
    auto text = RetrofitGenerator(*db).generate(
            {{QStringLiteral("notes"), QStringLiteral("agent runs")},
             false,
             QStringLiteral("010_tenant_scope")});
    QVERIFY2(text, text ? "" : qPrintable(text.error().message));
    auto parsed = MigrationScript::parse(QStringLiteral("010_tenant_scope.sql"), *text);
    QVERIFY(parsed && parsed->isReversible());

    auto up = run(*db, *text, MigrationDirection::Up);
    QVERIFY2(up, up ? "" : qPrintable(up.error().message));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(DISTINCT tenant_id) FROM notes")),
             QStringLiteral("t-default"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM notes WHERE tenant_id IS NULL")),
             QStringLiteral("0"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT tenant_id FROM \"agent runs\"")),
             QStringLiteral("t-default"));
    QCOMPARE(scalar(*db,
                    QStringLiteral(
                            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                            "('idx_notes_tenant', 'idx_agent runs_tenant')")),
             QStringLiteral("2"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('notes')")),
             QStringLiteral("tenants"));
    // The new reference is enforced.
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO notes (body, tenant_id) VALUES ('x', 'nope')")));

    auto down = run(*db, *text, MigrationDirection::Down);
    QVERIFY2(down, down ? "" : qPrintable(down.error().message));
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('notes')")),
             QStringLiteral("id,body"));
    QCOMPARE(scalar(*db,
                    QStringLiteral(
                            "SELECT group_concat(name) FROM pragma_table_info('agent runs')")),
             QStringLiteral("id,status"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'notes'")),
             notesSql);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(body) FROM notes")),
             QStringLiteral("a,b,c"));
    QCOMPARE(scalar(*db,
                    QStringLiteral(
                            "SELECT count(*) FROM sqlite_master WHERE name LIKE '%tenant%' AND "
                            "tbl_name IN ('notes', 'agent runs')")),
             QStringLiteral("0"));
}

void TestMigrationRetrofit::retrofitWithWorkspaceUsesDefaultWorkspaceOfDefaultTenant()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    auto text = RetrofitGenerator(*db).generate({{QStringLiteral("notes")}, true, QString()});
    QVERIFY(text);
    auto up = run(*db, *text, MigrationDirection::Up);
    QVERIFY2(up, up ? "" : qPrintable(up.error().message));
    // Another tenant also has a workspace with slug 'default'; only the default tenant's counts.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(DISTINCT workspace_id) FROM notes")),
             QStringLiteral("w-default"));
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                   "'idx_notes_tenant_workspace'")),
             QStringLiteral("1"));
    QVERIFY(run(*db, *text, MigrationDirection::Down));
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('notes')")),
             QStringLiteral("id,body"));
}

void TestMigrationRetrofit::retrofitStopsWithoutDefaultTenant()
{
    TestDatabase t;
    prepare(t, false);
    const QByteArray before = t.dump();
    {
        auto db = t.open();
        auto text = RetrofitGenerator(*db).generate({{QStringLiteral("notes")}, false, QString()});
        QVERIFY(text);
        auto up = run(*db, *text, MigrationDirection::Up);
        QVERIFY(!up);
        QVERIFY2(up.error().message.contains(QStringLiteral("default_tenant_must_exist")),
                 qPrintable(up.error().message));
    }
    QCOMPARE(t.dump(), before);
}

void TestMigrationRetrofit::refusesTenancyTables()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    for (const QString &table :
         {QStringLiteral("tenants"), QStringLiteral("tenant_users"),
          QStringLiteral("audit_log_chain"), QStringLiteral("tenantdesk_migrations")}) {
        auto text = RetrofitGenerator(*db).generate({{table}, false, QString()});
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::InvalidInput);
    }
}

void TestMigrationRetrofit::refusesUnknownTable()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    auto text = RetrofitGenerator(*db).generate(
            {{QStringLiteral("notes"), QStringLiteral("nope")}, false, QString()});
    QVERIFY(!text);
    QCOMPARE(text.error().code, ErrorCode::NotFound);
    QVERIFY(text.error().message.contains(QStringLiteral("nope")));
}

void TestMigrationRetrofit::refusesTableThatAlreadyHasTenantId()
{
    TestDatabase t;
    prepare(t);
    t.execRaw("ALTER TABLE notes ADD COLUMN tenant_id TEXT");
    auto db = t.open();
    auto text = RetrofitGenerator(*db).generate({{QStringLiteral("notes")}, false, QString()});
    QVERIFY(!text);
    QCOMPARE(text.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestMigrationRetrofit)
#include "tst_migrationretrofit.moc"
