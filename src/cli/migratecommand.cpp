#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/orderedjson.h"

#include "core/database/paths.h"
#include "core/migration/databasebackup.h"
#include "core/migration/databasecopy.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/retrofitgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace tenantdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenantctl", text);
}

QString directionName(MigrationDirection direction)
{
    return direction == MigrationDirection::Up ? QStringLiteral("up") : QStringLiteral("down");
}

QString bareName(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

// The options of every migrate action; each action accepts only those listed in allowed().
struct MigrateOptions
{
    QCommandLineOption dir{QStringLiteral("dir"),
                           tr("The migrations folder (default: the bundled migrations)."),
                           tr("folder")};
    QCommandLineOption to{QStringLiteral("to"),
                          tr("Target: a number (everything numbered up to it applied, 0 for "
                             "none) or a migration name such as 008_multitenant."),
                          tr("target")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              tr("Run the whole plan on a temporary copy; the database is not "
                                 "touched.")};
    QCommandLineOption backupDir{QStringLiteral("backup-dir"),
                                 tr("Where the backup before a run goes (default: backups/ beside "
                                    "the database)."),
                                 tr("folder")};
    QCommandLineOption noBackup{QStringLiteral("no-backup"),
                                tr("Do not back the database up before the run.")};
    QCommandLineOption table{QStringLiteral("table"),
                             tr("retrofit: a domain table to give a tenant_id (repeatable)."),
                             tr("name")};
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 tr("retrofit: add workspace_id as well.")};
    QCommandLineOption out{QStringLiteral("out"), tr("retrofit: the migration file to write."),
                           tr("file")};

    QList<const QCommandLineOption *> all() const
    {
        return {&dir, &to, &dryRun, &backupDir, &noBackup, &table, &workspace, &out};
    }
    QList<const QCommandLineOption *> allowed(const QString &action) const
    {
        static const QHash<QString, QStringList> names{
                {QStringLiteral("status"), {QStringLiteral("dir")}},
                {QStringLiteral("up"),
                 {QStringLiteral("dir"), QStringLiteral("to"), QStringLiteral("dry-run"),
                  QStringLiteral("backup-dir"), QStringLiteral("no-backup")}},
                {QStringLiteral("baseline"), {QStringLiteral("dir"), QStringLiteral("to")}},
                {QStringLiteral("repair"), {QStringLiteral("dir")}},
                {QStringLiteral("retrofit"),
                 {QStringLiteral("table"), QStringLiteral("workspace"), QStringLiteral("out")}}};
        const QStringList wanted
                = names.value(action == QLatin1String("down") ? QStringLiteral("up") : action);
        QList<const QCommandLineOption *> result;
        for (const QCommandLineOption *option : all()) {
            if (wanted.contains(option->names().first()))
                result.append(option);
        }
        return result;
    }
};

class MigrateCommand
{
public:
    MigrateCommand(CliContext &context, const QCommandLineParser &parser,
                   const MigrateOptions &options)
        : m_context(context)
        , m_parser(parser)
        , m_options(options)
    { }

    int status();
    int run(MigrationDirection direction);
    int baseline();
    int repair();
    int retrofit();

private:
    Result<MigrationCatalog> catalog() const;
    // Opens the database and signs in as someone who may migrate.
    Result<void> signIn(Database::OpenMode mode);
    Result<MigrationPlanner> prepare(Database::OpenMode mode);
    Result<std::optional<MigrationTarget>> target() const;
    Result<QString> backUp(const MigrationPlan &plan);
    void printSteps(const MigrationPlan &plan, const QList<MigrationOutcome> &done,
                    const std::optional<Error> &error, bool dryRun, const QString &backup);
    void printNames(const QString &key, const QStringList &names, const QString &sentence);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
    const MigrateOptions &m_options;
    Database *m_db = nullptr;
    Actor m_actor;
};

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
    if (auto allowed = MigrationRunner::checkAccess(*actor); !allowed)
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

