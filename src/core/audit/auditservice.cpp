#include "core/audit/auditservice.h"

#include "core/access/accesspolicy.h"
#include "core/database/database.h"

#include <QSqlQuery>

namespace tenantdesk {

AuditService::AuditService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<AuditFilter> AuditService::scoped(const AuditFilter &filter) const
{
    AuditFilter scoped = filter;
    if (!filter.tenantId.isEmpty()) {
        // "This tenant": the actor must be allowed to view that tenant's entries.
        if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::ViewAudit,
                                                      {filter.tenantId, {}, TenantRole::None});
            !allowed)
            return allowed.error();
        scoped.tenantIds.reset();
    } else {
        auto tenants = visibleTenants();
        if (!tenants)
            return tenants.error();
        scoped.tenantIds = *tenants;
    }
    return scoped;
}

Result<QList<AuditEntry>> AuditService::list(const AuditFilter &filter, int limit,
                                             std::optional<qint64> beforeSeq) const
{
    auto scope = scoped(filter);
    if (!scope)
        return scope.error();
    return AuditLog(m_db).list(*scope, limit, beforeSeq);
}

Result<std::optional<QStringList>> AuditService::visibleTenants() const
{
    const AccessPolicy policy(m_db);
    if (auto settled = AccessPolicy::decideForActor(m_actor, Action::ViewAudit)) {
        if (!settled->allowed)
            return settled->toResult().error();
        return std::optional<QStringList>(); // every entry
    }
    // The tenants where the actor holds any role; AccessPolicy says which of them it may view.
    auto held = m_db.exec(QStringLiteral("SELECT DISTINCT tenant_id FROM tenant_users WHERE "
                                         "user_id = ? ORDER BY tenant_id"),
                          {m_actor.userId});
    if (!held)
        return held.error();
    QStringList tenants;
    while (held->next()) {
        const QString tenantId = held->value(0).toString();
        auto decision = policy.decide(m_actor, Action::ViewAudit, {tenantId, {}, TenantRole::None});
        if (!decision)
            return decision.error();
        if (decision->allowed)
            tenants.append(tenantId);
    }
    if (tenants.isEmpty()) {
        // Refused as AccessPolicy words it, with no tenant named.
        if (auto allowed = policy.require(m_actor, Action::ViewAudit, {}); !allowed)
            return allowed.error();
    }
    return std::optional<QStringList>(tenants);
}

Result<PageAnchors> AuditService::anchors(const AuditFilter &filter, int pageSize) const
{
    // The same entries as list(): a tenant_admin's count is that of their tenants' entries.
    auto scope = scoped(filter);
    if (!scope)
        return scope.error();
    return AuditLog(m_db).anchors(*scope, pageSize);
}

Result<ChainVerification> AuditService::verify(const std::function<bool(qint64)> &progress) const
{
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::VerifyAudit, {}); !allowed)
        return allowed.error();
    return AuditLog(m_db).verify(progress);
}

} // namespace tenantdesk
