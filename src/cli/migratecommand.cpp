#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/healthcheck.h"
#include "cli/migrateoptions.h"
#include "cli/orderedjson.h"
#include "cli/output.h"

#include "core/access/accesspolicy.h"
#include "core/database/paths.h"
#include "core/migration/migrationworkflow.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace tenantdesk::cli {

namespace {

QString folderOf(const MigrationStatus &status)
{
    return status.script ? QFileInfo(status.script->filePath()).absolutePath() : QString();
}

} // namespace

MigrateOptions::MigrateOptions(const QStringList &allowed)
    : dir(QStringLiteral("dir"),
          MigrateCommand::tr(
                  "A migrations folder (default: the bundled migrations). Repeat it to merge "
                  "several folders into one plan, e.g. the bundled ones, aistack's and your own."),
          MigrateCommand::tr("folder"))
    , to(QStringLiteral("to"),
         MigrateCommand::tr("Target: a number (everything numbered up to it applied, 0 for none) "
                            "or a migration "
                            "name such as 008_multitenant."),
         MigrateCommand::tr("target"))
    , dryRun(QStringLiteral("dry-run"),
             MigrateCommand::tr(
                     "Run the whole plan on a temporary copy and count what each migration would "
                     "destroy; the database is not touched."))
    , backupDir(
              QStringLiteral("backup-dir"),
              MigrateCommand::tr(
                      "Where the backup before a run goes (default: a private folder per database "
                      "in your data folder)."),
              MigrateCommand::tr("folder"))
    , noBackup(QStringLiteral("no-backup"),
               MigrateCommand::tr("Do not back the database up before the run."))
    , keep(QStringLiteral("keep"),
           MigrateCommand::tr(
                   "Keep the newest N backups of the database after the run's backup (default: the "
                   "setting, 10; 0 keeps all)."),
           MigrateCommand::tr("N"))
    , allowDataLoss(
              QStringLiteral("allow-data-loss"),
              MigrateCommand::tr(
                      "Run even though the plan destroys rows, values or tables (counted on a "
                      "copy first)."))
    , force(QStringLiteral("force"),
            MigrateCommand::tr(
                    "Go on although another process has the database open or a server answers the "
                    "health address."))
    , healthUrl(QStringLiteral("health-url"),
                MigrateCommand::tr(
                        "The aistack health address to ask before changing the database (default: "
                        "$TENANTDESK_HEALTH_URL, else %1; empty or \"none\": do not ask).")
                        .arg(LiveUse::defaultHealthUrl()),
                MigrateCommand::tr("url"))
    , table(QStringLiteral("table"),
            MigrateCommand::tr("retrofit: a domain table to give a tenant_id (repeatable)."),
            MigrateCommand::tr("name"))
    , workspace(QStringLiteral("workspace"),
                MigrateCommand::tr("retrofit: add workspace_id as well."))
    , out(QStringLiteral("out"), MigrateCommand::tr("retrofit: the migration file to write."),
          MigrateCommand::tr("file"))
    , m_allowed(allowed)
{
    for (QCommandLineOption *option :
         {&dir, &to, &dryRun, &backupDir, &noBackup, &keep, &allowDataLoss, &force, &healthUrl,
          &table, &workspace, &out}) {
        if (!allows(*option))
            option->setFlags(QCommandLineOption::HiddenFromHelp);
    }
}

QList<const QCommandLineOption *> MigrateOptions::all() const
{
    return {&dir,           &to,    &dryRun,    &backupDir, &noBackup,  &keep,
            &allowDataLoss, &force, &healthUrl, &table,     &workspace, &out};
}

bool MigrateOptions::allows(const QCommandLineOption &option) const
{
    return m_allowed.contains(option.names().first());
}

MigrateCommand::MigrateCommand(CliContext &context, const QCommandLineParser &parser,
                               const MigrateOptions &options)
    : m_context(context)
    , m_parser(parser)
    , m_options(options)
{ }

