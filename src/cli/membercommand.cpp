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
const char kPruneUsage[] = "tenantctl member prune TENANT|--all [--dry-run]";
const char kDedupeUsage[] = "tenantctl member dedupe TENANT|--all [--dry-run]";

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              MemberCommand::tr("The workspace (default: tenant-wide)."),
                              QStringLiteral("ws"));
}

QString scopeText(const Tenant &tenant, const QString &workspaceSlug)
{
    return workspaceSlug.isEmpty()
            ? MemberCommand::tr("tenant %1 (tenant-wide)").arg(tenant.slug)
            : MemberCommand::tr("workspace %1/%2").arg(tenant.slug, workspaceSlug);
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
    const QString where = scopeText(tenant, scope.slug);
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

// The tenants a prune or dedupe names: one, or with --all every one the actor may see that
// needs it (which each then checks the actor may change).
struct TenantTargets
{
    Session session;
    QList<Tenant> tenants;
    bool all = false;
};

Result<TenantTargets> tenantTargets(CliContext &context, const QCommandLineParser &parser,
                                    const QCommandLineOption &all,
                                    Result<QStringList> (MembershipService::*affected)() const)
{
    if (parser.isSet(all)) {
        auto session = signIn(context);
        if (!session)
            return session.error();
        auto ids = (MembershipService(*session->db, session->actor).*affected)();
        if (!ids)
            return ids.error();
        TenantTargets targets{*session, {}, true};
        for (const QString &id : std::as_const(*ids)) {
            auto tenant = resolveTenant(*session, id);
            if (!tenant)
                return tenant.error();
            targets.tenants.append(*tenant);
        }
        return targets;
    }
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return target.error();
    return TenantTargets{target->session, {target->tenant}, false};
}

// Parses "TENANT|--all [--dry-run]"; -1 to go on, else the exit code.
int parseTenantOrAll(CliContext &context, QCommandLineParser &parser, const QString &name,
                     const QStringList &arguments, const QCommandLineOption &all, const char *usage)
{
    parser.addPositionalArgument(QStringLiteral("tenant"), MemberCommand::tr("The tenant."));
    parser.setApplicationDescription(MemberCommand::tr("Usage: %1").arg(QLatin1String(usage)));
    if (!parseCommandLine(context, parser, name, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != (parser.isSet(all) ? 0 : 1))
        return context.usage(MemberCommand::tr("Usage: %1").arg(QLatin1String(usage)));
    return -1;
}

int prune(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(
            QStringLiteral("all"),
            MemberCommand::tr("Every tenant with orphaned memberships that you may see."));
    const QCommandLineOption dryRun(
            QStringLiteral("dry-run"),
            MemberCommand::tr("List the orphaned memberships; change nothing."));
    parser.addOptions({all, dryRun});
    if (int code = parseTenantOrAll(context, parser, QStringLiteral("member prune"), arguments, all,
                                    kPruneUsage);
        code >= 0)
        return code;
    auto targets = tenantTargets(context, parser, all, &MembershipService::tenantsWithOrphans);
    if (!targets)
        return context.fail(targets.error());
    MembershipService service(*targets->session.db, targets->session.actor);
    QJsonArray tenantsJson;
    qint64 total = 0;
    for (const Tenant &tenant : std::as_const(targets->tenants)) {
        auto pruned = service.pruneOrphans(tenant.id, parser.isSet(dryRun));
        if (!pruned)
            return context.fail(pruned.error());
        total += pruned->size();
        QJsonArray rows;
        for (const Membership &membership : std::as_const(*pruned)) {
            rows.append(membershipJson(membership));
            if (!context.json())
                context.out() << (parser.isSet(dryRun)
                                          ? MemberCommand::tr("Would remove %1's %2 role on %3.")
                                          : MemberCommand::tr("Removed %1's %2 role on %3."))
                                         .arg(shown(membership.userLabel()),
                                              tenantRoleName(membership.role),
                                              scopeText(tenant, membership.workspaceSlug))
                              << '\n';
        }
        tenantsJson.append(QJsonObject{{QStringLiteral("tenant"), tenant.slug},
                                       {QStringLiteral("memberships"), rows}});
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("dry_run"), parser.isSet(dryRun)},
                           {QStringLiteral("tenants"), tenantsJson},
                           {QStringLiteral("count"), total}});
        return 0;
    }
    context.out() << (parser.isSet(dryRun) ? MemberCommand::tr(
                              "%n orphaned membership(s) would be removed; nothing "
                              "changed.",
                              "", int(total))
                                           : MemberCommand::tr("Removed %n orphaned membership(s).",
                                                               "", int(total)))
                  << '\n';
    return 0;
}

