#include "core/migration/migrationledger.h"

#include "core/database/database.h"

#include <QSqlQuery>

namespace tenantdesk {

namespace {

const QString kColumns = QStringLiteral(
        "name, version, checksum, checksum_alg, applied_at, applied_by, duration_ms, rowid");

LedgerEntry entryFromQuery(const QSqlQuery &query)
{
    LedgerEntry entry;
    entry.name = query.value(0).toString();
    entry.version = query.value(1).toLongLong();
    entry.checksum = query.value(2).toString();
    entry.checksumAlg = query.value(3).toString();
    entry.appliedAt = query.value(4).toString();
    entry.appliedBy = query.value(5).toString();
    entry.durationMs = query.value(6).toLongLong();
    entry.sequence = query.value(7).toLongLong();
    return entry;
}

} // namespace

MigrationLedger::MigrationLedger(const Database &db)
    : m_db(db)
{ }

bool MigrationLedger::exists() const
{
    return m_db.hasTable(tableName());
}

Result<QList<LedgerEntry>> MigrationLedger::entries() const
{
    if (!exists())
        return QList<LedgerEntry>();
    auto query = m_db.exec(
            QStringLiteral("SELECT %1 FROM tenantdesk_migrations ORDER BY rowid").arg(kColumns));
    if (!query)
        return query.error();
    QList<LedgerEntry> entries;
    while (query->next())
        entries.append(entryFromQuery(*query));
    return entries;
}

Result<std::optional<LedgerEntry>> MigrationLedger::entry(const QString &name) const
{
    if (!exists())
        return std::optional<LedgerEntry>();
    auto query = m_db.exec(
            QStringLiteral("SELECT %1 FROM tenantdesk_migrations WHERE name = ?").arg(kColumns),
            {name});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(entryFromQuery(*query));
}

Result<void> MigrationLedger::ensureTable() const
{
    auto created = m_db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS tenantdesk_migrations ("
            "name TEXT PRIMARY KEY, version INTEGER NOT NULL, checksum TEXT NOT NULL, "
            "checksum_alg TEXT NOT NULL, applied_at TEXT NOT NULL, applied_by TEXT NOT NULL, "
            "duration_ms INTEGER NOT NULL)"));
    if (!created)
        return created.error();
    return {};
}

Result<void> MigrationLedger::record(const LedgerEntry &entry) const
{
    auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO tenantdesk_migrations (name, version, checksum, "
                           "checksum_alg, applied_at, applied_by, duration_ms) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {entry.name, entry.version, entry.checksum, entry.checksumAlg, entry.appliedAt,
             entry.appliedBy, entry.durationMs});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> MigrationLedger::remove(const QString &name) const
{
    auto removed
            = m_db.exec(QStringLiteral("DELETE FROM tenantdesk_migrations WHERE name = ?"), {name});
    if (!removed)
        return removed.error();
    return {};
}

Result<void> MigrationLedger::updateChecksum(const QString &name, const QString &checksum,
                                             const QString &algorithm) const
{
    auto updated = m_db.exec(QStringLiteral("UPDATE tenantdesk_migrations SET checksum = ?, "
                                            "checksum_alg = ? WHERE name = ?"),
                             {checksum, algorithm, name});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace tenantdesk
