#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/jsonbuilders.h"
#include "cli/listing.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"

#include "core/tenancy/workspaceservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace tenantdesk::cli {

namespace {

struct WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::WorkspaceCommand)
};

const char kListUsage[] = "tenantctl workspace list TENANT [--filter TEXT] [--limit N]";
const char kCreateUsage[] = "tenantctl workspace create TENANT --name NAME --slug SLUG";
const char kRenameUsage[] = "tenantctl workspace rename TENANT WORKSPACE --name NAME";
const char kSettingsUsage[] = "tenantctl workspace settings TENANT WORKSPACE [--set JSON]";
const char kDeleteUsage[] = "tenantctl workspace delete TENANT WORKSPACE --yes";

// Signs in and resolves TENANT and, with two positional arguments, WORKSPACE.
struct Target : TenantSession
{
    Workspace workspace;
};

Result<Target> resolve(CliContext &context, const QStringList &positional)
{
    auto tenant = signInToTenant(context, positional.at(0));
    if (!tenant)
        return tenant.error();
    Target target{*tenant, {}};
    if (positional.size() > 1) {
        auto workspace = resolveWorkspace(target.session, target.tenant, positional.at(1));
        if (!workspace)
            return workspace.error();
        target.workspace = *workspace;
    }
    return target;
}

int list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    WorkspaceCommand::tr("Only names or slugs containing TEXT."),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   WorkspaceCommand::tr("At most N workspaces."),
                                   QStringLiteral("n"));
    parser.addOption(filter);
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("tenant"), WorkspaceCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("workspace list"), arguments, 1,
                                   QLatin1String(kListUsage));
        code >= 0)
        return code;
    const auto maximum = parseLimit(parser, limit, std::numeric_limits<int>::max());
    if (!maximum)
        return context.fail(maximum.error());
    auto target = resolve(context, parser.positionalArguments());
    if (!target)
        return context.fail(target.error());
    const WorkspaceService service(*target->session.db, target->session.actor);
    ListQuery query;
    query.filter = parser.value(filter);
    query.sortKey = ListQuery::SortKey::Slug;
    ListPrinter printer(context, QStringLiteral("workspaces"), namedRowHeader(),
                        OrderedJsonObject().add(QStringLiteral("tenant"), target->tenant.slug));
    printer.setEmptyText(WorkspaceCommand::tr("Tenant %1 has no workspaces that you may see.")
                                 .arg(target->tenant.slug));
    auto listed = forEachPage<Workspace>(
            *maximum, 500,
            [&](int size, const Workspace *after) {
                query.limit = size;
                query.after = after ? WorkspaceService::cursorOf(*after, query.sortKey)
                                    : QVariantList();
                return service.list(target->tenant.id, query);
            },
            printer.sink<Workspace>(namedRowCells<Workspace>, workspaceJson));
    if (!listed)
        return context.fail(listed.error());
    printer.finish(*listed);
    return 0;
}

int create(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  WorkspaceCommand::tr("The workspace's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption slug(QStringLiteral("slug"),
                                  WorkspaceCommand::tr("The workspace's slug."),
                                  QStringLiteral("slug"));
    parser.addOptions({name, slug});
    parser.addPositionalArgument(QStringLiteral("tenant"), WorkspaceCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("workspace create"), arguments,
                                   1, QLatin1String(kCreateUsage));
        code >= 0)
        return code;
    if (!parser.isSet(name) || !parser.isSet(slug))
        return context.usage(WorkspaceCommand::tr("Usage: %1").arg(QLatin1String(kCreateUsage)));
    auto target = resolve(context, parser.positionalArguments());
    if (!target)
        return context.fail(target.error());
    auto workspace = WorkspaceService(*target->session.db, target->session.actor)
                             .create(target->tenant.id, parser.value(name), parser.value(slug));
    if (!workspace)
        return context.fail(workspace.error());
    if (context.json())
        context.printJson(workspaceJson(*workspace));
    else
        context.out() << WorkspaceCommand::tr("Created workspace %1/%2 (%3).")
                                 .arg(target->tenant.slug, workspace->slug, workspace->id)
                      << '\n';
    return 0;
}

