#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/migrateoptions.h"
#include "cli/orderedjson.h"
#include "cli/output.h"

#include "core/access/accesspolicy.h"
#include "core/database/paths.h"
#include "core/migration/migrationworkflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tenantdesk::cli {

namespace {

QString directionName(MigrationDirection direction)
{
    return direction == MigrationDirection::Up ? QStringLiteral("up") : QStringLiteral("down");
}

} // namespace

MigrateOptions::MigrateOptions(const QStringList &allowed)
    : dir(QStringLiteral("dir"),
          MigrateCommand::tr("The migrations folder (default: the bundled migrations)."),
          MigrateCommand::tr("folder"))
    , to(QStringLiteral("to"),
         MigrateCommand::tr("Target: a number (everything numbered up to it applied, 0 for none) "
                            "or a migration "
                            "name such as 008_multitenant."),
         MigrateCommand::tr("target"))
    , dryRun(QStringLiteral("dry-run"),
             MigrateCommand::tr(
                     "Run the whole plan on a temporary copy; the database is not touched."))
    , backupDir(QStringLiteral("backup-dir"),
                MigrateCommand::tr("Where the backup before a run goes (default: backups/ beside "
                                   "the database)."),
                MigrateCommand::tr("folder"))
    , noBackup(QStringLiteral("no-backup"),
               MigrateCommand::tr("Do not back the database up before the run."))
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
         {&dir, &to, &dryRun, &backupDir, &noBackup, &table, &workspace, &out}) {
        if (!allows(*option))
            option->setFlags(QCommandLineOption::HiddenFromHelp);
    }
}

