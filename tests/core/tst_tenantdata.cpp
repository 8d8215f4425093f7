#include "core/audit/auditlog.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenantdata/footprint.h"
#include "core/tenantdata/tenantexport.h"
#include "core/tenantdata/tenantimport.h"
#include "core/tenantdata/tenantmove.h"
#include "support/tenancyfixture.h"
#include "support/tenantdatafixture.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace tenantdesk;

namespace {

const TableRows *rowsOf(const Footprint &footprint, const QString &table)
{
    for (const TableRows &rows : footprint.tables) {
        if (rows.table == table)
            return &rows;
    }
    return nullptr;
}

QString shaOf(const QList<TransferredTable> &tables, const QString &table)
{
    for (const TransferredTable &transferred : tables) {
        if (transferred.table == table)
            return transferred.sha256;
    }
    return {};
}

} // namespace

// A tenant's data (issue 16): its footprint, deletion with and without its data, export,
// import (members by e-mail, ids, schema, dry run) and move between two installations.
class TestTenantData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void footprintCountsWhatATenantOwns();
    void footprintOfAWorkspace();
    void footprintIsHiddenFromOutsiders();
    void namespacePatternIsConfigurable();
    void deleteIsRefusedWhileTheTenantOwnsData();
    void deleteWithDataRemovesOnlyThatTenantsRows();
    void exportThenImportGivesIdenticalRows();
    void exportHoldsNoPasswordHashesUnlessAsked();
    void exportIsForGlobalAdminsOnly();
    void importRefusesUnknownMembersUnlessCreatingThem();
    void importRefusesCollidingIdsUnlessNewIds();
    void importRefusesAMissingSchemaNamingTheMigrations();
    void importDryRunChangesNothing();
    void importRefusesADamagedFile();
    void moveDeletesOnTheSourceAfterVerifyingTheTarget();
    void moveRunAgainAfterTheImportOnlyDeletesOnTheSource();
    void moveRemovesItsExportBeforeTheSourcesDelete();

private:
    // A second installation with the same schema and people (same e-mails, other ids).
    void makeTarget();
    QString exportAcme(const QString &name = QStringLiteral("acme.tenant"),
                       bool withCredentials = false);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantDataFixture> m_data;
    std::unique_ptr<Database> m_db;
    Actor m_root;
    Actor m_alice;
    QString m_acme;
    QString m_globex;
    QString m_dev;
    QString m_ops;

    std::unique_ptr<TestDatabase> m_target;
    std::unique_ptr<TenancyFixture> m_targetFixture;
    std::unique_ptr<Database> m_targetDb;
    Actor m_targetRoot;
};

