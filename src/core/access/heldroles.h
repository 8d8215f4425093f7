#pragma once

#include "core/tenancy/tenancytypes.h"

#include <algorithm>

namespace tenantdesk::accesswording {

// The roles a user holds in one tenant, as far as one decision needs them.
struct HeldRoles
{
    TenantRole tenantWide = TenantRole::None;
    TenantRole onWorkspace = TenantRole::None;
    TenantRole anywhere = TenantRole::None;
    TenantRole effective() const { return std::max(tenantWide, onWorkspace); }
};

} // namespace tenantdesk::accesswording
