#include "cli/lookup.h"

#include "cli/output.h"
#include "cli/signin.h"

#include "core/people/userdirectory.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tenantdesk::cli {

namespace {

struct Lookup
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::Lookup)
};

} // namespace

Result<Tenant> resolveTenant(const Session &session, const QString &slug)
{
    return TenantService(*session.db, session.actor).find(slug);
}

Result<Workspace> resolveWorkspace(const Session &session, const Tenant &tenant,
                                   const QString &slug)
{
    auto workspace = WorkspaceService(*session.db, session.actor).find(tenant.id, slug);
    if (!workspace && workspace.error().code == ErrorCode::NotFound)
        return notFound(Lookup::tr("Tenant \"%1\" has no workspace \"%2\" that you may see.")
                                .arg(tenant.slug, slug));
    return workspace;
}

Result<User> resolveUser(const Session &session, const QString &login)
{
    auto user = UserDirectory(*session.db).find(login);
    if (!user)
        return user.error();
    if (!*user)
        return notFound(Lookup::tr("There is no user \"%1\".").arg(login));
    return **user;
}

Result<MemberRef> resolveMember(const Session &session, const Tenant &tenant,
                                const QString &loginOrId)
{
    const UserDirectory users(*session.db);
    auto user = users.findByLogin(loginOrId);
    if (user && !*user)
        user = users.findById(loginOrId);
    if (!user)
        return user.error();
    if (*user)
        return MemberRef{(*user)->id, (*user)->username, true};
    // Not a user any more: the id of an orphaned membership, if the actor may see one.
    const MembershipService memberships(*session.db, session.actor);
    auto grants = memberships.grantsOf(tenant.id, loginOrId);
    if (!grants)
        return grants.error();
    if (grants->isEmpty())
        return notFound(Lookup::tr("There is no user \"%1\".").arg(loginOrId));
    return MemberRef{loginOrId, deletedUserLabel(loginOrId), false};
}

Result<TenantRole> parseRole(const QString &name)
{
    const auto role = tenantRoleFromName(name);
    if (!role)
        return invalidInput(
                Lookup::tr("\"%1\" is not a role: use member, workspace_admin or tenant_admin.")
                        .arg(name));
    return *role;
}

Result<int> parseLimit(const QCommandLineParser &parser, const QCommandLineOption &option,
                       int whenUnset)
{
    if (!parser.isSet(option))
        return whenUnset;
    const QString value = parser.value(option);
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit <= 0)
        return invalidInput(Lookup::tr("--%1 takes a positive number, not \"%2\".")
                                    .arg(option.names().first(), value));
    return limit;
}

} // namespace tenantdesk::cli
