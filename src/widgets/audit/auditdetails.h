#pragma once

#include <QString>

namespace tenantdesk {

struct AuditEntry;

namespace AuditDetails {

// One audit entry for people, as HTML: when, what, who, about what, the before and after
// states side by side, the whole payload pretty-printed, and the chain fields (hashes,
// signature). `broken` adds the verification's warning.
QString html(const AuditEntry &entry, bool broken = false);

} // namespace AuditDetails

} // namespace tenantdesk