QList<const QCommandLineOption *> MigrateOptions::all() const
{
    return {&dir, &to, &dryRun, &backupDir, &noBackup, &table, &workspace, &out};
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
    return MigrationCatalog::load(m_parser.isSet(m_options.dir) ? m_parser.value(m_options.dir)
                                                                : bundledMigrationsDir());
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

int MigrateCommand::status()
{
    auto planner = prepare(Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    const QList<MigrationStatus> &statuses = planner->statuses();
    if (m_context.json()) {
        QList<OrderedJsonObject> rows;
        for (const MigrationStatus &status : statuses)
            rows.append(OrderedJsonObject()
                                .add(QStringLiteral("name"), status.name)
                                .add(QStringLiteral("version"), status.version)
                                .add(QStringLiteral("state"), migrationStateName(status.state))
                                .add(QStringLiteral("reversible"), status.reversible));
        // Written directly: printJson() takes a QJsonObject, which would reorder the keys.
        m_context.out() << OrderedJsonObject().add(QStringLiteral("migrations"), rows).toJson()
                        << '\n';
        return 0;
    }
    QTextStream &out = m_context.out();
    if (statuses.isEmpty()) {
        out << tr("No migrations in %1.").arg(QDir::toNativeSeparators(planner->catalog().dir()))
            << '\n';
        return 0;
    }
    int nameWidth = int(tr("Migration").size());
    for (const MigrationStatus &status : statuses)
        nameWidth = qMax(nameWidth, int(status.name.size()));
    const auto row = [&](const QString &name, const QString &version, const QString &state,
                         const QString &reversible, const QString &applied) {
        out << name.leftJustified(nameWidth + 2) << version.rightJustified(7) << "  "
            << state.leftJustified(10) << reversible.leftJustified(12) << applied << '\n';
    };
    row(tr("Migration"), tr("Version"), tr("State"), tr("Reversible"), tr("Applied at (UTC) by"));
    for (const MigrationStatus &status : statuses) {
        const QString applied = status.ledger
                ? tr("%1 by %2").arg(status.ledger->appliedAt, status.ledger->appliedBy)
                : QString();
        row(status.name, QString::number(status.version), migrationStateName(status.state),
            status.reversible ? tr("yes") : tr("no"), applied);
    }
    if (!planner->modified().isEmpty())
        out << tr("Modified migrations block every run until the change is undone or accepted "
                  "with \"tenantctl migrate repair\".")
            << '\n';
    return 0;
}

int MigrateCommand::run(MigrationDirection direction)
{
    auto wanted = target();
    if (!wanted)
        return m_context.fail(wanted.error());
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
    if (request.plan.isEmpty() && !m_context.json()) {
        m_context.out() << tr("Nothing to do: the database is already there.") << '\n';
        return 0;
    }
    request.mode = dryRun ? MigrationRequest::Mode::DryRun : MigrationRequest::Mode::Run;
    request.backup = !m_parser.isSet(m_options.noBackup);
    request.backupDir = m_parser.value(m_options.backupDir);
    const MigrationWorkflow workflow;
    const MigrationReport report
            = newFile ? workflow.dryRunOnNewFile(request) : workflow.run(*m_db, m_actor, request);
    printSteps(request.plan, report.completed, report.error, dryRun,
               report.backup ? report.backup->path : QString());
    if (!report.ok())
        return m_context.fail(*report.error);
    return 0;
}

void MigrateCommand::printSteps(const MigrationPlan &plan, const QList<MigrationOutcome> &done,
                                const std::optional<Error> &error, bool dryRun,
                                const QString &backup)
{
    // The step that failed is the one after the last that completed.
    const MigrationStep *failed
            = error && done.size() < plan.steps.size() ? &plan.steps.at(done.size()) : nullptr;
    if (m_context.json()) {
        QList<OrderedJsonObject> steps;
        for (const MigrationOutcome &outcome : done)
            steps.append(OrderedJsonObject()
                                 .add(QStringLiteral("name"), outcome.name)
                                 .add(QStringLiteral("version"), outcome.version)
                                 .add(QStringLiteral("direction"), directionName(outcome.direction))
                                 .add(QStringLiteral("ok"), true)
                                 .add(QStringLiteral("duration_ms"), outcome.durationMs)
                                 .add(QStringLiteral("rows_changed"), outcome.rowsChanged)
                                 .add(QStringLiteral("statements"), outcome.statementCount));
        if (failed)
            steps.append(OrderedJsonObject()
                                 .add(QStringLiteral("name"), failed->script.name())
                                 .add(QStringLiteral("version"), failed->script.version())
                                 .add(QStringLiteral("direction"), directionName(failed->direction))
                                 .add(QStringLiteral("ok"), false)
                                 .add(QStringLiteral("error"), error->message));
        m_context.out() << OrderedJsonObject()
                                   .add(QStringLiteral("dry_run"), dryRun)
                                   .add(QStringLiteral("backup"),
                                        backup.isEmpty() ? QJsonValue() : QJsonValue(backup))
                                   .add(QStringLiteral("steps"), steps)
                                   .toJson()
                        << '\n';
        return;
    }
    QTextStream &out = m_context.out();
    if (dryRun)
        out << tr("Dry run on a temporary copy; the database itself was not changed.") << '\n';
    if (!backup.isEmpty())
        out << tr("Backed up to %1.").arg(QDir::toNativeSeparators(backup)) << '\n';
    for (const MigrationOutcome &outcome : done) {
        const bool up = outcome.direction == MigrationDirection::Up;
        const QString line = dryRun
                ? (up ? tr("Would apply %1: ok in %2 ms (%3, %4 rows changed).")
                      : tr("Would revert %1: ok in %2 ms (%3, %4 rows changed)."))
                : (up ? tr("Applied %1 in %2 ms (%3, %4 rows changed).")
                      : tr("Reverted %1 in %2 ms (%3, %4 rows changed)."));
        out << line.arg(outcome.name)
                        .arg(outcome.durationMs)
                        .arg(outcome.statementCount == 1
                                     ? tr("1 statement")
                                     : tr("%1 statements").arg(outcome.statementCount))
                        .arg(outcome.rowsChanged)
            << '\n';
    }
    if (failed && dryRun)
        out << tr("Would fail at %1; the steps after it were not tried.").arg(failed->script.name())
            << '\n';
}

namespace {

const char kStatusUsage[] = "tenantctl migrate status [--dir DIR]";
const char kUpUsage[] = "tenantctl migrate up [--dir DIR] [--to TARGET] [--dry-run] "
                        "[--backup-dir DIR | --no-backup]";
const char kDownUsage[] = "tenantctl migrate down [--dir DIR] [--to TARGET] [--dry-run] "
                          "[--backup-dir DIR | --no-backup]";
const char kBaselineUsage[] = "tenantctl migrate baseline --to TARGET [--dir DIR]";
const char kRepairUsage[] = "tenantctl migrate repair [--dir DIR]";
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

int runMigrate(CliContext &context, const QStringList &arguments)
{
    const QStringList runOptions{QStringLiteral("dir"), QStringLiteral("to"),
                                 QStringLiteral("dry-run"), QStringLiteral("backup-dir"),
                                 QStringLiteral("no-backup")};
    const QList<MigrateAction> actions{
            {"status", kStatusUsage, {QStringLiteral("dir")}, &MigrateCommand::status},
            {"up", kUpUsage, runOptions, &MigrateCommand::up},
            {"down", kDownUsage, runOptions, &MigrateCommand::down},
            {"baseline",
             kBaselineUsage,
             {QStringLiteral("dir"), QStringLiteral("to")},
             &MigrateCommand::baseline},
            {"repair", kRepairUsage, {QStringLiteral("dir")}, &MigrateCommand::repair},
            {"retrofit",
             kRetrofitUsage,
             {QStringLiteral("table"), QStringLiteral("workspace"), QStringLiteral("out")},
             &MigrateCommand::retrofit}};
    QList<SubCommand> commands;
    for (const MigrateAction &action : actions)
        commands.append({action.name, action.usage, [action](CliContext &c, const QStringList &a) {
                             return runAction(c, a, action);
                         }});
    return dispatch(context, QStringLiteral("migrate"), commands, arguments);
}

} // namespace tenantdesk::cli