void TestTenantData::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_data = std::make_unique<TenantDataFixture>(*m_test);
    m_data->createTables();
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    const Actor bob = m_fixture->addActor(QStringLiteral("bob"));
    m_fixture->addActor(QStringLiteral("carol"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    m_globex = m_fixture->addTenant(QStringLiteral("globex"), QStringLiteral("Globex"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_ops = m_fixture->addWorkspace(m_acme, QStringLiteral("ops"));
    const QString globexMain = m_fixture->addWorkspace(m_globex, QStringLiteral("main"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, bob.userId, QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_globex, bob.userId, QStringLiteral("tenant_admin"));
    m_data->addRows(m_acme, m_dev, 7, 5, 4, 1);
    m_data->addRows(m_acme, m_ops, 3, 0, 2, 2);
    m_data->addRows(m_globex, globexMain, 6, 2, 3, 3);
    m_db = m_test->open();
}

void TestTenantData::cleanup()
{
    m_targetDb.reset();
    m_targetFixture.reset();
    m_target.reset();
    m_db.reset();
    m_data.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantData::makeTarget()
{
    m_target = std::make_unique<TestDatabase>();
    m_targetFixture = std::make_unique<TenancyFixture>(*m_target);
    TenantDataFixture(*m_target).createTables();
    m_targetRoot = m_targetFixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_targetFixture->addActor(QStringLiteral("alice"));
    m_targetFixture->addActor(QStringLiteral("bob"));
    m_targetDb = m_target->open();
}

QString TestTenantData::exportAcme(const QString &name, bool withCredentials)
{
    TenantExportOptions options;
    options.tenant = QStringLiteral("acme");
    options.outPath = m_test->dir() + QLatin1Char('/') + name;
    options.withCredentials = withCredentials;
    auto exported = TenantExporter(*m_db, m_root).exportTenant(options);
    if (!exported)
        qWarning("export failed: %s", qPrintable(exported.error().message));
    return options.outPath;
}

void TestTenantData::footprintCountsWhatATenantOwns()
{
    auto footprint = TenantFootprint(*m_db, m_alice).ofTenant(m_acme);
    QVERIFY2(footprint, why(footprint).constData());
    QCOMPARE(footprint->workspaces, 2);
    QCOMPARE(footprint->memberships, 2);
    QCOMPARE(footprint->tables.size(), 2); // notes and tasks: memory counts by namespace
    QCOMPARE(rowsOf(*footprint, QStringLiteral("notes"))->rows, 10);
    QVERIFY(!rowsOf(*footprint, QStringLiteral("notes"))->scanned);
    QCOMPARE(rowsOf(*footprint, QStringLiteral("tasks"))->rows, 5);
    QVERIFY(rowsOf(*footprint, QStringLiteral("tasks"))->scanned); // no index on tenant_id
    QVERIFY(footprint->hasMemory);
    QCOMPARE(footprint->memoryEntries, 4 + 2 + 2); // two workspaces' and two tenant-wide
    QCOMPARE(footprint->namespacePrefix, QStringLiteral("tenant:%1:workspace:").arg(m_acme));
    QCOMPARE(footprint->dataRows(), 10 + 5 + 8);
    QCOMPARE(footprint->scannedTables(), QStringList{QStringLiteral("tasks")});
    const QString described = TenantFootprint::describe(*footprint).join(QLatin1Char('\n'));
    QVERIFY2(described.contains(QStringLiteral("2 workspaces")), qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("10 rows in table notes")), qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("reading the whole table")), qPrintable(described));
}

void TestTenantData::footprintOfAWorkspace()
{
    auto footprint = TenantFootprint(*m_db, m_alice).ofWorkspace(m_dev);
    QVERIFY2(footprint, why(footprint).constData());
    QCOMPARE(footprint->memberships, 1);
    QCOMPARE(footprint->tables.size(), 1); // tasks has no workspace_id
    QCOMPARE(rowsOf(*footprint, QStringLiteral("notes"))->rows, 7);
    QCOMPARE(footprint->memoryEntries, 4);
}

void TestTenantData::footprintIsHiddenFromOutsiders()
{
    const Actor carol = m_fixture->addActor(QStringLiteral("dave"));
    auto footprint = TenantFootprint(*m_db, carol).ofTenant(m_acme);
    QVERIFY(!footprint);
    QCOMPARE(footprint.error().code, ErrorCode::NotFound);
}

void TestTenantData::namespacePatternIsConfigurable()
{
    QVERIFY(!NamespacePattern::validate(QStringLiteral("ws:{workspace}:t:{tenant}")));
    QVERIFY(!NamespacePattern::validate(QStringLiteral("no placeholders")));
    m_test->execRaw(QStringLiteral("INSERT INTO memory (id, key, namespace, content, created_at, "
                                   "updated_at) VALUES ('x1', 'k', 'mt/%1/a', 'c', 1, 1), "
                                   "('x2', 'k', 'mt/%1/b', 'c', 1, 1)")
                            .arg(m_acme)
                            .toUtf8());
    auto footprint = TenantFootprint(*m_db, m_root, QStringLiteral("mt/{tenant}/{workspace}"))
                             .ofTenant(m_acme);
    QVERIFY2(footprint, why(footprint).constData());
    QCOMPARE(footprint->memoryEntries, 2);
}

void TestTenantData::deleteIsRefusedWhileTheTenantOwnsData()
{
    const QByteArray before = m_test->dump();
    auto removed = TenantService(*m_db, m_root).remove(m_acme, QStringLiteral("acme"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY2(removed.error().message.contains(QStringLiteral("10 rows in table notes")),
             qPrintable(removed.error().message));
    QVERIFY2(removed.error().message.contains(QStringLiteral("8 memory entries")),
             qPrintable(removed.error().message));
    QCOMPARE(m_test->dump(), before);
    // A tenant without data is deleted as before.
    const QString empty = m_fixture->addTenant(QStringLiteral("empty"));
    QVERIFY(TenantService(*m_db, m_root).remove(empty, QStringLiteral("empty")));
}

void TestTenantData::deleteWithDataRemovesOnlyThatTenantsRows()
{
    TenantRemoval removal;
    removal.withData = true;
    auto removed = TenantService(*m_db, m_root).remove(m_acme, QStringLiteral("acme"), removal);
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants WHERE id = ?1", {m_acme}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_acme}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tasks WHERE tenant_id = ?1", {m_acme}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM memory WHERE namespace LIKE ?1",
                              {QStringLiteral("tenant:%1:%").arg(m_acme)}),
             0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_globex}), 6);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM memory WHERE namespace LIKE ?1",
                              {QStringLiteral("tenant:%1:%").arg(m_globex)}),
             4);
    const QString payload = m_fixture
                                    ->value("SELECT payload_json FROM audit_log_chain "
                                            "WHERE event_type = 'tenant.deleted'")
                                    .toString();
    QVERIFY2(payload.contains(QStringLiteral("\"data_rows\":{\"notes\":10,\"tasks\":5}")),
             qPrintable(payload));
    QVERIFY(AuditLog(*m_db).verify()->valid);
    // A tenant_admin may not delete a tenant at all, with or without its data.
    auto denied = TenantService(*m_db, m_alice).remove(m_globex, QStringLiteral("globex"), removal);
    QVERIFY(!denied);
}

