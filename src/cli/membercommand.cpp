#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/jsonbuilders.h"
#include "cli/listing.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"

#include "core/tenancy/membershipservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tenantdesk::cli {

// "tenant acme (tenant-wide)" or "workspace acme/dev"; membercleanupcommand.cpp uses it too.
QString memberScopeText(const Tenant &tenant, const QString &workspaceSlug);

namespace {

struct MemberCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::MemberCommand)
};

const char kListUsage[] = "tenantctl member list TENANT [--workspace WS | --tenant-wide] [--filter "
                          "TEXT] [--limit N]";
const char kGrantUsage[] = "tenantctl member grant TENANT USER ROLE [--workspace WS]";
const char kRevokeUsage[] = "tenantctl member revoke TENANT USER|USER_ID [--workspace WS]";
const char kRemoveUsage[] = "tenantctl member remove TENANT USER|USER_ID";

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              MemberCommand::tr("The workspace (default: tenant-wide)."),
                              QStringLiteral("ws"));
}

QString outcomeName(MembershipChangeResult::Outcome outcome)
{
    switch (outcome) {
    case MembershipChangeResult::Outcome::Added:
        return QStringLiteral("added");
    case MembershipChangeResult::Outcome::Changed:
        return QStringLiteral("changed");
    case MembershipChangeResult::Outcome::Removed:
        return QStringLiteral("removed");
    case MembershipChangeResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case MembershipChangeResult::Outcome::Refused:
        break;
    }
    return QStringLiteral("refused");
}

int list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption tenantWide(QStringLiteral("tenant-wide"),
                                        MemberCommand::tr("Only tenant-wide grants."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    MemberCommand::tr("Only usernames or e-mails containing TEXT."),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   MemberCommand::tr("At most N memberships."),
                                   QStringLiteral("n"));
    parser.addOptions({workspace, tenantWide, filter, limit});
    parser.addPositionalArgument(QStringLiteral("tenant"), MemberCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("member list"), arguments, 1,
                                   QLatin1String(kListUsage));
        code >= 0)
        return code;
    if (parser.isSet(workspace) && parser.isSet(tenantWide))
        return context.usage(
                MemberCommand::tr("Give either --workspace or --tenant-wide, not both."));
    const auto maximum = parseLimit(parser, limit, std::numeric_limits<int>::max());
    if (!maximum)
        return context.fail(maximum.error());
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Tenant &tenant = target->tenant;
    MembershipQuery query;
    query.tenantId = tenant.id;
    query.filter = parser.value(filter);
    if (parser.isSet(tenantWide))
        query.workspaceScope = QString();
    if (parser.isSet(workspace)) {
        auto found = resolveWorkspace(target->session, tenant, parser.value(workspace));
        if (!found)
            return context.fail(found.error());
        query.workspaceScope = found->id;
    }
    const MembershipService service(*target->session.db, target->session.actor);
    // Rows go out page by page as they arrive: a tenant with a million memberships lists in
    // constant memory.
    ListPrinter printer(context, QStringLiteral("memberships"),
                        {MemberCommand::tr("USER"), MemberCommand::tr("E-MAIL"),
                         MemberCommand::tr("SCOPE"), MemberCommand::tr("ROLE")},
                        OrderedJsonObject().add(QStringLiteral("tenant"), tenant.slug));
    printer.setEmptyText(MemberCommand::tr("No memberships that you may see."));
    auto listed = forEachPage<Membership>(
            *maximum, 1000,
            [&](int size, const Membership *after) {
                query.limit = size;
                query.afterRowId = after ? after->rowId : 0;
                return service.list(query);
            },
            printer.sink<Membership>(
                    [](const Membership &membership) {
                        return QStringList{cell(membership.userLabel()), cell(membership.email),
                                           membership.isTenantWide()
                                                   ? MemberCommand::tr("(tenant-wide)")
                                                   : membership.workspaceSlug,
                                           tenantRoleName(membership.role)};
                    },
                    membershipJson));
    if (!listed)
        return context.fail(listed.error());
    printer.finish(*listed);
    return 0;
}

