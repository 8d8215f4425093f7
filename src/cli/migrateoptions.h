#pragma once

// Shared by the migrate actions: status, up and down (migratecommand.cpp), baseline, repair
// and retrofit (migratetools.cpp).

#include "core/access/actor.h"
#include "core/database/database.h"
#include "core/database/liveuse.h"
#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplan.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/migrationworkflow.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace tenantdesk::cli {

class CliContext;

// The options of every migrate action. Each action's parser knows all of them, so that one
// given to the wrong action is refused by name; an action accepts (and its --help shows) only
// those named in `allowed`.
struct MigrateOptions
{
    explicit MigrateOptions(const QStringList &allowed);

    QCommandLineOption dir;
    QCommandLineOption to;
    QCommandLineOption dryRun;
    QCommandLineOption backupDir;
    QCommandLineOption noBackup;
    QCommandLineOption keep;
    QCommandLineOption allowDataLoss;
    QCommandLineOption force;
    QCommandLineOption healthUrl;
    QCommandLineOption table;
    QCommandLineOption workspace;
    QCommandLineOption out;

    QList<const QCommandLineOption *> all() const;
    bool allows(const QCommandLineOption &option) const;

private:
    QStringList m_allowed;
};

// One migrate action on the database of this run.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::MigrateCommand)

public:
    MigrateCommand(CliContext &context, const QCommandLineParser &parser,
                   const MigrateOptions &options);

    int status();
    int up() { return run(MigrationDirection::Up); }
    int down() { return run(MigrationDirection::Down); }
    int baseline();
    int repair();
    int retrofit();

private:
    int run(MigrationDirection direction);
    Result<MigrationCatalog> catalog() const;
    // Opens the database and signs in as someone who may run migrations.
    Result<void> signIn(Database::OpenMode mode);
    Result<MigrationPlanner> prepare(Database::OpenMode mode);
    Result<std::optional<MigrationTarget>> target() const;
    // Who else uses the file, for a command that changes it: the health address asked (unless
    // switched off) and --force.
    LiveUseOptions liveUse() const;
    void printIgnored(const MigrationCatalog &catalog);
    void printReport(const MigrationPlan &plan, const MigrationReport &report);
    void printNames(const QString &key, const QStringList &names, const QString &sentence);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
    const MigrateOptions &m_options;
    Database *m_db = nullptr;
    Actor m_actor;
};

} // namespace tenantdesk::cli
