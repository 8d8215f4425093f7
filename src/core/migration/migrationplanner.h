#pragma once

#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationledger.h"
#include "core/migration/migrationplan.h"
#include "core/migration/migrationstatus.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tenantdesk {

class Database;

// Joins a folder of scripts with a database's ledger: the status of every migration and
// plans toward a target. It only reads; MigrationRunner carries plans out.
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationPlanner)

public:
    MigrationPlanner(MigrationCatalog catalog, QList<LedgerEntry> ledger);
    // Reads the ledger of db (without creating it).
    static Result<MigrationPlanner> forDatabase(const Database &db,
                                                const MigrationCatalog &catalog);

    const MigrationCatalog &catalog() const { return m_catalog; }
    // Every migration of the folder and every ledger row without a file, in run order.
    const QList<MigrationStatus> &statuses() const { return m_statuses; }
    QList<MigrationStatus> modified() const;

    // up without a target: every pending migration; down without a target: only the one
    // applied most recently. The plan is refused whole (nothing runs) when a script was
    // changed since it was applied, a step would revert an irreversible or missing
    // migration, or a script manages transactions or sets connection pragmas.
    Result<MigrationPlan> plan(MigrationDirection direction,
                               const std::optional<MigrationTarget> &target) const;

    // The pending migrations up to target, to be recorded as applied without running them.
    Result<MigrationPlan> baselinePlan(const MigrationTarget &target) const;

    // Checks the steps of a plan without a database: section statements and reversibility.
    static Result<void> validate(const MigrationPlan &plan);

private:
    // Index into statuses() of the last migration that target wants applied (-1: none).
    Result<qsizetype> lastWanted(const MigrationTarget &target) const;

    MigrationCatalog m_catalog;
    QList<MigrationStatus> m_statuses;
};

} // namespace tenantdesk