void TestTenantData::exportThenImportGivesIdenticalRows()
{
    TenantExportOptions options;
    options.tenant = QStringLiteral("acme");
    options.outPath = m_test->dir() + QStringLiteral("/acme.tenant");
    qint64 lastDone = -1;
    auto exported = TenantExporter(*m_db, m_root).exportTenant(options, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(exported, why(exported).constData());
    QVERIFY(lastDone > 0);
    QVERIFY(QFile::exists(options.outPath));
    QVERIFY(!QFile::exists(options.outPath + QStringLiteral(".partial")));
    QCOMPARE(exported->members, 2);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM audit_log_chain "
                              "WHERE event_type = 'tenant.exported'"),
             1);

    makeTarget();
    TenantImportOptions importOptions;
    importOptions.file = options.outPath;
    auto imported = TenantImporter(*m_targetDb, m_targetRoot).importTenant(importOptions);
    QVERIFY2(imported, why(imported).constData());
    QVERIFY(imported->checksumsVerified);
    QCOMPARE(imported->tenant.id, m_acme);
    QCOMPARE(imported->mappedMembers.size(), 2);
    for (const QString &table :
         {QStringLiteral("tenants"), QStringLiteral("workspaces"), QStringLiteral("notes"),
          QStringLiteral("tasks"), QStringLiteral("memory")}) {
        QVERIFY2(!shaOf(exported->tables, table).isEmpty(), qPrintable(table));
        QCOMPARE(shaOf(imported->tables, table), shaOf(exported->tables, table));
    }
    // Independently of the checksums: the same rows, byte for byte.
    const QByteArray notes = "SELECT group_concat(id || '|' || title || '|' || hex(body) || '|' "
                             "|| score || '|' || workspace_id, ';') FROM (SELECT * FROM notes "
                             "WHERE tenant_id = ?1 ORDER BY id)";
    QCOMPARE(m_targetFixture->value(notes, {m_acme}), m_fixture->value(notes, {m_acme}));
    QCOMPARE(m_targetFixture->value("SELECT typeof(score) FROM notes LIMIT 1"),
             QVariant(QStringLiteral("real")));
    // Members by e-mail: the target's own user ids.
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM tenant_users tu JOIN users u ON "
                                    "u.id = tu.user_id WHERE tu.tenant_id = ?1 AND u.email IN "
                                    "('alice@example.com', 'bob@example.com')",
                                    {m_acme}),
             2);
    // The same footprint on the target.
    auto source = TenantFootprint(*m_db, m_root).ofTenant(m_acme);
    auto target = TenantFootprint(*m_targetDb, m_targetRoot).ofTenant(m_acme);
    QVERIFY(source && target);
    QCOMPARE(target->workspaces, source->workspaces);
    QCOMPARE(target->memberships, source->memberships);
    QCOMPARE(target->memoryEntries, source->memoryEntries);
    QCOMPARE(rowsOf(*target, QStringLiteral("notes"))->rows,
             rowsOf(*source, QStringLiteral("notes"))->rows);
    QCOMPARE(rowsOf(*target, QStringLiteral("tasks"))->rows,
             rowsOf(*source, QStringLiteral("tasks"))->rows);
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM audit_log_chain "
                                    "WHERE event_type = 'tenant.imported'"),
             1);
    QVERIFY(AuditLog(*m_targetDb).verify()->valid);
}

