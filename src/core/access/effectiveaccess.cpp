#include "core/access/effectiveaccess.h"

#include "core/database/database.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/tenancysql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tenantdesk {

using tenancy::explain;

namespace {

TenantRole roleOf(const QVariant &value)
{
    return value.isNull() ? TenantRole::None
                          : tenantRoleFromName(value.toString()).value_or(TenantRole::None);
}

} // namespace

WorkspaceAccess::Source WorkspaceAccess::source() const
{
    const bool wide = tenantWideRole != TenantRole::None;
    const bool own = workspaceRole != TenantRole::None;
    if (wide && own)
        return Source::Both;
    if (wide)
        return Source::TenantWide;
    return own ? Source::Workspace : Source::None;
}

QList<TenantRole> GrantRights::roles() const
{
    QList<TenantRole> roles;
    for (TenantRole role :
         {TenantRole::Member, TenantRole::WorkspaceAdmin, TenantRole::TenantAdmin}) {
        if (role <= highest && !(role == TenantRole::TenantAdmin && !workspaceId.isEmpty()))
            roles << role;
    }
    return roles;
}

EffectiveAccess::EffectiveAccess(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<void> EffectiveAccess::requireVisible(const QString &tenantId,
                                             const QString &workspaceId) const
{
    auto tenant = tenancy::loadTenant(m_db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenancy::tenantNotFound(tenantId);
    const AccessPolicy policy(m_db);
    if (auto visible = policy.require(m_actor, Action::ViewTenant, {tenantId, {}, {}}); !visible)
        return visible.error();
    if (workspaceId.isEmpty())
        return {};
    return policy.require(m_actor, Action::ViewWorkspace, {tenantId, workspaceId, {}});
}

Result<TenantRole> EffectiveAccess::tenantWideRole(const QString &tenantId,
                                                   const QString &userId) const
{
    if (auto visible = requireVisible(tenantId, {}); !visible)
        return visible.error();
    // Tenant-wide rows are visible to everyone who may see the tenant.
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM tenant_users WHERE tenant_id = ? AND "
                                           "user_id = ? AND workspace_id IS NULL"),
                            {tenantId, userId});
    if (!role)
        return explain(m_db, role.error());
    return roleOf(*role);
}

Result<QList<WorkspaceAccess>> EffectiveAccess::perWorkspace(const QString &tenantId,
                                                             const QString &userId,
                                                             const QString &afterSlug,
                                                             int limit) const
{
    auto tenantWide = tenantWideRole(tenantId, userId);
    if (!tenantWide)
        return tenantWide.error();
    QString sql = QStringLiteral(
            "SELECT w.id, w.slug, w.name, (SELECT tu.role FROM tenant_users tu WHERE "
            "tu.tenant_id = w.tenant_id AND tu.user_id = ? AND tu.workspace_id = w.id) "
            "FROM workspaces w WHERE w.tenant_id = ? AND w.slug > ?");
    // A null QString binds as NULL, which compares with nothing: page from "" instead.
    QVariantList values{userId, tenantId, afterSlug.isNull() ? QStringLiteral("") : afterSlug};
    if (!m_actor.isGlobalAdmin()) {
        auto own = AccessPolicy(m_db).effectiveRole(m_actor.userId, tenantId);
        if (!own)
            return own.error();
        // Without a tenant-wide role the actor sees only the workspaces granted to them.
        if (*own == TenantRole::None) {
            sql += QStringLiteral(" AND w.id IN (SELECT workspace_id FROM tenant_users WHERE "
                                  "tenant_id = ? AND user_id = ? AND workspace_id IS NOT NULL)");
            values << tenantId << m_actor.userId;
        }
    }
    sql += QStringLiteral(" ORDER BY w.slug LIMIT ?");
    values << qMax(0, limit);
    auto rows = m_db.exec(sql, values);
    if (!rows)
        return explain(m_db, rows.error());
    QList<WorkspaceAccess> result;
    while (rows->next()) {
        WorkspaceAccess access;
        access.workspaceId = rows->value(0).toString();
        access.workspaceSlug = rows->value(1).toString();
        access.workspaceName = rows->value(2).toString();
        access.tenantWideRole = *tenantWide;
        access.workspaceRole = roleOf(rows->value(3));
        result.append(access);
    }
    return result;
}

Result<AccessDecision> EffectiveAccess::check(const QString &userId, Action action,
                                              const AccessTarget &target) const
{
    if (target.tenantId.isEmpty() && !m_actor.isGlobalAdmin())
        return invalidInput(tr("Name the tenant to check access in."));
    if (!target.tenantId.isEmpty()) {
        if (auto visible = requireVisible(target.tenantId, target.workspaceId); !visible)
            return visible.error();
    }
    auto user = UserDirectory(m_db).findById(userId);
    if (!user)
        return user.error();
    if (!*user)
        return notFound(tr("%1 no longer exists, so may do nothing; memberships left behind "
                           "never count.")
                                .arg(deletedUserLabel(userId)));
    return AccessPolicy(m_db).decide((*user)->toActor(), action, target);
}

Result<QList<GrantRights>> EffectiveAccess::grantRights(const QString &tenantId,
                                                        const QStringList &workspaceIds) const
{
    const AccessPolicy policy(m_db);
    QList<GrantRights> result;
    for (const QString &workspaceId : workspaceIds) {
        GrantRights rights;
        rights.workspaceId = workspaceId;
        const bool onWorkspace = !workspaceId.isEmpty();
        // The same two checks membership changes go through: the access rule for the role
        // involved, and nobody granting above their own effective role.
        TenantRole own = TenantRole::TenantAdmin;
        if (!m_actor.isGlobalAdmin()) {
            auto effective = policy.effectiveRole(m_actor.userId, tenantId, workspaceId);
            if (!effective)
                return effective.error();
            own = *effective;
        }
        for (TenantRole role :
             {TenantRole::Member, TenantRole::WorkspaceAdmin, TenantRole::TenantAdmin}) {
            if (onWorkspace && role == TenantRole::TenantAdmin) {
                if (rights.refusal.isEmpty())
                    rights.refusal = tr("tenant_admin is a tenant-wide role: it cannot be granted "
                                        "on a workspace.");
                break;
            }
            auto decision = policy.decide(
                    m_actor, onWorkspace ? Action::ManageWorkspaceRole : Action::ManageTenantRole,
                    {tenantId, workspaceId, role});
            if (!decision)
                return decision.error();
            if (!decision->allowed) {
                rights.refusal = decision->message();
                break;
            }
            if (role > own) {
                rights.refusal = tr("Refused: nobody grants or changes a role above their own, "
                                    "and %1 holds %2 here.")
                                         .arg(m_actor.username, tenantRoleName(own));
                break;
            }
            rights.highest = role;
        }
        result.append(rights);
    }
    return result;
}

Result<QList<GrantRights>>
EffectiveAccess::grantRightsWhereActorHolds(const QString &tenantId) const
{
    QStringList scopes{QString()};
    if (!m_actor.isGlobalAdmin()) {
        auto own = m_db.exec(QStringLiteral("SELECT workspace_id FROM tenant_users WHERE "
                                            "tenant_id = ? AND user_id = ? AND workspace_id IS "
                                            "NOT NULL ORDER BY workspace_id"),
                             {tenantId, m_actor.userId});
        if (!own)
            return explain(m_db, own.error());
        while (own->next())
            scopes << own->value(0).toString();
    }
    return grantRights(tenantId, scopes);
}

} // namespace tenantdesk