// grant and revoke: one change through MembershipService::apply, which reports what it did.
int change(CliContext &context, const QStringList &arguments, bool grant)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    parser.addOption(workspace);
    parser.addPositionalArgument(QStringLiteral("tenant"), MemberCommand::tr("The tenant."));
    parser.addPositionalArgument(
            QStringLiteral("user"),
            grant ? MemberCommand::tr("Username or e-mail.")
                  : MemberCommand::tr(
                          "Username, e-mail, or the id of a deleted user who still holds a "
                          "membership."));
    if (grant)
        parser.addPositionalArgument(QStringLiteral("role"),
                                     MemberCommand::tr("member, workspace_admin or tenant_admin."));
    const QString usage = QLatin1String(grant ? kGrantUsage : kRevokeUsage);
    if (int code
        = parseSubCommand(context, parser,
                          grant ? QStringLiteral("member grant") : QStringLiteral("member revoke"),
                          arguments, grant ? 3 : 2, usage);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    TenantRole role = TenantRole::None;
    if (grant) {
        auto parsed = parseRole(positional.at(2));
        if (!parsed)
            return context.fail(parsed.error());
        role = *parsed;
    }
    auto target = signInToTenant(context, positional.at(0));
    if (!target)
        return context.fail(target.error());
    const Session &session = target->session;
    const Tenant &tenant = target->tenant;
    Result<MemberRef> user = MemberRef{};
    if (grant) {
        auto found = resolveUser(session, positional.at(1));
        if (!found)
            return context.fail(found.error());
        user = MemberRef{found->id, found->username, true};
    } else {
        user = resolveMember(session, tenant, positional.at(1));
    }
    if (!user)
        return context.fail(user.error());
    Workspace scope;
    if (parser.isSet(workspace)) {
        auto found = resolveWorkspace(session, tenant, parser.value(workspace));
        if (!found)
            return context.fail(found.error());
        scope = *found;
    }
    MembershipChange request;
    request.kind = grant ? MembershipChange::Kind::Grant : MembershipChange::Kind::Revoke;
    request.userId = user->userId;
    request.workspaceId = scope.id;
    request.role = role;
    auto results = MembershipService(*session.db, session.actor).apply(tenant.id, {request}, true);
    if (!results)
        return context.fail(results.error());
    const MembershipChangeResult &result = results->first();
    if (result.error)
        return context.fail(*result.error);

    if (context.json()) {
        context.printJson(
                {{QStringLiteral("tenant"), tenant.slug},
                 {QStringLiteral("user"), user->exists ? QJsonValue(user->label) : QJsonValue()},
                 {QStringLiteral("user_id"), user->userId},
                 {QStringLiteral("workspace"),
                  scope.id.isEmpty() ? QJsonValue() : QJsonValue(scope.slug)},
                 {QStringLiteral("role"), grant ? QJsonValue(tenantRoleName(role)) : QJsonValue()},
                 {QStringLiteral("previous_role"),
                  result.previousRole ? QJsonValue(tenantRoleName(*result.previousRole))
                                      : QJsonValue()},
                 {QStringLiteral("outcome"), outcomeName(result.outcome)}});
        return 0;
    }
    const QString where = memberScopeText(tenant, scope.slug);
    switch (result.outcome) {
    case MembershipChangeResult::Outcome::Added:
        context.out() << MemberCommand::tr("Granted %1 on %2 to %3.")
                                 .arg(tenantRoleName(role), where, shown(user->label));
        break;
    case MembershipChangeResult::Outcome::Changed:
        context.out() << MemberCommand::tr("Changed %1's role on %2 from %3 to %4.")
                                 .arg(shown(user->label), where,
                                      tenantRoleName(*result.previousRole), tenantRoleName(role));
        break;
    case MembershipChangeResult::Outcome::Unchanged:
        context.out() << MemberCommand::tr("%1 already holds %2 on %3; nothing changed.")
                                 .arg(shown(user->label), tenantRoleName(role), where);
        break;
    case MembershipChangeResult::Outcome::Removed:
        context.out() << MemberCommand::tr("Revoked %1's %2 role on %3.")
                                 .arg(shown(user->label), tenantRoleName(*result.previousRole),
                                      where);
        break;
    case MembershipChangeResult::Outcome::Refused:
        break;
    }
    context.out() << '\n';
    return 0;
}

int grant(CliContext &context, const QStringList &arguments)
{
    return change(context, arguments, true);
}

int revoke(CliContext &context, const QStringList &arguments)
{
    return change(context, arguments, false);
}

int remove(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("tenant"), MemberCommand::tr("The tenant."));
    parser.addPositionalArgument(
            QStringLiteral("user"),
            MemberCommand::tr(
                    "Username, e-mail, or the id of a deleted user who still holds a membership."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("member remove"), arguments, 2,
                                   QLatin1String(kRemoveUsage));
        code >= 0)
        return code;
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Tenant &tenant = target->tenant;
    auto user = resolveMember(target->session, tenant, parser.positionalArguments().at(1));
    if (!user)
        return context.fail(user.error());
    if (auto removed = MembershipService(*target->session.db, target->session.actor)
                               .removeFromTenant(tenant.id, user->userId);
        !removed)
        return context.fail(removed.error());
    if (context.json())
        context.printJson(
                {{QStringLiteral("tenant"), tenant.slug},
                 {QStringLiteral("user"), user->exists ? QJsonValue(user->label) : QJsonValue()},
                 {QStringLiteral("user_id"), user->userId},
                 {QStringLiteral("outcome"), QStringLiteral("removed")}});
    else
        context.out() << MemberCommand::tr("Removed %1 from tenant %2.")
                                 .arg(shown(user->label), tenant.slug)
                      << '\n';
    return 0;
}

} // namespace

QString memberScopeText(const Tenant &tenant, const QString &workspaceSlug)
{
    return workspaceSlug.isEmpty()
            ? MemberCommand::tr("tenant %1 (tenant-wide)").arg(tenant.slug)
            : MemberCommand::tr("workspace %1/%2").arg(tenant.slug, workspaceSlug);
}

// membercleanupcommand.cpp
extern const char kMemberPruneUsage[];
extern const char kMemberDedupeUsage[];
int runMemberPrune(CliContext &context, const QStringList &arguments);
int runMemberDedupe(CliContext &context, const QStringList &arguments);

// membercsvcommand.cpp
extern const char kMemberImportUsage[];
extern const char kMemberExportUsage[];
int runMemberImport(CliContext &context, const QStringList &arguments);
int runMemberExport(CliContext &context, const QStringList &arguments);

QList<SubCommand> memberSubCommands()
{
    return {{"list", kListUsage, list},
            {"grant", kGrantUsage, grant},
            {"revoke", kRevokeUsage, revoke},
            {"remove", kRemoveUsage, remove},
            {"prune", kMemberPruneUsage, runMemberPrune},
            {"dedupe", kMemberDedupeUsage, runMemberDedupe},
            {"import", kMemberImportUsage, runMemberImport},
            {"export", kMemberExportUsage, runMemberExport}};
}

int runMember(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("member"), memberSubCommands(), arguments);
}

} // namespace tenantdesk::cli