void TestTenantData::exportHoldsNoPasswordHashesUnlessAsked()
{
    const QString plain = exportAcme(QStringLiteral("plain.tenant"));
    auto countHashes = [](const QString &path) {
        auto db = Database::open(path);
        return db ? (*db)->scalar(QStringLiteral("SELECT count(password_hash) FROM members"))
                            ->toLongLong()
                  : -1;
    };
    QCOMPARE(countHashes(plain), 0);
    const QString withHashes = exportAcme(QStringLiteral("hashes.tenant"), true);
    QCOMPARE(countHashes(withHashes), 2);
}

void TestTenantData::exportIsForGlobalAdminsOnly()
{
    TenantExportOptions options;
    options.tenant = QStringLiteral("acme");
    options.outPath = m_test->dir() + QStringLiteral("/denied.tenant");
    auto exported = TenantExporter(*m_db, m_alice).exportTenant(options);
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, ErrorCode::Denied);
    QVERIFY(!QFile::exists(options.outPath));
    QVERIFY(!QFile::exists(options.outPath + QStringLiteral(".partial")));
}

void TestTenantData::importRefusesUnknownMembersUnlessCreatingThem()
{
    const QString file = exportAcme();
    m_target = std::make_unique<TestDatabase>();
    m_targetFixture = std::make_unique<TenancyFixture>(*m_target);
    TenantDataFixture(*m_target).createTables();
    m_targetRoot = m_targetFixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_targetFixture->addActor(QStringLiteral("alice"));
    m_targetDb = m_target->open();
    const QByteArray before = m_target->dump();

    TenantImportOptions options;
    options.file = file;
    auto refused = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("bob@example.com")),
             qPrintable(refused.error().message));
    QCOMPARE(m_target->dump(), before);

    options.createUsers = true;
    auto imported = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY2(imported, why(imported).constData());
    QCOMPARE(imported->createdUsers, QStringList{QStringLiteral("bob@example.com")});
    QVERIFY(m_targetFixture->value("SELECT password_hash FROM users WHERE username = 'bob'")
                    .toString()
                    .startsWith(QLatin1Char('!')));
    QCOMPARE(m_targetFixture->value("SELECT role FROM users WHERE username = 'bob'").toString(),
             QStringLiteral("developer"));
}

