#include "core/access/actor.h"

namespace tenantdesk {

GlobalRole globalRoleFromString(const QString &role)
{
    if (role == QLatin1String("admin"))
        return GlobalRole::Admin;
    if (role == QLatin1String("developer"))
        return GlobalRole::Developer;
    return GlobalRole::Viewer; // unknown roles get the least rights
}

QString globalRoleName(GlobalRole role)
{
    switch (role) {
    case GlobalRole::Admin:
        return QStringLiteral("admin");
    case GlobalRole::Developer:
        return QStringLiteral("developer");
    case GlobalRole::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

} // namespace tenantdesk
