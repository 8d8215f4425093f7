#pragma once

// Private to core: reading memberships back, shared by every path that lists or changes
// tenant_users. Changing them goes through ChangeBatch (changebatch.h).

#include "core/result.h"
#include "core/tenancy/membershipservice.h"

#include <optional>

namespace tenantdesk {

class Database;
class ScanRow;

namespace membership {

// The SELECT (up to WHERE) and row mapping of Membership with user and workspace names.
extern const char kSelectSql[];
Membership fromRow(const ScanRow &row);

// The membership of a user at one scope (empty workspaceId: tenant-wide), if any.
Result<std::optional<Membership>> load(const Database &db, const QString &tenantId,
                                       const QString &userId, const QString &workspaceId);

} // namespace membership
} // namespace tenantdesk
