#pragma once

#include <QString>

namespace tenantdesk {

// The database both programs open when none is named: tenantdesk.db in the user's data
// folder (QStandardPaths::AppDataLocation of organisation TenantDesk, application tenantdesk).
QString defaultDatabasePath();

// The folder of the bundled migrations: $TENANTDESK_MIGRATIONS_DIR, else
// share/tenantdesk/migrations beside the program's bin/ folder (installed, or the build
// tree's link to the source tree's migrations/).
QString bundledMigrationsDir();

} // namespace tenantdesk
