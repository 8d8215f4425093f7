#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QString>

namespace tenantdesk {
class Database;
}

namespace tenantdesk::cli {

class CliContext;

// The database and the signed-in actor of this run.
struct Session
{
    Database *db = nullptr;
    Actor actor;
};
// Opens the database and signs in (CliContext::signIn).
Result<Session> signIn(CliContext &context);

// A session and the tenant a command names, as the signed-in actor sees it.
struct TenantSession
{
    Session session;
    Tenant tenant;
};
// Signs in, then looks the tenant up by slug (or id): NotFound when hidden or missing.
Result<TenantSession> signInToTenant(CliContext &context, const QString &tenantSlug);

} // namespace tenantdesk::cli