int dedupe(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(
            QStringLiteral("all"),
            MemberCommand::tr("Every tenant with duplicate tenant-wide rows that you may see."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    MemberCommand::tr("Say what would be merged; change nothing."));
    parser.addOptions({all, dryRun});
    if (int code = parseTenantOrAll(context, parser, QStringLiteral("member dedupe"), arguments,
                                    all, kDedupeUsage);
        code >= 0)
        return code;
    auto targets = tenantTargets(context, parser, all, &MembershipService::tenantsWithDuplicates);
    if (!targets)
        return context.fail(targets.error());
    MembershipService service(*targets->session.db, targets->session.actor);
    QJsonArray tenantsJson;
    qint64 total = 0;
    for (const Tenant &tenant : std::as_const(targets->tenants)) {
        auto merged = service.mergeDuplicates(tenant.id, parser.isSet(dryRun));
        if (!merged)
            return context.fail(merged.error());
        total += merged->size();
        QJsonArray users;
        for (const DuplicateMembership &merge : std::as_const(*merged)) {
            QJsonArray roles;
            for (TenantRole role : merge.roles)
                roles.append(tenantRoleName(role));
            users.append(
                    QJsonObject{{QStringLiteral("user_id"), merge.userId},
                                {QStringLiteral("username"),
                                 merge.userExists ? QJsonValue(merge.username) : QJsonValue()},
                                {QStringLiteral("orphaned"), !merge.userExists},
                                {QStringLiteral("rows"), roles},
                                {QStringLiteral("kept_role"), tenantRoleName(merge.keptRole)}});
            if (!context.json()) {
                QStringList names;
                for (TenantRole role : merge.roles)
                    names << tenantRoleName(role);
                context.out() << (parser.isSet(dryRun)
                                          ? MemberCommand::tr(
                                                  "Would merge %1's %2 tenant-wide rows of %3 "
                                                  "(%4) into one %5.")
                                          : MemberCommand::tr(
                                                  "Merged %1's %2 tenant-wide rows of %3 (%4) "
                                                  "into one %5."))
                                         .arg(shown(merge.userLabel()))
                                         .arg(merge.roles.size())
                                         .arg(tenant.slug, names.join(QStringLiteral(", ")),
                                              tenantRoleName(merge.keptRole))
                              << '\n';
            }
        }
        tenantsJson.append(QJsonObject{{QStringLiteral("tenant"), tenant.slug},
                                       {QStringLiteral("users"), users}});
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("dry_run"), parser.isSet(dryRun)},
                           {QStringLiteral("tenants"), tenantsJson},
                           {QStringLiteral("count"), total}});
        return 0;
    }
    context.out()
            << (parser.isSet(dryRun)
                        ? MemberCommand::tr("%n user(s) with duplicate tenant-wide rows would be "
                                            "merged; nothing changed.",
                                            "", int(total))
                        : MemberCommand::tr("Merged the duplicate tenant-wide rows of %n user(s).",
                                            "", int(total)))
            << '\n';
    return 0;
}

} // namespace

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
            {"prune", kPruneUsage, prune},
            {"dedupe", kDedupeUsage, dedupe},
            {"import", kMemberImportUsage, runMemberImport},
            {"export", kMemberExportUsage, runMemberExport}};
}

int runMember(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("member"), memberSubCommands(), arguments);
}

} // namespace tenantdesk::cli
