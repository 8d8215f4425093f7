#pragma once

#include "core/audit/auditlog.h"
#include "core/people/user.h"
#include "core/tenancy/tenancytypes.h"

#include "cli/orderedjson.h"

#include <QJsonObject>

namespace tenantdesk::cli {

// The JSON shapes of tenantctl's --json output, one per kind of row.

QJsonObject tenantJson(const Tenant &tenant);
QJsonObject workspaceJson(const Workspace &workspace);
// Written as text directly: a tenant's members run to millions of rows.
OrderedJsonObject membershipJson(const Membership &membership);
QJsonObject userJson(const User &user);
QJsonObject auditEntryJson(const AuditEntry &entry);

} // namespace tenantdesk::cli
