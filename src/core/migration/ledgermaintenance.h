#pragma once

#include "core/migration/migrationplan.h"
#include "core/migration/migrationstatus.h"

#include "core/access/actor.h"
#include "core/database/liveuse.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tenantdesk {

class Database;

// Changes to the ledger that run no script: baseline and repair. Each is one write
// transaction together with its audit entries, and needs the right to migrate, as the actor's
// users row has it inside that transaction (currentActor).
class LedgerMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::LedgerMaintenance)

public:
    explicit LedgerMaintenance(const Database &db);

    // Records the Up steps of plan as applied without running them: for an existing aistack
    // database whose tables the server's own code created. Returns the names recorded.
    Result<QStringList> baseline(const MigrationPlan &plan, const Actor &signedIn) const;

    // Accepts the current UP checksum of each modified migration after the admin reviewed the
    // change. Returns the names repaired. Refused like a run while others use the file
    // (LiveUse), unless live.force.
    Result<QStringList> repair(const QList<MigrationStatus> &modified, const Actor &signedIn,
                               const LiveUseOptions &live = {}) const;

private:
    const Database &m_db;
};

} // namespace tenantdesk
