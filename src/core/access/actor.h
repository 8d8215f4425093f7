#pragma once

#include <QString>

namespace tenantdesk {

// Global role of a user (users.role).
enum class GlobalRole { Viewer, Developer, Admin };

GlobalRole globalRoleFromString(const QString &role);
QString globalRoleName(GlobalRole role);

// Who is acting: the signed-in user, or the bootstrap actor of a database that has no users
// yet (which may only create the first admin and apply migrations).
struct Actor
{
    QString userId;
    QString username;
    QString email;
    GlobalRole globalRole = GlobalRole::Viewer;
    bool bootstrap = false;

    bool isGlobalAdmin() const { return !bootstrap && globalRole == GlobalRole::Admin; }
    // The name recorded in the audit chain and the migration ledger.
    QString auditName() const { return bootstrap ? QStringLiteral("(bootstrap)") : username; }

    static Actor bootstrapActor()
    {
        Actor actor;
        actor.bootstrap = true;
        return actor;
    }
};

} // namespace tenantdesk
