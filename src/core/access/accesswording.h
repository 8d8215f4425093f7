#pragma once

#include "core/access/accesspolicy.h"
#include "core/access/heldroles.h"

#include <QString>

#include <algorithm>

namespace tenantdesk {

class Database;

// The parts of AccessPolicy's decisions written for people (architecture.md §3): the rule of
// each action, the actor's roles in a sentence and who could do it instead. Only AccessPolicy
// uses them; their texts keep AccessPolicy's translation context.
namespace accesswording {

// What architecture.md §3 asks of a user who is not a global admin.
enum class Requirement {
    GlobalAdmin,
    AnyRoleInTenant, // see tenant T
    CoversWorkspace, // see workspace W: a tenant-wide role or a grant on W
    TenantAdmin,     // tenant-wide tenant_admin of T
    WorkspaceAdmin,  // effective workspace_admin or more on W
    WorkspaceRoles,  // tenant_admin, or workspace_admin on W for roles up to workspace_admin
};

// The rule that decides action, as a clause ("running migrations needs a global admin").
QString ruleOf(Action action);
// The actor's name in a sentence ("this session" when it has none).
QString userLabel(const Actor &actor);
// How the held roles read in a sentence: "bob is member of tenant "acme"".
QString describeRoles(const Actor &actor, Requirement requirement, const HeldRoles &held,
                      const QString &tenantSlug, const QString &workspaceSlug);
// Who could do it instead: the roles needed, naming up to three users who hold them.
QString whoCouldText(const Database &db, Requirement requirement, const QString &tenantId,
                     const QString &workspaceId, const QString &tenantSlug,
                     const QString &workspaceSlug);

} // namespace accesswording

} // namespace tenantdesk
