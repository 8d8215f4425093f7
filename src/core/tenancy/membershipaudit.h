#pragma once

// Private to core: the audit payload of one applied membership change (grant, change, revoke).

#include "core/tenancy/tenancytypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tenantdesk::membership {

// What a membership entry of the audit chain records. Its keys and values are the chain's
// contract with aistack and with the entries written before: keep them as they are.
struct AuditRecord
{
    QString actor; // Actor::auditName()
    QString tenantId;
    QString tenantSlug;
    QString userId;
    std::optional<QString> username;      // nothing: a deleted user's membership
    std::optional<QString> workspaceId;   // nothing: tenant-wide
    std::optional<QString> workspaceSlug; // nothing: tenant-wide
    std::optional<TenantRole> before;     // nothing: there was no grant
    std::optional<TenantRole> after;      // nothing: revoked
};

// The record's payload in canonical form, as canonicalJson writes the same object:
// {"actor","after":{"role"}|{},"before":{"role"}|{},"tenant_id","tenant_slug",
// "user_deleted":true (only for a deleted user),"user_id","username"|null,
// "workspace_id"|null,"workspace_slug"|null}.
QByteArray auditPayload(const AuditRecord &record);

} // namespace tenantdesk::membership
