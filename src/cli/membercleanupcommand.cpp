// tenantctl member prune|dedupe: the clean-ups of a tenant's membership rows (orphaned rows of
// deleted users, duplicate tenant-wide rows), for one tenant or every one that needs it.

#include "cli/clicontext.h"
#include "cli/dispatch.h"
#include "cli/jsonbuilders.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"

#include "core/tenancy/membershipservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace tenantdesk::cli {

namespace {

struct MemberCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::MemberCommand)
};

} // namespace

// membercommand.cpp
QString memberScopeText(const Tenant &tenant, const QString &workspaceSlug);

extern const char kMemberPruneUsage[] = "tenantctl member prune TENANT|--all [--dry-run]";
extern const char kMemberDedupeUsage[] = "tenantctl member dedupe TENANT|--all [--dry-run]";

namespace {

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

// What prune and dedupe do with their targets: the cleanup of each tenant (listed only, with
// dryRun), a sentence for each item it found, then as JSON {"dry_run", "tenants": [{"tenant",
// key: [items]}], "count"} or the summary sentence. -1 never: the exit code.
template<typename Item>
int cleanUpTenants(
        CliContext &context, const TenantTargets &targets, bool dryRun, const QString &key,
        const std::function<Result<QList<Item>>(MembershipService &, const Tenant &)> &clean,
        const std::function<QJsonObject(const Item &)> &itemJson,
        const std::function<QString(const Tenant &, const Item &)> &sentence,
        const std::function<QString(int total)> &summary)
{
    MembershipService service(*targets.session.db, targets.session.actor);
    QJsonArray tenantsJson;
    qint64 total = 0;
    for (const Tenant &tenant : std::as_const(targets.tenants)) {
        auto items = clean(service, tenant);
        if (!items)
            return context.fail(items.error());
        total += items->size();
        QJsonArray rows;
        for (const Item &item : std::as_const(*items)) {
            rows.append(itemJson(item));
            if (!context.json())
                context.out() << sentence(tenant, item) << '\n';
        }
        tenantsJson.append(QJsonObject{{QStringLiteral("tenant"), tenant.slug}, {key, rows}});
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("tenants"), tenantsJson},
                           {QStringLiteral("count"), total}});
        return 0;
    }
    context.out() << summary(int(total)) << '\n';
    return 0;
}

} // namespace

int runMemberPrune(CliContext &context, const QStringList &arguments)
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
                                    kMemberPruneUsage);
        code >= 0)
        return code;
    auto targets = tenantTargets(context, parser, all, &MembershipService::tenantsWithOrphans);
    if (!targets)
        return context.fail(targets.error());
    const bool listOnly = parser.isSet(dryRun);
    return cleanUpTenants<Membership>(
            context, *targets, listOnly, QStringLiteral("memberships"),
            [listOnly](MembershipService &service, const Tenant &tenant) {
                return service.pruneOrphans(tenant.id, listOnly);
            },
            // The rows of member list, in the few-row document prune prints.
            [](const Membership &membership) {
                return QJsonDocument::fromJson(membershipJson(membership).toJson()).object();
            },
            [listOnly](const Tenant &tenant, const Membership &membership) {
                return (listOnly ? MemberCommand::tr("Would remove %1's %2 role on %3.")
                                 : MemberCommand::tr("Removed %1's %2 role on %3."))
                        .arg(shown(membership.userLabel()), tenantRoleName(membership.role),
                             memberScopeText(tenant, membership.workspaceSlug));
            },
            [listOnly](int total) {
                return listOnly
                        ? MemberCommand::tr("%n orphaned membership(s) would be removed; nothing "
                                            "changed.",
                                            "", total)
                        : MemberCommand::tr("Removed %n orphaned membership(s).", "", total);
            });
}

int runMemberDedupe(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(
            QStringLiteral("all"),
            MemberCommand::tr("Every tenant with duplicate tenant-wide rows that you may see."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    MemberCommand::tr("Say what would be merged; change nothing."));
    parser.addOptions({all, dryRun});
    if (int code = parseTenantOrAll(context, parser, QStringLiteral("member dedupe"), arguments,
                                    all, kMemberDedupeUsage);
        code >= 0)
        return code;
    auto targets = tenantTargets(context, parser, all, &MembershipService::tenantsWithDuplicates);
    if (!targets)
        return context.fail(targets.error());
    const bool listOnly = parser.isSet(dryRun);
    return cleanUpTenants<DuplicateMembership>(
            context, *targets, listOnly, QStringLiteral("users"),
            [listOnly](MembershipService &service, const Tenant &tenant) {
                return service.mergeDuplicates(tenant.id, listOnly);
            },
            [](const DuplicateMembership &merge) {
                QJsonArray roles;
                for (TenantRole role : merge.roles)
                    roles.append(tenantRoleName(role));
                return QJsonObject{{QStringLiteral("user_id"), merge.userId},
                                   {QStringLiteral("username"),
                                    merge.userExists ? QJsonValue(merge.username) : QJsonValue()},
                                   {QStringLiteral("orphaned"), !merge.userExists},
                                   {QStringLiteral("rows"), roles},
                                   {QStringLiteral("kept_role"), tenantRoleName(merge.keptRole)}};
            },
            [listOnly](const Tenant &tenant, const DuplicateMembership &merge) {
                QStringList names;
                for (TenantRole role : merge.roles)
                    names << tenantRoleName(role);
                return (listOnly ? MemberCommand::tr("Would merge %1's %2 tenant-wide rows of %3 "
                                                     "(%4) into one %5.")
                                 : MemberCommand::tr("Merged %1's %2 tenant-wide rows of %3 (%4) "
                                                     "into one %5."))
                        .arg(shown(merge.userLabel()))
                        .arg(merge.roles.size())
                        .arg(tenant.slug, names.join(QStringLiteral(", ")),
                             tenantRoleName(merge.keptRole));
            },
            [listOnly](int total) {
                return listOnly
                        ? MemberCommand::tr("%n user(s) with duplicate tenant-wide rows "
                                            "would be merged; nothing changed.",
                                            "", total)
                        : MemberCommand::tr("Merged the duplicate tenant-wide rows of %n user(s).",
                                            "", total);
            });
}

} // namespace tenantdesk::cli
