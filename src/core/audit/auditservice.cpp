#include "core/audit/auditservice.h"

#include "core/access/accesspolicy.h"

namespace tenantdesk {

AuditService::AuditService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<QList<AuditEntry>> AuditService::list(const AuditFilter &filter, int limit,
                                             std::optional<qint64> beforeSeq) const
{
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::ViewAudit, {}); !allowed)
        return allowed.error();
    return AuditLog(m_db).list(filter, limit, beforeSeq);
}

Result<PageAnchors> AuditService::anchors(const AuditFilter &filter, int pageSize) const
{
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::ViewAudit, {}); !allowed)
        return allowed.error();
    return AuditLog(m_db).anchors(filter, pageSize);
}

Result<ChainVerification> AuditService::verify(const std::function<bool(qint64)> &progress) const
{
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::VerifyAudit, {}); !allowed)
        return allowed.error();
    return AuditLog(m_db).verify(progress);
}

} // namespace tenantdesk
