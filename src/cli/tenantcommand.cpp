#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/jsonbuilders.h"
#include "cli/listing.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "cli/tenantdata.h"

#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"
#include "core/tenantdata/footprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace tenantdesk::cli {

namespace {

struct TenantCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::TenantCommand)
};

const char kListUsage[] = "tenantctl tenant list [--filter TEXT] [--limit N]";
const char kShowUsage[] = "tenantctl tenant show SLUG [--footprint] [--namespace-pattern PATTERN]";
const char kCreateUsage[] = "tenantctl tenant create --name NAME --slug SLUG [--workspace SLUG]";
const char kRenameUsage[] = "tenantctl tenant rename SLUG --name NAME";
const char kSettingsUsage[] = "tenantctl tenant settings SLUG [--set JSON]";
const char kDeleteUsage[] = "tenantctl tenant delete SLUG --yes [--with-data] "
                            "[--namespace-pattern PATTERN]";

int list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    TenantCommand::tr("Only names or slugs containing TEXT."),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), TenantCommand::tr("At most N tenants."),
                                   QStringLiteral("n"));
    parser.addOption(filter);
    parser.addOption(limit);
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant list"), arguments, 0,
                                   QLatin1String(kListUsage));
        code >= 0)
        return code;
    const auto maximum = parseLimit(parser, limit, std::numeric_limits<int>::max());
    if (!maximum)
        return context.fail(maximum.error());
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    const TenantService service(*session->db, session->actor);
    ListQuery query;
    query.filter = parser.value(filter);
    query.sortKey = ListQuery::SortKey::Slug;
    ListPrinter printer(context, QStringLiteral("tenants"), namedRowHeader());
    printer.setEmptyText(TenantCommand::tr("No tenants that you may see."));
    // Page by key so that even 10,000 tenants never sit in one query result.
    auto listed = forEachPage<Tenant>(
            *maximum, 500,
            [&](int size, const Tenant *after) {
                query.limit = size;
                query.after
                        = after ? TenantService::cursorOf(*after, query.sortKey) : QVariantList();
                return service.list(query);
            },
            printer.sink<Tenant>(namedRowCells<Tenant>, tenantJson));
    if (!listed)
        return context.fail(listed.error());
    printer.finish(*listed);
    return 0;
}

int show(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption footprint(
            QStringLiteral("footprint"),
            TenantCommand::tr("Also count what the tenant owns: rows of every table with a "
                              "tenant_id column and memory entries in its namespaces."));
    const QCommandLineOption pattern = namespacePatternOption();
    parser.addOptions({footprint, pattern});
    parser.addPositionalArgument(QStringLiteral("slug"), TenantCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant show"), arguments, 1,
                                   QLatin1String(kShowUsage));
        code >= 0)
        return code;
    auto patternText = namespacePattern(parser, pattern);
    if (!patternText)
        return context.fail(patternText.error());
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Session &session = target->session;
    const Tenant &tenant = target->tenant;
    auto workspaces = WorkspaceService(*session.db, session.actor).count(tenant.id);
    if (!workspaces)
        return context.fail(workspaces.error());
    MembershipQuery members;
    members.tenantId = tenant.id;
    auto memberships = MembershipService(*session.db, session.actor).count(members);
    if (!memberships)
        return context.fail(memberships.error());
    std::optional<Footprint> owned;
    if (parser.isSet(footprint)) {
        auto counted
                = TenantFootprint(*session.db, session.actor, *patternText).ofTenant(tenant.id);
        if (!counted)
            return context.fail(counted.error());
        owned = *counted;
    }
    if (context.json()) {
        QJsonObject object = tenantJson(tenant);
        object.insert(QStringLiteral("workspaces"), *workspaces);
        object.insert(QStringLiteral("memberships"), *memberships);
        if (owned)
            object.insert(QStringLiteral("footprint"), footprintJson(*owned));
        context.printJson(object);
        return 0;
    }
    QTextStream &out = context.out();
    out << TenantCommand::tr("Tenant:      %1").arg(shown(tenant.slug)) << '\n'
        << TenantCommand::tr("Name:        %1").arg(shown(tenant.name)) << '\n'
        << TenantCommand::tr("Id:          %1").arg(tenant.id) << '\n'
        << TenantCommand::tr("Created:     %1").arg(timeText(tenant.createdAt)) << '\n'
        << TenantCommand::tr("Updated:     %1").arg(timeText(tenant.updatedAt)) << '\n'
        << TenantCommand::tr("Workspaces:  %1").arg(*workspaces) << '\n'
        << TenantCommand::tr("Memberships: %1").arg(*memberships) << '\n'
        << TenantCommand::tr("Settings:    %1")
                    .arg(QString::fromUtf8(
                            QJsonDocument(tenant.settings).toJson(QJsonDocument::Compact)))
        << '\n';
    if (owned)
        out << footprintText(*owned);
    return 0;
}

