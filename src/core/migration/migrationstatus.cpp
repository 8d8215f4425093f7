#include "core/migration/migrationstatus.h"

namespace tenantdesk {

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return QStringLiteral("applied");
    case MigrationState::Pending:
        break;
    case MigrationState::Modified:
        return QStringLiteral("modified");
    case MigrationState::Missing:
        return QStringLiteral("missing");
    }
    return QStringLiteral("pending");
}

} // namespace tenantdesk
