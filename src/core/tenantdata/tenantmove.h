#pragma once

#include "core/access/actor.h"
#include "core/database/liveuse.h"
#include "core/result.h"
#include "core/tenantdata/footprint.h"
#include "core/tenantdata/tenantexport.h"
#include "core/tenantdata/tenantimport.h"

#include <QCoreApplication>
#include <QString>

namespace tenantdesk {

class Database;

struct TenantMoveOptions
{
    QString tenant;           // id or slug, on the source
    QString namespacePattern; // empty: NamespacePattern::defaultPattern()
    bool createUsers = false; // as for an import
    // The export the move goes through; empty: next to the target, named after the tenant.
    QString exportPath;
    LiveUseOptions live; // for the target, as for an import
    bool checkLiveUse = true;
};

struct TenantMoveReport
{
    Tenant tenant;
    QString targetPath;
    // A move interrupted after the import found the tenant on the target, equal to the
    // source, and only finished the deletion on the source.
    bool alreadyOnTarget = false;
    TenantImportReport import;
    QList<TransferredTable> verified; // the target's counts and checksums, equal to the export's
    Footprint deleted;                // what the source's deletion removed
};

// Moves a tenant from one installation to another: export, import into the target in one
// transaction, verify the target's counts and checksums against the export, then delete the
// tenant with its data on the source in one transaction (refused when the source changed
// since the export). There is no transaction across two files; this order keeps both whole
// and the tenant in at least one of them at every moment, and running the move again after
// an interruption finishes it: it finds the tenant on the target with equal checksums and
// only deletes it on the source.
class TenantMover
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::TenantMover)

public:
    TenantMover(const Database &source, const Actor &sourceActor, const Database &target,
                const Actor &targetActor);

    Result<TenantMoveReport> move(const TenantMoveOptions &options,
                                  const TransferProgress &progress = {}) const;

private:
    const Database &m_source;
    Actor m_sourceActor;
    const Database &m_target;
    Actor m_targetActor;
};

} // namespace tenantdesk
