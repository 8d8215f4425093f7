#pragma once

#include "core/access/actor.h"
#include "core/audit/auditlog.h"
#include "core/result.h"

#include <QList>

#include <functional>
#include <optional>

namespace tenantdesk {

class Database;

// The audit chain as the acting user may read it (architecture.md §3): a global admin lists
// every entry, a tenant_admin the entries whose payload carries the id of a tenant they
// administer (entries without a tenant, such as migrations and sign-ins, are global-only);
// verifying is for global admins. AccessPolicy decides, per tenant; the filter runs in SQL.
// The app's audit page and `tenantctl audit list` both list through here. AuditLog itself
// does no access checks.
class AuditService
{
public:
    AuditService(const Database &db, const Actor &actor);

    Result<QList<AuditEntry>> list(const AuditFilter &filter, int limit,
                                   std::optional<qint64> beforeSeq = {}) const;
    // The count and page anchors of list(filter, ...) in one scan; for the worker thread.
    Result<PageAnchors> anchors(const AuditFilter &filter, int pageSize) const;
    Result<ChainVerification> verify(const std::function<bool(qint64)> &progress = {}) const;

    // The tenants whose entries the actor sees: nothing for "all of them" (a global admin),
    // else the ids of the tenants AccessPolicy lets them view (Denied when there are none).
    Result<std::optional<QStringList>> visibleTenants() const;

private:
    // filter as the actor may run it: "this tenant" checked against AccessPolicy, otherwise
    // narrowed to visibleTenants() (a caller's tenantIds is never trusted).
    Result<AuditFilter> scoped(const AuditFilter &filter) const;

    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