int rename(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), WorkspaceCommand::tr("The new name."),
                                  QStringLiteral("name"));
    parser.addOption(name);
    parser.addPositionalArgument(QStringLiteral("tenant"), WorkspaceCommand::tr("The tenant."));
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 WorkspaceCommand::tr("The workspace."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("workspace rename"), arguments,
                                   2, QLatin1String(kRenameUsage));
        code >= 0)
        return code;
    if (!parser.isSet(name))
        return context.usage(WorkspaceCommand::tr("Usage: %1").arg(QLatin1String(kRenameUsage)));
    auto target = resolve(context, parser.positionalArguments());
    if (!target)
        return context.fail(target.error());
    auto renamed = WorkspaceService(*target->session.db, target->session.actor)
                           .rename(target->workspace.id, parser.value(name));
    if (!renamed)
        return context.fail(renamed.error());
    if (context.json())
        context.printJson(workspaceJson(*renamed));
    else
        context.out() << WorkspaceCommand::tr("Renamed workspace %1/%2 to \"%3\".")
                                 .arg(target->tenant.slug, renamed->slug, cell(renamed->name))
                      << '\n';
    return 0;
}

int settings(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption set(
            QStringLiteral("set"),
            WorkspaceCommand::tr("Replace the settings with this JSON object."),
            QStringLiteral("json"));
    parser.addOption(set);
    parser.addPositionalArgument(QStringLiteral("tenant"), WorkspaceCommand::tr("The tenant."));
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 WorkspaceCommand::tr("The workspace."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("workspace settings"), arguments,
                                   2, QLatin1String(kSettingsUsage));
        code >= 0)
        return code;
    std::optional<QJsonObject> newSettings;
    if (parser.isSet(set)) {
        auto parsed = parseSettingsJson(parser.value(set));
        if (!parsed)
            return context.fail(parsed.error());
        newSettings = *parsed;
    }
    auto target = resolve(context, parser.positionalArguments());
    if (!target)
        return context.fail(target.error());
    QJsonObject shown = target->workspace.settings;
    if (newSettings) {
        auto updated = WorkspaceService(*target->session.db, target->session.actor)
                               .updateSettings(target->workspace.id, *newSettings);
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
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 WorkspaceCommand::tr("Confirm the deletion."));
    parser.addOption(yes);
    parser.addPositionalArgument(QStringLiteral("tenant"), WorkspaceCommand::tr("The tenant."));
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 WorkspaceCommand::tr("The workspace."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("workspace delete"), arguments,
                                   2, QLatin1String(kDeleteUsage));
        code >= 0)
        return code;
    auto target = resolve(context, parser.positionalArguments());
    if (!target)
        return context.fail(target.error());
    WorkspaceService service(*target->session.db, target->session.actor);
    auto impact = service.deletionImpact(target->workspace.id);
    if (!impact)
        return context.fail(impact.error());
    const QString shownName = target->tenant.slug + QLatin1Char('/') + target->workspace.slug;
    if (!parser.isSet(yes))
        return context.usage(
                WorkspaceCommand::tr("Deleting workspace %1 also deletes its %n membership(s); add "
                                     "--yes to confirm.",
                                     "", int(impact->memberships))
                        .arg(shownName));
    if (auto removed = service.remove(target->workspace.id, target->workspace.slug); !removed)
        return context.fail(removed.error());
    if (context.json())
        context.printJson({{QStringLiteral("deleted"), shownName},
                           {QStringLiteral("id"), target->workspace.id},
                           {QStringLiteral("memberships"), impact->memberships}});
    else
        context.out() << WorkspaceCommand::tr("Deleted workspace %1 with %n membership(s).", "",
                                              int(impact->memberships))
                                 .arg(shownName)
                      << '\n';
    return 0;
}

} // namespace

QList<SubCommand> workspaceSubCommands()
{
    return {{"list", kListUsage, list},
            {"create", kCreateUsage, create},
            {"rename", kRenameUsage, rename},
            {"settings", kSettingsUsage, settings},
            {"delete", kDeleteUsage, remove}};
}

int runWorkspace(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("workspace"), workspaceSubCommands(), arguments);
}

} // namespace tenantdesk::cli
