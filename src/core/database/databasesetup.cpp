#include "core/database/databasesetup.h"

#include "core/database/database.h"
#include "core/database/paths.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSetup, "tenantdesk.app.setup", QtWarningMsg)

namespace tenantdesk {

Result<void> applyBundledMigrations(const Database &db, const Actor &actor)
{
    auto catalog = MigrationCatalog::load(bundledMigrationsDir());
    if (!catalog)
        return catalog.error();
    auto planner = MigrationPlanner::forDatabase(db, *catalog);
    if (!planner)
        return planner.error();
    auto plan = planner->plan(MigrationDirection::Up, std::nullopt);
    if (!plan)
        return plan.error();
    MigrationRunner runner(db);
    auto outcomes = runner.run(*plan, actor);
    if (!outcomes)
        return outcomes.error();
    qCInfo(lcSetup) << "applied" << outcomes->size() << "bundled migrations to" << db.path();
    return {};
}

bool isBlankDatabase(const Database &db)
{
    for (const char *table : {"users", "tenants", "audit_log_chain"}) {
        if (db.hasTable(QString::fromLatin1(table)))
            return false;
    }
    return true;
}

bool hasTenancyTables(const Database &db)
{
    return db.hasTable(QStringLiteral("tenants")) && db.hasTable(QStringLiteral("workspaces"))
            && db.hasTable(QStringLiteral("tenant_users"));
}

} // namespace tenantdesk
