#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include "core/access/heldroles.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenantdesk {

class Database;

// Everything architecture.md §3 regulates. Names (actionName) are what `tenantctl can` accepts.
enum class Action {
    ViewTenant,
    CreateTenant,
    DeleteTenant,
    RenameTenant,
    EditTenantSettings,
    ViewWorkspace,
    CreateWorkspace,
    RenameWorkspace,
    DeleteWorkspace,
    EditWorkspaceSettings,
    ManageTenantRole,    // grant, change or revoke a tenant-wide role
    ManageWorkspaceRole, // grant, change or revoke a role on one workspace
    RunMigrations,
    Provision,
    VerifyAudit,
    ViewAudit,
    ManageUsers,    // create, lock, unlock, reset, rename, change the global role of, delete users
    TransferTenant, // export, import or move a whole tenant (and delete it with its data rows)
};

QString actionName(Action action); // e.g. "tenant.create", "member.grant-workspace"
std::optional<Action> actionFromName(const QString &name);
// Every action name, in the order of the Action enum (for help texts and completion).
QStringList actionNames();

// What an action applies to. For ManageTenantRole/ManageWorkspaceRole, `role` is the
// highest role involved (the role granted, or the role held before a change or revoke).
struct AccessTarget
{
    QString tenantId;
    QString workspaceId;
    TenantRole role = TenantRole::None;
};

// The answer to "may this actor do this, and why". `rule` names the rule of architecture.md §3 that
// decided; `whoCould` says who could do it instead when it is refused.
struct AccessDecision
{
    bool allowed = false;
    QString rule;
    QString whoCould;
    // How the actor's own roles led to the answer ("bob is member of tenant "acme"").
    QString reason;
    // One sentence for people: the rule, and on refusal who could do it.
    QString message() const;
    // Nothing when allowed; a Denied error carrying message() when refused.
    Result<void> toResult() const;
};

// Default-deny access rules, evaluated from the database on every call (no cache: another
// process may change memberships at any time).
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::AccessPolicy)

public:
    explicit AccessPolicy(const Database &db);

    // The highest of the user's tenant-wide grant in the tenant and their grant on the
    // workspace (when one is given). None when the user has neither.
    Result<TenantRole> effectiveRole(const QString &userId, const QString &tenantId,
                                     const QString &workspaceId = {}) const;
    // The highest role the user holds anywhere in the tenant (any workspace or tenant-wide).
    Result<TenantRole> highestRoleInTenant(const QString &userId, const QString &tenantId) const;

    Result<AccessDecision> decide(const Actor &actor, Action action,
                                  const AccessTarget &target) const;
    // decide(), with a refusal turned into a Denied error carrying the decision's message.
    Result<void> require(const Actor &actor, Action action, const AccessTarget &target) const;

    // The decision where the actor alone settles it: every action of the bootstrap actor and
    // of a global admin, and every action only a global admin may take (run migrations,
    // provision, ...). It reads no database, so a thread without a connection may ask (the
    // window gating Tools > Migrations). Nothing when the answer depends on the actor's roles
    // in a tenant. decide() gives the same answer for every action this settles.
    static std::optional<AccessDecision> decideForActor(const Actor &actor, Action action);

    // From now on decide() remembers what it read (workspaces, tenant slugs and the actors'
    // roles) instead of reading it again: for a batch inside one write transaction, whose
    // own writes are the only changes. Call forgetRoles() after each write of a grant of a
    // user whose roles were read (the acting user's own).
    void rememberWithinTransaction() { m_remembering = true; }
    void forgetRoles() const { m_roles.clear(); }

private:
    Result<std::optional<Workspace>> workspace(const QString &id) const;
    Result<QString> tenantSlug(const QString &id) const;
    Result<accesswording::HeldRoles> rolesOf(const QString &userId, const QString &tenantId,
                                             const QString &workspaceId) const;

    const Database &m_db;
    bool m_remembering = false;
    mutable QHash<QString, std::optional<Workspace>> m_workspaces;
    mutable QHash<QString, QString> m_tenantSlugs;
    mutable QHash<QString, accesswording::HeldRoles> m_roles; // by "user|tenant|workspace"
};

} // namespace tenantdesk
