#include "core/access/accesspolicy.h"

#include "core/access/accesswording.h"
#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace tenantdesk {

using namespace accesswording;

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
    auto held = rolesOf(userId, tenantId, workspaceId);
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
        auto workspace = this->workspace(target.workspaceId);
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
    auto tenantSlug = this->tenantSlug(tenantId);
    if (!tenantSlug)
        return tenantSlug.error();
    if (tenantSlug->isEmpty()) {
        decision.reason = AccessPolicy::tr("the tenant does not exist");
        return decision;
    }

    auto held = rolesOf(actor.userId, tenantId, target.workspaceId);
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

Result<std::optional<Workspace>> AccessPolicy::workspace(const QString &id) const
{
    if (m_remembering) {
        if (const auto known = m_workspaces.constFind(id); known != m_workspaces.cend())
            return *known;
    }
    auto found = tenancy::loadWorkspace(m_db, id);
    if (found && m_remembering)
        m_workspaces.insert(id, *found);
    return found;
}

Result<QString> AccessPolicy::tenantSlug(const QString &id) const
{
    if (m_remembering) {
        if (const auto known = m_tenantSlugs.constFind(id); known != m_tenantSlugs.cend())
            return *known;
    }
    auto slug = slugOf(m_db, QStringLiteral("tenants"), id);
    if (slug && m_remembering)
        m_tenantSlugs.insert(id, *slug);
    return slug;
}

Result<HeldRoles> AccessPolicy::rolesOf(const QString &userId, const QString &tenantId,
                                        const QString &workspaceId) const
{
    const QString key = userId + u'|' + tenantId + u'|' + workspaceId;
    if (m_remembering) {
        if (const auto known = m_roles.constFind(key); known != m_roles.cend())
            return *known;
    }
    auto held = heldRoles(m_db, userId, tenantId, workspaceId);
    if (held && m_remembering)
        m_roles.insert(key, *held);
    return held;
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