Result<MigrationCatalog> MigrateCommand::catalog() const
{
    const QStringList dirs = m_parser.values(m_options.dir);
    return MigrationCatalog::load(dirs.isEmpty() ? QStringList{bundledMigrationsDir()} : dirs);
}

Result<void> MigrateCommand::signIn(Database::OpenMode mode)
{
    auto db = m_context.database(mode);
    if (!db)
        return db.error();
    m_db = *db;
    auto actor = m_context.signIn();
    if (!actor)
        return actor.error();
    if (auto allowed = AccessPolicy(*m_db).require(*actor, Action::RunMigrations, {}); !allowed)
        return allowed.error();
    m_actor = *actor;
    return {};
}

Result<MigrationPlanner> MigrateCommand::prepare(Database::OpenMode mode)
{
    auto scripts = catalog();
    if (!scripts)
        return scripts.error();
    if (auto signedIn = signIn(mode); !signedIn)
        return signedIn.error();
    return MigrationPlanner::forDatabase(*m_db, *scripts);
}

Result<std::optional<MigrationTarget>> MigrateCommand::target() const
{
    if (!m_parser.isSet(m_options.to))
        return std::optional<MigrationTarget>();
    auto parsed = MigrationTarget::parse(m_parser.value(m_options.to));
    if (!parsed)
        return parsed.error();
    return std::optional<MigrationTarget>(*parsed);
}

LiveUseOptions MigrateCommand::liveUse() const
{
    LiveUseOptions live;
    live.server = askServer(healthUrl(m_parser, m_options.healthUrl));
    live.force = m_parser.isSet(m_options.force);
    return live;
}

void MigrateCommand::printIgnored(const MigrationCatalog &catalog)
{
    for (const IgnoredFile &file : catalog.ignored())
        m_context.out() << MigrateCommand::tr("Ignored %1: %2.")
                                   .arg(QDir::toNativeSeparators(file.path), file.reason)
                        << '\n';
}

