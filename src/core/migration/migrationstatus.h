#pragma once

#include "core/migration/migrationledger.h"
#include "core/migration/migrationscript.h"

#include <QString>

#include <optional>

namespace tenantdesk {

// Where a migration stands in one database.
enum class MigrationState {
    Applied,
    Pending,
    Modified, // applied, but the file's UP section changed since (checksum differs)
    Missing,  // in the ledger, but its file is no longer in the folder
};

// "applied", "pending", "modified" or "missing": the names tenantctl --json prints.
QString migrationStateName(MigrationState state);

// One migration of a folder joined with its ledger row.
struct MigrationStatus
{
    QString name;
    qint64 version = 0;
    MigrationState state = MigrationState::Pending;
    bool reversible = false;
    std::optional<MigrationScript> script; // none when Missing
    std::optional<LedgerEntry> ledger;     // none when Pending

    bool isApplied() const { return state != MigrationState::Pending; }
};

} // namespace tenantdesk
