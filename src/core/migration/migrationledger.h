#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace tenantdesk {

class Database;

// One row of the ledger: a migration that is applied.
struct LedgerEntry
{
    QString name;
    qint64 version = 0;
    QString checksum; // of the UP section that ran
    QString checksumAlg;
    QString appliedAt; // ISO-8601 UTC
    QString appliedBy;
    qint64 durationMs = 0;
    qint64 sequence = 0; // grows with every insert: the order in which rows were recorded
};

// The table tenantdesk_migrations, which records what has been applied. It is created with
// the first migration applied, inside that migration's transaction; reading never creates it
// (opening a database never changes it).
class MigrationLedger
{
public:
    explicit MigrationLedger(const Database &db);

    static QString tableName() { return QStringLiteral("tenantdesk_migrations"); }

    bool exists() const;
    // Every row in the order recorded; empty when there is no ledger yet.
    Result<QList<LedgerEntry>> entries() const;
    Result<std::optional<LedgerEntry>> entry(const QString &name) const;

    // These write, so call them inside the caller's write transaction.
    Result<void> ensureTable() const;
    Result<void> record(const LedgerEntry &entry) const;
    Result<void> remove(const QString &name) const;
    Result<void> updateChecksum(const QString &name, const QString &checksum,
                                const QString &algorithm) const;

private:
    const Database &m_db;
};

} // namespace tenantdesk
