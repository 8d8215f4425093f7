#include "core/access/accesspolicy.h"

#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace tenantdesk {

namespace {

struct ActionName
{
    Action action;
    const char *name;
};

constexpr std::array kActionNames = {
        ActionName{Action::ViewTenant, "tenant.view"},
        ActionName{Action::CreateTenant, "tenant.create"},
        ActionName{Action::DeleteTenant, "tenant.delete"},
        ActionName{Action::RenameTenant, "tenant.rename"},
        ActionName{Action::EditTenantSettings, "tenant.settings"},
        ActionName{Action::ViewWorkspace, "workspace.view"},
        ActionName{Action::CreateWorkspace, "workspace.create"},
        ActionName{Action::RenameWorkspace, "workspace.rename"},
        ActionName{Action::DeleteWorkspace, "workspace.delete"},
        ActionName{Action::EditWorkspaceSettings, "workspace.settings"},
        ActionName{Action::ManageTenantRole, "member.grant-tenant"},
        ActionName{Action::ManageWorkspaceRole, "member.grant-workspace"},
        ActionName{Action::RunMigrations, "migrate"},
        ActionName{Action::Provision, "provision"},
        ActionName{Action::VerifyAudit, "audit.verify"},
        ActionName{Action::ViewAudit, "audit.view"},
        ActionName{Action::ManageUsers, "user.manage"},
        ActionName{Action::TransferTenant, "tenant.transfer"},
};

// What architecture.md §3 asks of a user who is not a global admin.
enum class Requirement {
    GlobalAdmin,
    AnyRoleInTenant, // see tenant T
    CoversWorkspace, // see workspace W: a tenant-wide role or a grant on W
    TenantAdmin,     // tenant-wide tenant_admin of T
    WorkspaceAdmin,  // effective workspace_admin or more on W
    WorkspaceRoles,  // tenant_admin, or workspace_admin on W for roles up to workspace_admin
};

Requirement requirementOf(Action action)
{
    switch (action) {
    case Action::ViewTenant:
        return Requirement::AnyRoleInTenant;
    case Action::ViewWorkspace:
        return Requirement::CoversWorkspace;
    case Action::RenameTenant:
    case Action::EditTenantSettings:
    case Action::CreateWorkspace:
    case Action::RenameWorkspace:
    case Action::DeleteWorkspace:
    case Action::ManageTenantRole:
    case Action::ViewAudit: // the entries of T; all of them only for a global admin
        return Requirement::TenantAdmin;
    case Action::EditWorkspaceSettings:
        return Requirement::WorkspaceAdmin;
    case Action::ManageWorkspaceRole:
        return Requirement::WorkspaceRoles;
    case Action::CreateTenant:
    case Action::DeleteTenant:
    case Action::RunMigrations:
    case Action::Provision:
    case Action::VerifyAudit:
    case Action::ManageUsers:
    case Action::TransferTenant:
        break;
    }
    return Requirement::GlobalAdmin;
}

QString ruleOf(Action action)
{
    switch (action) {
    case Action::ViewTenant:
        return AccessPolicy::tr("seeing a tenant needs a role in it");
    case Action::ViewWorkspace:
        return AccessPolicy::tr(
                "seeing a workspace needs a tenant-wide role in its tenant or a grant on that "
                "workspace");
    case Action::CreateTenant:
        return AccessPolicy::tr("creating a tenant needs a global admin");
    case Action::DeleteTenant:
        return AccessPolicy::tr("deleting a tenant needs a global admin");
    case Action::RenameTenant:
    case Action::EditTenantSettings:
        return AccessPolicy::tr(
                "renaming a tenant or editing its settings needs a tenant_admin of the tenant");
    case Action::CreateWorkspace:
    case Action::RenameWorkspace:
    case Action::DeleteWorkspace:
        return AccessPolicy::tr(
                "creating, renaming or deleting a workspace needs a tenant_admin of its tenant");
    case Action::EditWorkspaceSettings:
        return AccessPolicy::tr(
                "editing a workspace's settings needs a tenant_admin of its tenant or a "
                "workspace_admin of the workspace");
    case Action::ManageTenantRole:
        return AccessPolicy::tr(
                "granting, changing or revoking a tenant-wide role needs a tenant_admin of the "
                "tenant");
    case Action::ManageWorkspaceRole:
        return AccessPolicy::tr(
                "granting, changing or revoking a role on a workspace needs a tenant_admin of its "
                "tenant, or a workspace_admin of the workspace for roles up to workspace_admin");
    case Action::RunMigrations:
        return AccessPolicy::tr("running migrations needs a global admin");
    case Action::Provision:
        return AccessPolicy::tr("provisioning needs a global admin");
    case Action::VerifyAudit:
        return AccessPolicy::tr("verifying the audit chain needs a global admin");
    case Action::ViewAudit:
        return AccessPolicy::tr(
                "viewing the audit entries of a tenant needs a tenant_admin of the tenant; all "
                "entries, a global admin");
    case Action::ManageUsers:
        return AccessPolicy::tr(
                "creating, locking, resetting, renaming or removing people needs a global "
                "admin");
    case Action::TransferTenant:
        return AccessPolicy::tr(
                "exporting, importing or moving a tenant, or deleting it with its data rows, "
                "needs a global admin");
    }
    return {};
}

// The roles a user holds in one tenant, as far as one decision needs them.
struct HeldRoles
{
    TenantRole tenantWide = TenantRole::None;
    TenantRole onWorkspace = TenantRole::None;
    TenantRole anywhere = TenantRole::None;
    TenantRole effective() const { return std::max(tenantWide, onWorkspace); }
};

const QString kRoleRank = QStringLiteral(
        "CASE role WHEN 'tenant_admin' THEN 3 WHEN 'workspace_admin' THEN 2 WHEN 'member' THEN 1 "
        "ELSE 0 END");

TenantRole roleFromRank(const QVariant &rank)
{
    const int value = rank.isNull() ? 0 : rank.toInt();
    return value >= 1 && value <= 3 ? TenantRole(value) : TenantRole::None;
}

Result<HeldRoles> heldRoles(const Database &db, const QString &userId, const QString &tenantId,
                            const QString &workspaceId)
{
    HeldRoles held;
    if (userId.isEmpty() || tenantId.isEmpty())
        return held;
    // One pass over the user's rows in the tenant (unique index on tenant_id, user_id, ...).
    auto query = db.exec(QStringLiteral("SELECT max(CASE WHEN workspace_id IS NULL THEN r END), "
                                        "max(CASE WHEN workspace_id = ? THEN r END), max(r) "
                                        "FROM (SELECT workspace_id, %1 AS r FROM tenant_users "
                                        "WHERE tenant_id = ? AND user_id = ?)")
                                 .arg(kRoleRank),
                         {workspaceId, tenantId, userId});
    if (!query)
        return tenancy::explain(db, query.error());
    if (query->next()) {
        held.tenantWide = roleFromRank(query->value(0));
        held.onWorkspace = workspaceId.isEmpty() ? TenantRole::None : roleFromRank(query->value(1));
        held.anywhere = roleFromRank(query->value(2));
    }
    return held;
}

QString userLabel(const Actor &actor)
{
    return actor.username.isEmpty() ? AccessPolicy::tr("this session") : actor.username;
}

QString placeLabel(const QString &tenantSlug, const QString &workspaceSlug)
{
    if (workspaceSlug.isEmpty())
        return AccessPolicy::tr("tenant \"%1\"").arg(tenantSlug);
    return AccessPolicy::tr("workspace \"%1/%2\"").arg(tenantSlug, workspaceSlug);
}

// How the held roles read in a sentence: "bob is member of tenant "acme"".
QString describeRoles(const Actor &actor, Requirement requirement, const HeldRoles &held,
                      const QString &tenantSlug, const QString &workspaceSlug)
{
    const QString who = userLabel(actor);
    if (requirement == Requirement::AnyRoleInTenant) {
        if (held.anywhere == TenantRole::None)
            return AccessPolicy::tr("%1 has no role in tenant \"%2\"").arg(who, tenantSlug);
        return AccessPolicy::tr("%1 holds %2 in tenant \"%3\"")
                .arg(who, tenantRoleName(held.anywhere), tenantSlug);
    }
    const bool tenantWide = held.tenantWide != TenantRole::None;
    const bool onWorkspace = held.onWorkspace != TenantRole::None;
    if (tenantWide && onWorkspace)
        return AccessPolicy::tr("%1 is %2 of tenant \"%3\" and %4 on workspace \"%3/%5\"")
                .arg(who, tenantRoleName(held.tenantWide), tenantSlug,
                     tenantRoleName(held.onWorkspace), workspaceSlug);
    if (tenantWide)
        return AccessPolicy::tr("%1 is %2 of tenant \"%3\"")
                .arg(who, tenantRoleName(held.tenantWide), tenantSlug);
    if (onWorkspace)
        return AccessPolicy::tr("%1 is %2 on workspace \"%3/%4\"")
                .arg(who, tenantRoleName(held.onWorkspace), tenantSlug, workspaceSlug);
    if (held.anywhere != TenantRole::None)
        return workspaceSlug.isEmpty()
                ? AccessPolicy::tr("%1 holds grants only on single workspaces of tenant \"%2\"")
                          .arg(who, tenantSlug)
                : AccessPolicy::tr("%1 holds grants only on other workspaces of tenant \"%2\"")
                          .arg(who, tenantSlug);
    return AccessPolicy::tr("%1 has no role in %2").arg(who, placeLabel(tenantSlug, workspaceSlug));
}

// Up to three usernames that hold one of `roles` at the target, for "who could do it".
QStringList holders(const Database &db, const QString &tenantId, const QString &workspaceId,
                    bool includeWorkspaceAdmins)
{
    if (!db.hasTable(QStringLiteral("users")))
        return {};
    // Each branch is one range of idx_tenant_users_role_scope: a tenant with a million
    // members still has few admins.
    QString sql = QStringLiteral("SELECT u.username FROM tenant_users tu JOIN users u ON u.id = "
                                 "tu.user_id WHERE tu.tenant_id = ? AND tu.role = 'tenant_admin' "
                                 "AND tu.workspace_id IS NULL");
    QVariantList values{tenantId};
    if (includeWorkspaceAdmins) {
        sql += QStringLiteral(" UNION SELECT u.username FROM tenant_users tu JOIN users u ON u.id "
                              "= tu.user_id WHERE tu.tenant_id = ? AND tu.role = 'workspace_admin' "
                              "AND (tu.workspace_id IS NULL OR tu.workspace_id = ?)");
        values << tenantId << workspaceId;
    }
    sql += QStringLiteral(" ORDER BY 1 LIMIT 4");
    auto query = db.exec(sql, values);
    QStringList names;
    if (!query)
        return names;
    while (query->next())
        names << query->value(0).toString();
    if (names.size() > 3) {
        names.removeLast();
        names << AccessPolicy::tr("others");
    }
    return names;
}

QString whoCouldText(const Database &db, Requirement requirement, const QString &tenantId,
                     const QString &workspaceId, const QString &tenantSlug,
                     const QString &workspaceSlug)
{
    switch (requirement) {
    case Requirement::GlobalAdmin:
        break; // settled by the actor alone (AccessPolicy::decideForActor)
    case Requirement::AnyRoleInTenant:
    case Requirement::CoversWorkspace:
    case Requirement::TenantAdmin: {
        const QStringList names = holders(db, tenantId, workspaceId, false);
        const QString lead = requirement == Requirement::TenantAdmin
                ? AccessPolicy::tr("Who could")
                : AccessPolicy::tr("Who could grant access");
        const QString roleText
                = AccessPolicy::tr("a tenant_admin of tenant \"%1\"").arg(tenantSlug);
        if (names.isEmpty())
            return AccessPolicy::tr("%1: %2 (it has none) or a global admin.").arg(lead, roleText);
        return AccessPolicy::tr("%1: %2 (%3) or a global admin.")
                .arg(lead, roleText, names.join(QStringLiteral(", ")));
    }
    case Requirement::WorkspaceAdmin:
    case Requirement::WorkspaceRoles: {
        const QStringList names = holders(db, tenantId, workspaceId, true);
        const QString roleText
                = AccessPolicy::tr("a tenant_admin of tenant \"%1\" or a workspace_admin of %2")
                          .arg(tenantSlug, placeLabel(tenantSlug, workspaceSlug));
        if (names.isEmpty())
            return AccessPolicy::tr("Who could: %1, or a global admin.").arg(roleText);
        return AccessPolicy::tr("Who could: %1 (%2), or a global admin.")
                .arg(roleText, names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

Result<QString> slugOf(const Database &db, const QString &table, const QString &id)
{
    auto slug = db.scalar(QStringLiteral("SELECT slug FROM %1 WHERE id = ?").arg(table), {id});
    if (!slug)
        return tenancy::explain(db, slug.error());
    return slug->toString();
}

} // namespace

QString actionName(Action action)
{
    for (const ActionName &entry : kActionNames) {
        if (entry.action == action)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<Action> actionFromName(const QString &name)
{
    for (const ActionName &entry : kActionNames) {
        if (name == QLatin1String(entry.name))
            return entry.action;
    }
    return std::nullopt;
}

QStringList actionNames()
{
    QStringList names;
    for (const ActionName &entry : kActionNames)
        names << QLatin1String(entry.name);
    return names;
}

QString AccessDecision::message() const
{
    if (allowed) {
        if (reason.isEmpty())
            return AccessPolicy::tr("Allowed: %1.").arg(rule);
        return AccessPolicy::tr("Allowed: %1; %2.").arg(rule, reason);
    }
    QString text = reason.isEmpty() ? AccessPolicy::tr("Refused: %1.").arg(rule)
                                    : AccessPolicy::tr("Refused: %1, and %2.").arg(rule, reason);
    if (!whoCould.isEmpty())
        text += QLatin1Char(' ') + whoCould;
    return text;
}

Result<void> AccessDecision::toResult() const
{
    if (!allowed)
        return denied(message());
    return {};
}

AccessPolicy::AccessPolicy(const Database &db)
    : m_db(db)
{ }

Result<TenantRole> AccessPolicy::effectiveRole(const QString &userId, const QString &tenantId,
                                               const QString &workspaceId) const
{
    auto held = heldRoles(m_db, userId, tenantId, workspaceId);
    if (!held)
        return held.error();
    return held->effective();
}

Result<TenantRole> AccessPolicy::highestRoleInTenant(const QString &userId,
                                                     const QString &tenantId) const
{
    auto held = heldRoles(m_db, userId, tenantId, {});
    if (!held)
        return held.error();
    return held->anywhere;
}

std::optional<AccessDecision> AccessPolicy::decideForActor(const Actor &actor, Action action)
{
    AccessDecision decision;
    if (actor.bootstrap) {
        // A database without users: only the first admin and the schema can be set up.
        decision.allowed = action == Action::RunMigrations;
        decision.rule = AccessPolicy::tr(
                "a database without users only allows creating the first admin and "
                "applying migrations");
        decision.reason = AccessPolicy::tr("this session is not signed in as a user");
        decision.whoCould
                = AccessPolicy::tr("Who could: a global admin, once the first one exists.");
        return decision;
    }
    if (actor.isGlobalAdmin()) {
        decision.allowed = true;
        decision.rule = AccessPolicy::tr("a global admin may do everything");
        decision.reason = AccessPolicy::tr("%1 is a global admin").arg(userLabel(actor));
        return decision;
    }
    if (requirementOf(action) != Requirement::GlobalAdmin)
        return std::nullopt;
    decision.rule = ruleOf(action);
    decision.reason = AccessPolicy::tr("%1 is not a global admin").arg(userLabel(actor));
    decision.whoCould = AccessPolicy::tr("Who could: a global admin.");
    return decision;
}

Result<AccessDecision> AccessPolicy::decide(const Actor &actor, Action action,
                                            const AccessTarget &target) const
{
    if (auto settled = decideForActor(actor, action))
        return *settled;
    const Requirement requirement = requirementOf(action);
    AccessDecision decision;
    decision.rule = ruleOf(action);

    QString tenantId = target.tenantId;
    QString workspaceSlug;
    if (!target.workspaceId.isEmpty()) {
        // The workspace decides which tenant's rules apply; a mismatched pair is refused
        // rather than judged by the other tenant's roles.
        auto workspace = tenancy::loadWorkspace(m_db, target.workspaceId);
        if (!workspace)
            return workspace.error();
        if (!*workspace || (!tenantId.isEmpty() && (*workspace)->tenantId != tenantId)) {
            decision.reason = AccessPolicy::tr("the workspace does not exist in that tenant");
            return decision;
        }
        tenantId = (*workspace)->tenantId;
        workspaceSlug = (*workspace)->slug;
    }
    if (tenantId.isEmpty()) {
        decision.reason = AccessPolicy::tr("no tenant was named");
        return decision;
    }
    auto tenantSlug = slugOf(m_db, QStringLiteral("tenants"), tenantId);
    if (!tenantSlug)
        return tenantSlug.error();
    if (tenantSlug->isEmpty()) {
        decision.reason = AccessPolicy::tr("the tenant does not exist");
        return decision;
    }

    auto held = heldRoles(m_db, actor.userId, tenantId, target.workspaceId);
    if (!held)
        return held.error();
    const bool onWorkspace = !target.workspaceId.isEmpty();
    switch (requirement) {
    case Requirement::GlobalAdmin:
        break;
    case Requirement::AnyRoleInTenant:
        decision.allowed = held->anywhere != TenantRole::None;
        break;
    case Requirement::CoversWorkspace:
        decision.allowed = held->tenantWide != TenantRole::None
                || (onWorkspace && held->onWorkspace != TenantRole::None);
        break;
    case Requirement::TenantAdmin:
        decision.allowed = held->tenantWide == TenantRole::TenantAdmin;
        break;
    case Requirement::WorkspaceAdmin:
        decision.allowed = held->tenantWide == TenantRole::TenantAdmin
                || (onWorkspace && held->effective() >= TenantRole::WorkspaceAdmin);
        break;
    case Requirement::WorkspaceRoles:
        decision.allowed = held->tenantWide == TenantRole::TenantAdmin
                || (onWorkspace && held->effective() >= TenantRole::WorkspaceAdmin
                    && target.role <= TenantRole::WorkspaceAdmin);
        break;
    }
    decision.reason = describeRoles(actor, requirement, *held, *tenantSlug, workspaceSlug);
    if (!decision.allowed && requirement == Requirement::WorkspaceRoles
        && held->effective() >= TenantRole::WorkspaceAdmin
        && target.role > TenantRole::WorkspaceAdmin)
        decision.reason = AccessPolicy::tr("%1, but the role involved is %2")
                                  .arg(decision.reason, tenantRoleName(target.role));
    if (!decision.allowed)
        decision.whoCould = whoCouldText(m_db, requirement, tenantId, target.workspaceId,
                                         *tenantSlug, workspaceSlug);
    return decision;
}

Result<void> AccessPolicy::require(const Actor &actor, Action action,
                                   const AccessTarget &target) const
{
    auto decision = decide(actor, action, target);
    if (!decision)
        return decision.error();
    return decision->toResult();
}

} // namespace tenantdesk
