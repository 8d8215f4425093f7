#include "core/tenantdata/tenantexport.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/migration/migrationledger.h"
#include "core/tenancy/tenancysql.h"
#include "core/tenantdata/exportplan.h"
#include "core/tenantdata/footprint.h"
#include "core/tenantdata/sqlitestatement.h"
#include "core/tenantdata/tablecopy.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cstdio>

namespace tenantdesk {

using namespace tenantdata;

namespace {

// The export file while it is written: closed, and removed unless kept, when it goes.
class PartialFile
{
public:
    explicit PartialFile(QString path)
        : m_path(std::move(path))
    { }
    ~PartialFile()
    {
        close();
        if (!m_kept)
            QFile::remove(m_path);
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    Result<void> open()
    {
        QFile::remove(m_path);
        const int opened = sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (opened != SQLITE_OK)
            return sqliteError(m_db, opened, m_path);
        return {};
    }
    void close()
    {
        if (m_db)
            sqlite3_close(m_db);
        m_db = nullptr;
    }
    void keep() { m_kept = true; }
    sqlite3 *db() const { return m_db; }
    QString path() const { return m_path; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_kept = false;
};

// A read transaction on the source: every table of the export comes from one snapshot, while
// aistack goes on writing (WAL readers do not block writers).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db)
        : m_db(db)
    { }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Result<void> begin()
    {
        auto begun = m_db.exec(QStringLiteral("BEGIN"));
        if (!begun)
            return begun.error();
        m_active = true;
        return {};
    }
    void end()
    {
        if (m_active)
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }

private:
    const Database &m_db;
    bool m_active = false;
};

Result<void> insertPair(sqlite3 *db, const QString &key, const QString &value)
{
    SqliteStatement insert(db, QStringLiteral("INSERT INTO manifest (key, value) VALUES (?, ?)"));
    if (!insert.isValid())
        return sqliteError(db, insert.errorCode(), QStringLiteral("manifest"));
    insert.bindText(1, key);
    insert.bindText(2, value);
    bool ok = true;
    insert.step(&ok);
    if (!ok)
        return sqliteError(db, insert.errorCode(), QStringLiteral("manifest"));
    return {};
}

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

Result<QJsonArray> appliedMigrations(const Database &db)
{
    QJsonArray names;
    if (!db.hasTable(MigrationLedger::tableName()))
        return names;
    auto rows = db.exec(
            QStringLiteral("SELECT name FROM %1 ORDER BY name").arg(MigrationLedger::tableName()));
    if (!rows)
        return tenancy::explain(db, rows.error());
    while (rows->next())
        names.append(rows->value(0).toString());
    return names;
}

// Copies the members' users rows (the people with a membership in the tenant).
Result<qint64> copyMembers(sqlite3 *source, sqlite3 *target, const QString &tenantId,
                           bool withCredentials)
{
    SqliteStatement select(
            source,
            QStringLiteral("SELECT id, username, email, role, created_at, password_hash FROM users "
                           "WHERE id IN (SELECT user_id FROM tenant_users WHERE tenant_id = ?) "
                           "ORDER BY id"));
    if (!select.isValid())
        return sqliteError(source, select.errorCode(), QStringLiteral("users"));
    select.bindText(1, tenantId);
    SqliteStatement insert(target,
                           QStringLiteral("INSERT INTO members (user_id, username, email, role, "
                                          "created_at, password_hash) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid())
        return sqliteError(target, insert.errorCode(), QStringLiteral("members"));
    qint64 members = 0;
    bool ok = true;
    while (select.step(&ok)) {
        for (int column = 0; column < 5; ++column)
            sqlite3_bind_value(insert.handle(), column + 1,
                               sqlite3_column_value(select.handle(), column));
        if (withCredentials)
            sqlite3_bind_value(insert.handle(), 6, sqlite3_column_value(select.handle(), 5));
        bool inserted = true;
        insert.step(&inserted);
        if (!inserted)
            return sqliteError(target, insert.errorCode(), QStringLiteral("members"));
        insert.reset();
        ++members;
    }
    if (!ok)
        return sqliteError(source, select.errorCode(), QStringLiteral("users"));
    return members;
}

} // namespace

TenantExporter::TenantExporter(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<TenantExportReport> TenantExporter::exportTenant(const TenantExportOptions &options,
                                                        const TransferProgress &progress) const
{
    const QString pattern = options.namespacePattern.isEmpty() ? NamespacePattern::defaultPattern()
                                                               : options.namespacePattern;
    if (auto valid = NamespacePattern::validate(pattern); !valid)
        return valid.error();
    if (options.outPath.isEmpty())
        return invalidInput(tr("Name the file to export to."));
    auto actor = currentActor(m_db, m_actor);
    if (!actor)
        return actor.error();
    if (auto allowed = AccessPolicy(m_db).require(*actor, Action::TransferTenant, {}); !allowed)
        return allowed.error();

    ReadSnapshot snapshot(m_db);
    if (auto begun = snapshot.begin(); !begun)
        return begun.error();
    auto found = findTenant(m_db, options.tenant);
    if (!found)
        return found.error();
    const Tenant tenant = *found;
    auto plan = planExport(m_db, tenant.id, pattern);
    if (!plan)
        return plan.error();
    auto footprint = countTenant(m_db, tenant.id, pattern);
    if (!footprint)
        return footprint.error();
    const qint64 total = 1 + footprint->workspaces + footprint->memberships + footprint->dataRows();

    PartialFile file(options.outPath + QStringLiteral(".partial"));
    if (auto opened = file.open(); !opened)
        return opened.error();
    sqlite3 *out = file.db();
    if (auto begun = execRaw(out, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    if (auto created = execRaw(out, exportSchemaSql()); !created)
        return created.error();

    TenantExportReport report;
    report.path = options.outPath;
    report.tenant = tenant;
    report.withCredentials = options.withCredentials;
    qint64 done = 0;
    QJsonObject counts;
    QJsonObject checksums;
    int seq = 0;
    for (ExportedTable table : *plan) {
        QStringList columns;
        QStringList placeholders;
        for (const QString &column : table.columns) {
            columns << quoted(column);
            placeholders << QStringLiteral("?");
        }
        if (auto created
            = execRaw(out,
                      QStringLiteral("CREATE TABLE %1 (%2)")
                              .arg(quoted(table.storedAs), columns.join(QStringLiteral(", "))));
            !created)
            return created.error();
        SqliteStatement insert(
                out,
                QStringLiteral("INSERT INTO %1 VALUES (%2)")
                        .arg(quoted(table.storedAs), placeholders.join(QStringLiteral(", "))));
        if (!insert.isValid())
            return sqliteError(out, insert.errorCode(), table.name);
        Error insertError;
        bool cancelled = false;
        const int width = int(table.columns.size());
        auto copied = scanTable(m_db.handle(), table.name, table.columns, table.where, table.values,
                                [&](sqlite3_stmt *row) {
                                    for (int column = 0; column < width; ++column)
                                        sqlite3_bind_value(insert.handle(), column + 1,
                                                           sqlite3_column_value(row, column));
                                    bool ok = true;
                                    insert.step(&ok);
                                    if (!ok) {
                                        insertError
                                                = sqliteError(out, insert.errorCode(), table.name);
                                        return false;
                                    }
                                    insert.reset();
                                    if (++done % 500 == 0 && progress && !progress(done, total)) {
                                        cancelled = true;
                                        return false;
                                    }
                                    return true;
                                });
        if (cancelled)
            return failure(tr("The export was cancelled; no file was written."));
        if (!insertError.message.isEmpty())
            return insertError;
        if (!copied)
            return copied.error();
        table.rows = copied->rows;
        table.sha256 = copied->sha256;
        SqliteStatement registry(out,
                                 QStringLiteral("INSERT INTO export_tables (seq, name, "
                                                "stored_as, kind, columns_json, rows, sha256) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!registry.isValid())
            return sqliteError(out, registry.errorCode(), QStringLiteral("export_tables"));
        sqlite3_bind_int(registry.handle(), 1, ++seq);
        registry.bindText(2, table.name);
        registry.bindText(3, table.storedAs);
        registry.bindText(4, table.kind);
        registry.bindText(5, compact(QJsonArray::fromStringList(table.columns)));
        sqlite3_bind_int64(registry.handle(), 6, table.rows);
        registry.bindText(7, table.sha256);
        bool ok = true;
        registry.step(&ok);
        if (!ok)
            return sqliteError(out, registry.errorCode(), QStringLiteral("export_tables"));
        counts.insert(table.name, table.rows);
        checksums.insert(table.name, table.sha256);
        report.tables.append({table.name, table.kind, table.rows, table.sha256});
    }
    auto members = copyMembers(m_db.handle(), out, tenant.id, options.withCredentials);
    if (!members)
        return members.error();
    report.members = *members;
    auto migrations = appliedMigrations(m_db);
    if (!migrations)
        return migrations.error();

    const QList<QPair<QString, QString>> manifest{
            {QStringLiteral("format"), QString::fromLatin1(kExportFormat)},
            {QStringLiteral("version"), QString::number(kExportVersion)},
            {QStringLiteral("source_file"), QFileInfo(m_db.path()).absoluteFilePath()},
            {QStringLiteral("exported_at"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("exported_by"), actor->auditName()},
            {QStringLiteral("tenant_id"), tenant.id},
            {QStringLiteral("tenant_slug"), tenant.slug},
            {QStringLiteral("namespace_pattern"), pattern},
            {QStringLiteral("namespace_prefix"), NamespacePattern::prefix(pattern, tenant.id)},
            {QStringLiteral("migrations"), compact(*migrations)},
            {QStringLiteral("with_credentials"),
             options.withCredentials ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("members"), QString::number(*members)},
            {QStringLiteral("counts"), compact(counts)},
            {QStringLiteral("sha256"), compact(checksums)}};
    for (const auto &[key, value] : manifest) {
        if (auto inserted = insertPair(out, key, value); !inserted)
            return inserted.error();
    }
    if (auto committed = execRaw(out, QStringLiteral("COMMIT")); !committed)
        return committed.error();
    file.close();
    snapshot.end();

    // Recorded on the source before the file appears: no export goes unaudited.
    {
        WriteTransaction transaction(m_db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        auto writer = currentActor(m_db, m_actor);
        if (!writer)
            return writer.error();
        if (auto allowed = AccessPolicy(m_db).require(*writer, Action::TransferTenant, {});
            !allowed)
            return allowed.error();
        QJsonObject payload = tenancy::auditPayload(*writer, tenant, {}, {});
        payload.insert(QStringLiteral("file"), QFileInfo(options.outPath).absoluteFilePath());
        payload.insert(QStringLiteral("rows"), counts);
        payload.insert(QStringLiteral("members"), *members);
        payload.insert(QStringLiteral("with_credentials"), options.withCredentials);
        if (auto logged = AuditLog(m_db).append(QStringLiteral("tenant.exported"), payload);
            !logged)
            return logged.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    // rename(2) replaces an older file of that name in one step.
    if (std::rename(QFile::encodeName(file.path()).constData(),
                    QFile::encodeName(options.outPath).constData())
        != 0)
        return failure(tr("Could not write %1.").arg(options.outPath));
    file.keep();
    if (progress)
        progress(total, total);
    qCInfo(lcTenancy) << actor->auditName() << "exported tenant" << tenant.slug << "to"
                      << options.outPath;
    return report;
}

} // namespace tenantdesk