Result<QString> MigrateCommand::backUp(const MigrationPlan &plan)
{
    if (plan.isEmpty() || m_parser.isSet(m_options.noBackup))
        return QString();
    // A file without any schema has nothing to lose (a brand-new database).
    auto objects = m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return objects.error();
    if (objects->toInt() == 0)
        return QString();
    auto backup = DatabaseBackup(*m_db, m_parser.value(m_options.backupDir)).create();
    if (!backup)
        return backup.error();
    return backup->path;
}

int MigrateCommand::run(MigrationDirection direction)
{
    auto wanted = target();
    if (!wanted)
        return m_context.fail(wanted.error());
    const bool dryRun = m_parser.isSet(m_options.dryRun);
    const QFileInfo file(m_context.databasePath());
    std::unique_ptr<DatabaseCopy> copy;
    std::optional<MigrationPlanner> planner;
    if (dryRun && !file.exists() && file.absoluteDir().exists()) {
        // Nothing to copy and no one to sign in as: plan against an empty stand-in.
        auto scripts = catalog();
        if (!scripts)
            return m_context.fail(scripts.error());
        auto empty = DatabaseCopy::empty();
        if (!empty)
            return m_context.fail(empty.error());
        copy = std::move(empty).value();
        m_actor = Actor::bootstrapActor();
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
    auto plan = planner->plan(direction, *wanted);
    if (!plan)
        return m_context.fail(plan.error());
    if (plan->isEmpty() && !m_context.json()) {
        m_context.out() << tr("Nothing to do: the database is already there.") << '\n';
        return 0;
    }

    QString backup;
    if (dryRun && !copy) {
        auto made = DatabaseCopy::of(*m_db);
        if (!made)
            return m_context.fail(made.error());
        copy = std::move(made).value();
    } else if (!dryRun) {
        auto saved = backUp(*plan);
        if (!saved)
            return m_context.fail(saved.error());
        backup = *saved;
    }
    MigrationRunner runner(copy ? copy->database() : *m_db);
    auto run = runner.run(*plan, m_actor);
    printSteps(*plan, runner.completed(), run ? std::nullopt : std::optional<Error>(run.error()),
               dryRun, backup);
    if (!run)
        return m_context.fail(run.error());
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

void MigrateCommand::printNames(const QString &key, const QStringList &names,
                                const QString &sentence)
{
    if (m_context.json()) {
        m_context.printJson({{key, QJsonArray::fromStringList(names)}});
        return;
    }
    for (const QString &name : names)
        m_context.out() << sentence.arg(name) << '\n';
}

int MigrateCommand::baseline()
{
    if (!m_parser.isSet(m_options.to))
        return m_context.usage(tr("Usage: tenantctl migrate baseline --to TARGET"));
    auto wanted = target();
    if (!wanted)
        return m_context.fail(wanted.error());
    auto planner = prepare(Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    auto plan = planner->baselinePlan(**wanted);
    if (!plan)
        return m_context.fail(plan.error());
    auto recorded = LedgerMaintenance(*m_db).baseline(*plan, m_actor);
    if (!recorded)
        return m_context.fail(recorded.error());
    if (recorded->isEmpty() && !m_context.json())
        m_context.out() << tr(
                "Nothing to record: every migration up to the target is already applied.")
                        << '\n';
    printNames(QStringLiteral("baselined"), *recorded,
               tr("Recorded %1 as applied, without running it."));
    return 0;
}

int MigrateCommand::repair()
{
    auto planner = prepare(Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    auto repaired = LedgerMaintenance(*m_db).repair(planner->modified(), m_actor);
    if (!repaired)
        return m_context.fail(repaired.error());
    if (repaired->isEmpty() && !m_context.json())
        m_context.out() << tr("Nothing to repair: no applied migration was changed.") << '\n';
    printNames(QStringLiteral("repaired"), *repaired,
               tr("Accepted the changed %1: its new checksum is recorded."));
    return 0;
}

int MigrateCommand::retrofit()
{
    const QStringList tables = m_parser.values(m_options.table);
    const QString out = m_parser.value(m_options.out);
    if (tables.isEmpty() || out.isEmpty())
        return m_context.usage(
                tr("Usage: tenantctl migrate retrofit --table TABLE [--table TABLE2] "
                   "[--workspace] --out NNN_name.sql"));
    const QFileInfo file(out);
    if (!MigrationScript::isMigrationFileName(file.fileName()))
        return m_context.usage(tr("--out must name a migration file such as 010_tenant_scope.sql, "
                                  "or the engine would not find it."));
    if (!file.absoluteDir().exists())
        return m_context.fail(
                notFound(tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(file.absolutePath()))));
    if (file.exists())
        return m_context.fail(conflict(tr("%1 exists already; it was not overwritten.")
                                               .arg(QDir::toNativeSeparators(out))));
    if (auto signedIn = signIn(Database::OpenMode::ExistingOnly); !signedIn)
        return m_context.fail(signedIn.error());
    auto text = RetrofitGenerator(*m_db).generate(
            {tables, m_parser.isSet(m_options.workspace), bareName(out)});
    if (!text)
        return m_context.fail(text.error());
    QFile target(out);
    if (!target.open(QIODevice::NewOnly | QIODevice::WriteOnly)
        || target.write(*text) != text->size())
        return m_context.fail(
                failure(tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(out), target.errorString())));
    if (m_context.json())
        m_context.printJson({{QStringLiteral("file"), file.absoluteFilePath()},
                             {QStringLiteral("tables"), QJsonArray::fromStringList(tables)}});
    else
        m_context.out()
                << tr("Wrote %1. Review it, then apply it with: tenantctl migrate up --dir %2")
                           .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                                QDir::toNativeSeparators(file.absolutePath()))
                << '\n';
    return 0;
}

} // namespace