int create(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), TenantCommand::tr("The tenant's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption slug(QStringLiteral("slug"), TenantCommand::tr("The tenant's slug."),
                                  QStringLiteral("slug"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       TenantCommand::tr("Also create a first workspace."),
                                       QStringLiteral("slug"));
    parser.addOptions({name, slug, workspace});
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant create"), arguments, 0,
                                   QLatin1String(kCreateUsage));
        code >= 0)
        return code;
    if (!parser.isSet(name) || !parser.isSet(slug))
        return context.usage(TenantCommand::tr("Usage: %1").arg(QLatin1String(kCreateUsage)));
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    auto tenant = TenantService(*session->db, session->actor)
                          .create(parser.value(name), parser.value(slug), parser.value(workspace));
    if (!tenant)
        return context.fail(tenant.error());
    if (context.json()) {
        QJsonObject object = tenantJson(*tenant);
        if (parser.isSet(workspace)) {
            auto first = WorkspaceService(*session->db, session->actor)
                                 .find(tenant->id, parser.value(workspace));
            if (first)
                object.insert(QStringLiteral("workspace"), workspaceJson(*first));
        }
        context.printJson(object);
        return 0;
    }
    context.out() << TenantCommand::tr("Created tenant %1 (%2).").arg(tenant->slug, tenant->id)
                  << '\n';
    if (parser.isSet(workspace))
        context.out() << TenantCommand::tr("Created workspace %1/%2.")
                                 .arg(tenant->slug, parser.value(workspace))
                      << '\n';
    return 0;
}

int rename(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), TenantCommand::tr("The new name."),
                                  QStringLiteral("name"));
    parser.addOption(name);
    parser.addPositionalArgument(QStringLiteral("slug"), TenantCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant rename"), arguments, 1,
                                   QLatin1String(kRenameUsage));
        code >= 0)
        return code;
    if (!parser.isSet(name))
        return context.usage(TenantCommand::tr("Usage: %1").arg(QLatin1String(kRenameUsage)));
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Session &session = target->session;
    const Tenant &tenant = target->tenant;
    auto renamed = TenantService(*session.db, session.actor).rename(tenant.id, parser.value(name));
    if (!renamed)
        return context.fail(renamed.error());
    if (context.json())
        context.printJson(tenantJson(*renamed));
    else
        context.out() << TenantCommand::tr("Renamed tenant %1 to \"%2\".")
                                 .arg(renamed->slug, cell(renamed->name))
                      << '\n';
    return 0;
}

