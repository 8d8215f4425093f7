#include "clicontext.h"
#include "commands.h"
#include "orderedjson.h"

#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

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

// The options of every migrate action; each action checks which ones apply to it.
struct MigrateOptions
{
    QCommandLineOption dir{QStringLiteral("dir"),
                           tr("The migrations folder (default: the bundled migrations)."),
                           tr("folder")};
    QCommandLineOption to{QStringLiteral("to"),
                          tr("Target: a number (everything numbered up to it applied, 0 for "
                             "none) or a migration name such as 008_multitenant."),
                          tr("target")};
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

private:
    // Loads the folder, opens the database and signs in as someone who may migrate.
    Result<MigrationPlanner> prepare(Database::OpenMode mode);
    Result<std::optional<MigrationTarget>> target() const;
    void printOutcomes(const QList<MigrationOutcome> &outcomes);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
    const MigrateOptions &m_options;
    Database *m_db = nullptr;
    Actor m_actor;
};

Result<MigrationPlanner> MigrateCommand::prepare(Database::OpenMode mode)
{
    const QString dir = m_parser.isSet(m_options.dir) ? m_parser.value(m_options.dir)
                                                      : bundledMigrationsDir();
    auto catalog = MigrationCatalog::load(dir);
    if (!catalog)
        return catalog.error();
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
    return MigrationPlanner::forDatabase(*m_db, *catalog);
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
    if (m_parser.isSet(m_options.to))
        return m_context.usage(tr("migrate status takes no --to."));
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
    return 0;
}

int MigrateCommand::run(MigrationDirection direction)
{
    auto wanted = target();
    if (!wanted)
        return m_context.fail(wanted.error());
    // A brand-new file is initialised with migrations; reverting needs an existing one.
    auto planner = prepare(direction == MigrationDirection::Up ? Database::OpenMode::CreateIfMissing
                                                               : Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    auto plan = planner->plan(direction, *wanted);
    if (!plan)
        return m_context.fail(plan.error());
    if (plan->isEmpty() && !m_context.json()) {
        m_context.out() << tr("Nothing to do: the database is already there.") << '\n';
        return 0;
    }
    MigrationRunner runner(*m_db);
    auto run = runner.run(*plan, m_actor);
    printOutcomes(runner.completed());
    if (!run)
        return m_context.fail(run.error());
    return 0;
}

void MigrateCommand::printOutcomes(const QList<MigrationOutcome> &outcomes)
{
    if (m_context.json()) {
        QList<OrderedJsonObject> steps;
        for (const MigrationOutcome &outcome : outcomes)
            steps.append(OrderedJsonObject()
                                 .add(QStringLiteral("name"), outcome.name)
                                 .add(QStringLiteral("version"), outcome.version)
                                 .add(QStringLiteral("direction"), directionName(outcome.direction))
                                 .add(QStringLiteral("duration_ms"), outcome.durationMs)
                                 .add(QStringLiteral("rows_changed"), outcome.rowsChanged)
                                 .add(QStringLiteral("statements"), outcome.statementCount));
        m_context.out() << OrderedJsonObject().add(QStringLiteral("steps"), steps).toJson() << '\n';
        return;
    }
    for (const MigrationOutcome &outcome : outcomes) {
        const QString line = outcome.direction == MigrationDirection::Up
                ? tr("Applied %1 in %2 ms (%3 statements, %4 rows changed).")
                : tr("Reverted %1 in %2 ms (%3 statements, %4 rows changed).");
        m_context.out() << line.arg(outcome.name)
                                   .arg(outcome.durationMs)
                                   .arg(outcome.statementCount)
                                   .arg(outcome.rowsChanged)
                        << '\n';
    }
}

} // namespace

int runMigrate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Show, apply or revert schema migrations.\n\n"
               "  status   every migration: applied, pending, modified or missing\n"
               "  up       apply pending migrations (all, or up to --to)\n"
               "  down     revert the last applied migration (or down to --to)"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("status, up or down"));
    const MigrateOptions options;
    parser.addOption(options.dir);
    parser.addOption(options.to);
    if (!parseCommandLine(context, parser, QStringLiteral("migrate"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(
                tr("Usage: tenantctl migrate status|up|down [--dir DIR] [--to TARGET]"));

    MigrateCommand command(context, parser, options);
    const QString action = positional.first();
    if (action == QLatin1String("status"))
        return command.status();
    if (action == QLatin1String("up"))
        return command.run(MigrationDirection::Up);
    if (action == QLatin1String("down"))
        return command.run(MigrationDirection::Down);
    return context.usage(tr("Unknown migrate action \"%1\": use status, up or down.").arg(action));
}

} // namespace tenantdesk::cli