int runMigrate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Show, apply or revert schema migrations.\n\n"
               "  status    every migration: applied, pending, modified or missing\n"
               "  up        apply pending migrations (all, or up to --to)\n"
               "  down      revert the last applied migration (or down to --to)\n"
               "  baseline  record migrations up to --to as applied without running them\n"
               "  repair    accept the new checksum of migrations changed since applied\n"
               "  retrofit  write a migration giving domain tables a tenant_id"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("status, up, down, baseline, repair or retrofit"));
    const MigrateOptions options;
    for (const QCommandLineOption *option : options.all())
        parser.addOption(*option);
    if (!parseCommandLine(context, parser, QStringLiteral("migrate"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(tr("Usage: tenantctl migrate status|up|down|baseline|repair|retrofit "
                                "[options]; see tenantctl migrate --help."));
    const QString action = positional.first();
    static const QStringList actions{QStringLiteral("status"), QStringLiteral("up"),
                                     QStringLiteral("down"),   QStringLiteral("baseline"),
                                     QStringLiteral("repair"), QStringLiteral("retrofit")};
    if (!actions.contains(action))
        return context.usage(tr("Unknown migrate action \"%1\": use status, up, down, baseline, "
                                "repair or retrofit.")
                                     .arg(action));
    const QList<const QCommandLineOption *> allowed = options.allowed(action);
    for (const QCommandLineOption *option : options.all()) {
        if (parser.isSet(*option) && !allowed.contains(option))
            return context.usage(
                    tr("--%1 does not apply to migrate %2.").arg(option->names().first(), action));
    }

    MigrateCommand command(context, parser, options);
    if (action == QLatin1String("status"))
        return command.status();
    if (action == QLatin1String("up"))
        return command.run(MigrationDirection::Up);
    if (action == QLatin1String("down"))
        return command.run(MigrationDirection::Down);
    if (action == QLatin1String("baseline"))
        return command.baseline();
    if (action == QLatin1String("repair"))
        return command.repair();
    return command.retrofit();
}

} // namespace tenantdesk::cli