int settings(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"),
                                 TenantCommand::tr("Replace the settings with this JSON object."),
                                 QStringLiteral("json"));
    parser.addOption(set);
    parser.addPositionalArgument(QStringLiteral("slug"), TenantCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant settings"), arguments, 1,
                                   QLatin1String(kSettingsUsage));
        code >= 0)
        return code;
    std::optional<QJsonObject> newSettings;
    if (parser.isSet(set)) {
        auto parsed = parseSettingsJson(parser.value(set));
        if (!parsed)
            return context.fail(parsed.error());
        newSettings = *parsed;
    }
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Session &session = target->session;
    const Tenant &tenant = target->tenant;
    QJsonObject shown = tenant.settings;
    if (newSettings) {
        auto updated
                = TenantService(*session.db, session.actor).updateSettings(tenant.id, *newSettings);
        if (!updated)
            return context.fail(updated.error());
        shown = updated->settings;
    }
    if (context.json())
        context.printJson(shown);
    else
        context.out() << QJsonDocument(shown).toJson(QJsonDocument::Indented);
    return 0;
}

int remove(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"), TenantCommand::tr("Confirm the deletion."));
    const QCommandLineOption withData(
            QStringLiteral("with-data"),
            TenantCommand::tr("Also delete the tenant's data rows and memory entries (global "
                              "admins)."));
    const QCommandLineOption pattern = namespacePatternOption();
    parser.addOptions({yes, withData, pattern});
    parser.addPositionalArgument(QStringLiteral("slug"), TenantCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant delete"), arguments, 1,
                                   QLatin1String(kDeleteUsage));
        code >= 0)
        return code;
    auto patternText = namespacePattern(parser, pattern);
    if (!patternText)
        return context.fail(patternText.error());
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Session &session = target->session;
    const Tenant &tenant = target->tenant;
    TenantService service(*session.db, session.actor);
    auto impact = service.deletionImpact(tenant.id);
    if (!impact)
        return context.fail(impact.error());
    auto footprint = TenantFootprint(*session.db, session.actor, *patternText).ofTenant(tenant.id);
    if (!footprint)
        return context.fail(footprint.error());
    const QString workspaces = TenantCommand::tr("%n workspace(s)", "", int(impact->workspaces));
    const QString memberships = TenantCommand::tr("%n membership(s)", "", int(impact->memberships));
    if (!parser.isSet(yes))
        return context.usage(
                (footprint->dataRows() > 0
                         ? TenantCommand::tr("Deleting tenant %1 also deletes its %2, %3 and the "
                                             "data it owns; add --yes --with-data to confirm.")
                         : TenantCommand::tr("Deleting tenant %1 also deletes its %2 and %3; add "
                                             "--yes to confirm."))
                        .arg(tenant.slug, workspaces, memberships)
                + QLatin1Char('\n') + footprintText(*footprint).trimmed());
    TenantService::Removal removal;
    removal.withData = parser.isSet(withData);
    removal.namespacePattern = *patternText;
    if (auto removed = service.remove(tenant.id, tenant.slug, removal); !removed)
        return context.fail(removed.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("deleted"), tenant.slug},
                           {QStringLiteral("id"), tenant.id},
                           {QStringLiteral("workspaces"), impact->workspaces},
                           {QStringLiteral("memberships"), impact->memberships},
                           {QStringLiteral("footprint"), footprintJson(*footprint)}});
        return 0;
    }
    context.out() << TenantCommand::tr("Deleted tenant %1 with %2 and %3.")
                             .arg(tenant.slug, workspaces, memberships)
                  << '\n'
                  << footprintText(*footprint);
    return 0;
}

} // namespace

QList<SubCommand> tenantSubCommands()
{
    return {{"list", kListUsage, list},
            {"show", kShowUsage, show},
            {"create", kCreateUsage, create},
            {"rename", kRenameUsage, rename},
            {"settings", kSettingsUsage, settings},
            {"delete", kDeleteUsage, remove},
            {"export", kTenantExportUsage, tenantExport},
            {"import", kTenantImportUsage, tenantImport},
            {"move", kTenantMoveUsage, tenantMove}};
}

int runTenant(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("tenant"), tenantSubCommands(), arguments);
}

} // namespace tenantdesk::cli