void TestTenantData::importRefusesCollidingIdsUnlessNewIds()
{
    const QString file = exportAcme();
    makeTarget();
    // Another tenant holds acme's id on the target.
    m_target->execRaw(QStringLiteral("INSERT INTO tenants (id, name, slug, created_at, updated_at) "
                                     "VALUES ('%1', 'Other', 'other', 1, 1)")
                              .arg(m_acme)
                              .toUtf8());
    const QByteArray before = m_target->dump();
    TenantImportOptions options;
    options.file = file;
    auto refused = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(m_acme), qPrintable(refused.error().message));
    QCOMPARE(m_target->dump(), before);

    options.newIds = true;
    auto imported = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY2(imported, why(imported).constData());
    const QString newId = imported->tenant.id;
    QVERIFY(newId != m_acme);
    auto footprint = TenantFootprint(*m_targetDb, m_targetRoot).ofTenant(newId);
    QVERIFY(footprint);
    QCOMPARE(footprint->workspaces, 2);
    QCOMPARE(rowsOf(*footprint, QStringLiteral("notes"))->rows, 10);
    QCOMPARE(rowsOf(*footprint, QStringLiteral("tasks"))->rows, 5);
    QCOMPARE(footprint->memoryEntries, 8);
    // Workspace ids were rewritten consistently: every note's workspace is one of the tenant's.
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM notes n JOIN workspaces w ON "
                                    "w.id = n.workspace_id AND w.tenant_id = n.tenant_id "
                                    "WHERE n.tenant_id = ?1",
                                    {newId}),
             10);
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM workspaces WHERE tenant_id = ?1",
                                    {m_acme}),
             0);
}

void TestTenantData::importRefusesAMissingSchemaNamingTheMigrations()
{
    m_test->execRaw("CREATE TABLE tenantdesk_migrations (name TEXT PRIMARY KEY);"
                    "INSERT INTO tenantdesk_migrations VALUES ('012_tenant_scope_notes');");
    const QString file = exportAcme();
    m_target = std::make_unique<TestDatabase>();
    m_targetFixture = std::make_unique<TenancyFixture>(*m_target);
    m_targetRoot = m_targetFixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_targetDb = m_target->open();
    const QByteArray before = m_target->dump();
    TenantImportOptions options;
    options.file = file;
    auto refused = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("table notes")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("012_tenant_scope_notes")),
             qPrintable(refused.error().message));
    QCOMPARE(m_target->dump(), before);
}

void TestTenantData::importDryRunChangesNothing()
{
    const QString file = exportAcme();
    makeTarget();
    const QByteArray before = m_target->dump();
    TenantImportOptions options;
    options.file = file;
    options.dryRun = true;
    options.createUsers = true;
    auto report = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY2(report, why(report).constData());
    QVERIFY(report->dryRun);
    QCOMPARE(shaOf(report->tables, QStringLiteral("notes")).isEmpty(), false);
    qint64 notes = 0;
    for (const TransferredTable &table : report->tables) {
        if (table.table == QLatin1String("notes"))
            notes = table.rows;
    }
    QCOMPARE(notes, 10);
    QCOMPARE(m_target->dump(), before);
}

void TestTenantData::importRefusesADamagedFile()
{
    const QString file = exportAcme();
    {
        auto db = Database::open(file);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("UPDATE t4 SET title = 'changed' WHERE rowid = 1")));
    }
    makeTarget();
    const QByteArray before = m_target->dump();
    TenantImportOptions options;
    options.file = file;
    auto refused = TenantImporter(*m_targetDb, m_targetRoot).importTenant(options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("checksum")),
             qPrintable(refused.error().message));
    QCOMPARE(m_target->dump(), before);
}

