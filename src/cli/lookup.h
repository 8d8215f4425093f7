#pragma once

#include "core/people/user.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace tenantdesk::cli {

struct Session;

// Resolving what a command line names: tenants, workspaces, users, roles and counts.

// A tenant by slug (or id) as the actor sees it: NotFound when hidden or missing.
Result<Tenant> resolveTenant(const Session &session, const QString &slug);
Result<Workspace> resolveWorkspace(const Session &session, const Tenant &tenant,
                                   const QString &slug);
// A user by id, username or e-mail, whoever is asking: granting needs to name people outside the
// tenant. NotFound when there is no such user.
Result<User> resolveUser(const Session &session, const QString &login);
// Whom a revoke or remove names: a user by username or e-mail, or the id of a user who no
// longer exists but still holds a membership in the tenant (an orphaned membership).
struct MemberRef
{
    QString userId;
    QString label; // the username, or "deleted user <id>"
    bool exists = true;
};
Result<MemberRef> resolveMember(const Session &session, const Tenant &tenant,
                                const QString &loginOrId);
// A role name as stored (member, workspace_admin, tenant_admin); InvalidInput otherwise.
Result<TenantRole> parseRole(const QString &name);
// The positive count given with option, or whenUnset when it is not given; InvalidInput for
// anything but a positive number.
Result<int> parseLimit(const QCommandLineParser &parser, const QCommandLineOption &option,
                       int whenUnset);

} // namespace tenantdesk::cli
