#pragma once

#include "core/access/actor.h"
#include "core/audit/auditlog.h"
#include "core/result.h"

#include <QList>

#include <functional>
#include <optional>

namespace tenantdesk {

class Database;

// The audit chain as the acting user may read it: listing and verifying are for global
// admins (architecture.md §3); AuditLog itself does no access checks.
class AuditService
{
public:
    AuditService(const Database &db, const Actor &actor);

    Result<QList<AuditEntry>> list(const AuditFilter &filter, int limit,
                                   std::optional<qint64> beforeSeq = {}) const;
    // The count and page anchors of list(filter, ...) in one scan; for the worker thread.
    Result<PageAnchors> anchors(const AuditFilter &filter, int pageSize) const;
    Result<ChainVerification> verify(const std::function<bool(qint64)> &progress = {}) const;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