void TestTenantData::moveDeletesOnTheSourceAfterVerifyingTheTarget()
{
    makeTarget();
    TenantMoveOptions options;
    options.tenant = QStringLiteral("acme");
    options.checkLiveUse = false;
    auto moved = TenantMover(*m_db, m_root, *m_targetDb, m_targetRoot).move(options);
    QVERIFY2(moved, why(moved).constData());
    QVERIFY(!moved->alreadyOnTarget);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants WHERE id = ?1", {m_acme}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_acme}), 0);
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_acme}),
             10);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_globex}), 6);
    QVERIFY(AuditLog(*m_db).verify()->valid);
    QVERIFY(AuditLog(*m_targetDb).verify()->valid);
    // No export left behind next to the target.
    QCOMPARE(QDir(m_target->dir()).entryList({QStringLiteral("*.tenant*")}, QDir::Files),
             QStringList());
}

void TestTenantData::moveRemovesItsExportBeforeTheSourcesDelete()
{
    // A move killed after the source's delete committed must leave no export behind: when
    // the delete runs, the export is gone already. A temporary trigger on the source's
    // connection notes whether the export exists as the tenant's row is deleted.
    makeTarget();
    const QString exportPath = m_targetDb->path() + QStringLiteral(".move-%1.tenant").arg(m_acme);
    static QString watched;
    watched = exportPath;
    const auto exists = [](sqlite3_context *context, int, sqlite3_value **) {
        sqlite3_result_int(context, QFile::exists(watched) ? 1 : 0);
    };
    QCOMPARE(sqlite3_create_function(m_db->handle(), "export_exists", 0, SQLITE_UTF8, nullptr,
                                     exists, nullptr, nullptr),
             SQLITE_OK);
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TABLE seen (export_exists INTEGER)")));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER note_export BEFORE DELETE ON "
                                      "main.tenants BEGIN INSERT INTO seen "
                                      "VALUES (export_exists()); END")));

    TenantMoveOptions options;
    options.tenant = QStringLiteral("acme");
    options.checkLiveUse = false;
    auto moved = TenantMover(*m_db, m_root, *m_targetDb, m_targetRoot).move(options);
    QVERIFY2(moved, why(moved).constData());
    auto seen = m_db->exec(QStringLiteral("SELECT export_exists FROM temp.seen"));
    QVERIFY(seen);
    QVERIFY(seen->next()); // the trigger ran
    QCOMPARE(seen->value(0).toInt(), 0);
    QVERIFY(!QFile::exists(exportPath));
}

void TestTenantData::moveRunAgainAfterTheImportOnlyDeletesOnTheSource()
{
    // As if a move was killed after the target committed the import.
    const QString file = exportAcme();
    makeTarget();
    TenantImportOptions importOptions;
    importOptions.file = file;
    QVERIFY(TenantImporter(*m_targetDb, m_targetRoot).importTenant(importOptions));
    const QByteArray target = m_target->dump();

    TenantMoveOptions options;
    options.tenant = QStringLiteral("acme");
    options.checkLiveUse = false;
    auto moved = TenantMover(*m_db, m_root, *m_targetDb, m_targetRoot).move(options);
    QVERIFY2(moved, why(moved).constData());
    QVERIFY(moved->alreadyOnTarget);
    QCOMPARE(m_target->dump(), target);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants WHERE id = ?1", {m_acme}), 0);

    // A tenant that differs on the target is not deleted on the source.
    const QString globexFile = m_test->dir() + QStringLiteral("/globex.tenant");
    TenantExportOptions exportOptions;
    exportOptions.tenant = QStringLiteral("globex");
    exportOptions.outPath = globexFile;
    QVERIFY(TenantExporter(*m_db, m_root).exportTenant(exportOptions));
    importOptions.file = globexFile;
    importOptions.createUsers = true;
    QVERIFY(TenantImporter(*m_targetDb, m_targetRoot).importTenant(importOptions));
    m_target->execRaw("UPDATE notes SET title = 'edited on the target' WHERE id = 300000");
    options.tenant = QStringLiteral("globex");
    options.createUsers = true;
    auto refused = TenantMover(*m_db, m_root, *m_targetDb, m_targetRoot).move(options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_globex}), 6);
}

QTEST_GUILESS_MAIN(TestTenantData)
#include "tst_tenantdata.moc"
