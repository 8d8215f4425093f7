#pragma once

#include "core/access/actor.h"
#include "core/result.h"

namespace tenantdesk {

class Database;

// Brings a brand-new database (the default one on first start, a demo) to the bundled
// schema by running every pending migration of bundledMigrationsDir() through the
// migration engine, as `actor` (the bootstrap actor of a file without users). Only files
// TenantDesk just created get this without asking (architecture.md §2).
Result<void> applyBundledMigrations(const Database &db, const Actor &actor);

// True when the file has none of the tables TenantDesk knows (users, tenancy, audit): an
// empty file left by an earlier start that stopped before setting it up.
bool isBlankDatabase(const Database &db);

// True when the tenancy tables (tenants, workspaces, tenant_users) exist.
bool hasTenancyTables(const Database &db);

} // namespace tenantdesk