int MigrateCommand::status()
{
    auto planner = prepare(Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    const QList<MigrationStatus> &statuses = planner->statuses();
    if (m_context.json()) {
        QList<OrderedJsonObject> rows;
        for (const MigrationStatus &status : statuses) {
            OrderedJsonObject row;
            row.add(QStringLiteral("name"), status.name)
                    .add(QStringLiteral("version"), status.version)
                    .add(QStringLiteral("state"), migrationStateName(status.state))
                    .add(QStringLiteral("reversible"), status.reversible)
                    .add(QStringLiteral("folder"),
                         status.script ? QJsonValue(folderOf(status)) : QJsonValue());
            rows.append(row);
        }
        QList<OrderedJsonObject> ignored;
        for (const IgnoredFile &file : planner->catalog().ignored())
            ignored.append(OrderedJsonObject()
                                   .add(QStringLiteral("file"), file.path)
                                   .add(QStringLiteral("reason"), file.reason));
        // Written directly: printJson() takes a QJsonObject, which would reorder the keys.
        m_context.out() << OrderedJsonObject()
                                   .add(QStringLiteral("migrations"), rows)
                                   .add(QStringLiteral("ignored"), ignored)
                                   .toJson()
                        << '\n';
        return 0;
    }
    QTextStream &out = m_context.out();
    printIgnored(planner->catalog());
    if (statuses.isEmpty()) {
        out << MigrateCommand::tr("No migrations in %1.").arg(planner->catalog().describeDirs())
            << '\n';
        return 0;
    }
    // The folder of each migration, when the plan merges several.
    const bool folders = planner->catalog().dirs().size() > 1;
    int nameWidth = int(MigrateCommand::tr("Migration").size());
    for (const MigrationStatus &status : statuses)
        nameWidth = qMax(nameWidth, int(status.name.size()));
    int appliedWidth = int(MigrateCommand::tr("Applied at (UTC) by").size());
    for (const MigrationStatus &status : statuses) {
        if (status.ledger)
            appliedWidth = qMax(appliedWidth,
                                int(MigrateCommand::tr("%1 by %2")
                                            .arg(status.ledger->appliedAt, status.ledger->appliedBy)
                                            .size()));
    }
    const auto row = [&](const QString &name, const QString &version, const QString &state,
                         const QString &reversible, const QString &applied, const QString &folder) {
        out << name.leftJustified(nameWidth + 2) << version.rightJustified(7) << "  "
            << state.leftJustified(10) << reversible.leftJustified(12);
        if (folders)
            out << applied.leftJustified(appliedWidth + 2) << folder;
        else
            out << applied;
        out << '\n';
    };
    row(MigrateCommand::tr("Migration"), MigrateCommand::tr("Version"), MigrateCommand::tr("State"),
        MigrateCommand::tr("Reversible"), MigrateCommand::tr("Applied at (UTC) by"),
        MigrateCommand::tr("Folder"));
    for (const MigrationStatus &status : statuses) {
        const QString applied = status.ledger
                ? MigrateCommand::tr("%1 by %2")
                          .arg(status.ledger->appliedAt, status.ledger->appliedBy)
                : QString();
        row(status.name, QString::number(status.version), migrationStateName(status.state),
            status.reversible ? MigrateCommand::tr("yes") : MigrateCommand::tr("no"), applied,
            status.script ? QDir::toNativeSeparators(folderOf(status))
                          : MigrateCommand::tr("(no file)"));
    }
    if (!planner->modified().isEmpty())
        out << MigrateCommand::tr(
                "Modified migrations block every run until the change is undone or accepted "
                "with \"tenantctl migrate repair\".")
            << '\n';
    return 0;
}

int MigrateCommand::run(MigrationDirection direction)
{
    auto wanted = target();
    if (!wanted)
        return m_context.fail(wanted.error());
    int keep = -1;
    if (m_parser.isSet(m_options.keep)) {
        bool ok = false;
        keep = m_parser.value(m_options.keep).toInt(&ok);
        if (!ok || keep < 0)
            return m_context.usage(
                    MigrateCommand::tr("--keep takes a number of backups, 0 or more."));
    }
    const bool dryRun = m_parser.isSet(m_options.dryRun);
    const QFileInfo file(m_context.databasePath());
    // Nothing to copy and no one to sign in as: the plan runs on an empty stand-in.
    const bool newFile = dryRun && !file.exists() && file.absoluteDir().exists();
    std::optional<MigrationPlanner> planner;
    if (newFile) {
        auto scripts = catalog();
        if (!scripts)
            return m_context.fail(scripts.error());
        planner = MigrationPlanner(*scripts, {});
    } else {
        // A brand-new file is initialised with migrations; reverting needs an existing one.
        auto prepared = prepare(direction == MigrationDirection::Up && !dryRun
                                        ? Database::OpenMode::CreateIfMissing
                                        : Database::OpenMode::ExistingOnly);
        if (!prepared)
            return m_context.fail(prepared.error());
        planner = *prepared;
    }
    MigrationRequest request;
    auto plan = planner->plan(direction, *wanted);
    if (!plan)
        return m_context.fail(plan.error());
    request.plan = *plan;
    if (!m_context.json())
        printIgnored(planner->catalog());
    if (request.plan.isEmpty() && !m_context.json()) {
        m_context.out() << MigrateCommand::tr("Nothing to do: the database is already there.")
                        << '\n';
        return 0;
    }
    request.mode = dryRun ? MigrationRequest::Mode::DryRun : MigrationRequest::Mode::Run;
    request.backup = !m_parser.isSet(m_options.noBackup);
    request.backupDir = m_parser.value(m_options.backupDir);
    request.keepBackups = keep;
    request.allowDataLoss = m_parser.isSet(m_options.allowDataLoss);
    if (!dryRun && !request.plan.isEmpty())
        request.live = liveUse();
    const MigrationWorkflow workflow;
    const MigrationReport report
            = newFile ? workflow.dryRunOnNewFile(request) : workflow.run(*m_db, m_actor, request);
    printReport(request.plan, report);
    if (!report.ok())
        return m_context.fail(*report.error);
    return 0;
}

namespace {

const char kStatusUsage[] = "tenantctl migrate status [--dir DIR]...";
const char kUpUsage[] = "tenantctl migrate up [--dir DIR]... [--to TARGET] [--dry-run] "
                        "[--backup-dir DIR | --no-backup] [--keep N] [--allow-data-loss] "
                        "[--force] [--health-url URL]";
const char kDownUsage[] = "tenantctl migrate down [--dir DIR]... [--to TARGET] [--dry-run] "
                          "[--backup-dir DIR | --no-backup] [--keep N] [--allow-data-loss] "
                          "[--force] [--health-url URL]";
const char kBaselineUsage[] = "tenantctl migrate baseline --to TARGET [--dir DIR]... [--force] "
                              "[--health-url URL]";
const char kRepairUsage[] = "tenantctl migrate repair [--dir DIR]... [--force] [--health-url URL]";
const char kRetrofitUsage[] = "tenantctl migrate retrofit --table TABLE [--table TABLE2] "
                              "[--workspace] --out NNN_name.sql";

// One migrate action: the options it takes and the member that carries it out.
struct MigrateAction
{
    const char *name;
    const char *usage;
    QStringList options;
    int (MigrateCommand::*run)();
};

// Parses the arguments of "migrate ACTION", then carries the action out.
int runAction(CliContext &context, const QStringList &arguments, const MigrateAction &action)
{
    const MigrateOptions options(action.options);
    QCommandLineParser parser;
    for (const QCommandLineOption *option : options.all())
        parser.addOption(*option);
    const QString name = QLatin1String(action.name);
    if (int code = parseSubCommand(context, parser, QStringLiteral("migrate ") + name, arguments, 0,
                                   QLatin1String(action.usage));
        code >= 0)
        return code;
    for (const QCommandLineOption *option : options.all()) {
        if (parser.isSet(*option) && !options.allows(*option))
            return context.usage(MigrateCommand::tr("--%1 does not apply to migrate %2.")
                                         .arg(option->names().first(), name));
    }
    MigrateCommand command(context, parser, options);
    return (command.*action.run)();
}

} // namespace

QList<SubCommand> migrateSubCommands()
{
    const QStringList runOptions{QStringLiteral("dir"),
                                 QStringLiteral("to"),
                                 QStringLiteral("dry-run"),
                                 QStringLiteral("backup-dir"),
                                 QStringLiteral("no-backup"),
                                 QStringLiteral("keep"),
                                 QStringLiteral("allow-data-loss"),
                                 QStringLiteral("force"),
                                 QStringLiteral("health-url")};
    const QList<MigrateAction> actions{
            {"status", kStatusUsage, {QStringLiteral("dir")}, &MigrateCommand::status},
            {"up", kUpUsage, runOptions, &MigrateCommand::up},
            {"down", kDownUsage, runOptions, &MigrateCommand::down},
            {"baseline",
             kBaselineUsage,
             {QStringLiteral("dir"), QStringLiteral("to"), QStringLiteral("force"),
              QStringLiteral("health-url")},
             &MigrateCommand::baseline},
            {"repair",
             kRepairUsage,
             {QStringLiteral("dir"), QStringLiteral("force"), QStringLiteral("health-url")},
             &MigrateCommand::repair},
            {"retrofit",
             kRetrofitUsage,
             {QStringLiteral("table"), QStringLiteral("workspace"), QStringLiteral("out")},
             &MigrateCommand::retrofit}};
    QList<SubCommand> commands;
    for (const MigrateAction &action : actions)
        commands.append({action.name, action.usage, [action](CliContext &c, const QStringList &a) {
                             return runAction(c, a, action);
                         }});
    return commands;
}

int runMigrate(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("migrate"), migrateSubCommands(), arguments);
}

} // namespace tenantdesk::cli
