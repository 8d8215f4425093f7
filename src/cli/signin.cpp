#include "cli/signin.h"

#include "cli/clicontext.h"
#include "cli/lookup.h"

namespace tenantdesk::cli {

Result<Session> signIn(CliContext &context)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto actor = context.signIn();
    if (!actor)
        return actor.error();
    return Session{*db, *actor};
}

Result<TenantSession> signInToTenant(CliContext &context, const QString &tenantSlug)
{
    auto session = signIn(context);
    if (!session)
        return session.error();
    auto tenant = resolveTenant(*session, tenantSlug);
    if (!tenant)
        return tenant.error();
    return TenantSession{*session, *tenant};
}

} // namespace tenantdesk::cli
