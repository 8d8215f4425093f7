#pragma once

#include "core/migration/databasebackup.h"
#include "core/migration/dataloss.h"
#include "core/migration/migrationplan.h"
#include "core/migration/migrationrunner.h"

#include "core/access/actor.h"
#include "core/database/liveuse.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tenantdesk {

class Database;

// What the migration wizard or `tenantctl migrate` asks the workflow to carry out.
struct MigrationRequest
{
    enum class Mode {
        Run,      // the plan on the database itself
        DryRun,   // the plan on a temporary copy; the database is not touched
        Baseline, // the plan's steps recorded as applied without running them
    };

    MigrationPlan plan;
    Mode mode = Mode::Run;
    bool backup = true;   // before a Run or Baseline: a backup with DatabaseBackup
    QString backupDir;    // empty: DatabaseBackup's default folder for this database
    int keepBackups = -1; // after the backup, keep this many (0: all; -1: the setting)
    // A Run whose plan destroys rows, values or tables (counted on a copy first) goes on only
    // when this is set (tenantctl --allow-data-loss, the wizard's typed confirmation).
    bool allowDataLoss = false;
    // Before a Run or Baseline: who else uses the file (LiveUse). The caller asks the server's
    // health address (core cannot); force goes on despite the findings.
    LiveUseOptions live;
};

// What one request did. Migrations committed before a failure stay committed (each one is its
// own transaction); the failing one was rolled back completely.
struct MigrationReport
{
    MigrationRequest::Mode mode = MigrationRequest::Mode::Run;
    MigrationDirection direction = MigrationDirection::Up;
    int plannedSteps = 0;
    QList<MigrationOutcome> completed;
    QStringList baselined;
    std::optional<Error> error;
    bool cancelled = false;
    std::optional<BackupInfo> backup;
    qint64 elapsedMs = 0;
    // What another process or server was found doing with the file (Run and Baseline).
    std::optional<OtherUsers> otherUsers;
    // A Run that could destroy data first ran on a copy: what each step destroyed there.
    std::optional<DataLossReport> checkedOnCopy;
    bool tenantsTableBefore = false;
    bool tenantsTableAfter = false;
    bool usersTable = false;

    bool ok() const { return !error.has_value(); }
    // The run created aistack's tenancy tables: single-to-multi provisioning comes next.
    bool createdTenancyTables() const { return !tenantsTableBefore && tenantsTableAfter; }
    bool changedDatabase() const
    {
        return mode != MigrationRequest::Mode::DryRun
                && (!completed.isEmpty() || !baselined.isEmpty());
    }
};

// How a caller follows and steers a running workflow. Every hook is optional and is called on
// the thread that runs the workflow.
struct MigrationHooks
{
    // Before each statement of the plan.
    std::function<void(const MigrationProgress &)> progress;
    // One line for a live log ("Backing up…", "Running the plan on the copy…").
    std::function<void(const QString &)> log;
    // Polled often; once it answers true, the run stops as soon as it can: before the first
    // migration, or inside the running statement, whose migration is then rolled back. It
    // typically reads an atomic that another thread sets.
    std::function<bool()> isCancelled;
};

// A migration request from start to end, the one way both programs carry it out
// (architecture.md §1): the access check (AccessPolicy), a dry run on a DatabaseCopy, the
// backup (skipped when there is nothing to lose), the cancel check before the first
// migration, then baseline or run with progress, and the report. Runs on the thread that owns
// the connection; it never blocks on anything but SQLite.
class MigrationWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationWorkflow)

public:
    explicit MigrationWorkflow(MigrationHooks hooks = {});

    // Carries out request on db as signedIn, judged (and recorded) as the users row has that
    // user now: a user demoted, locked or deleted since sign-in changes nothing. Failures are
    // in the report, never thrown.
    MigrationReport run(const Database &db, const Actor &signedIn,
                        const MigrationRequest &request) const;

    // What plan would destroy, step by step, counted on a copy of db (nothing is counted, and
    // nothing copied, for a plan that only creates and adds: planMayDestroyData()). A failure
    // of the plan on the copy is in the report; only a copy that cannot be made is an error.
    Result<DataLossReport> assessDataLoss(const Database &db, const Actor &actor,
                                          const MigrationPlan &plan) const;

    // A dry run for a database file that does not exist yet: the plan runs on an empty
    // stand-in as the bootstrap actor (there is no one to sign in as), and nothing is
    // created where the file would be. Only for Mode::DryRun.
    MigrationReport dryRunOnNewFile(const MigrationRequest &request) const;

    // Whether a backup is taken before a request changes db: asked for, a plan that does
    // something, and a file with something to lose (this very open did not create it).
    static bool needsBackup(const Database &db, const MigrationRequest &request);

private:
    MigrationReport dryRun(const Database &source, const Actor &actor,
                           const MigrationRequest &request, MigrationReport report) const;
    // Runs plan on db; fills report.completed and report.cancelled. With countLoss, each
    // outcome's `destroyed` is measured by a DataCensus before and after its step.
    void runPlan(const Database &db, const Actor &actor, const MigrationPlan &plan,
                 MigrationReport &report, bool countLoss, bool withProgress = true) const;
    // Before a real run: the plan on a copy, refused when it destroys data that the request
    // does not allow to lose. Fills report.checkedOnCopy.
    Result<void> checkDataLoss(const Database &db, const Actor &actor,
                               const MigrationRequest &request, MigrationReport &report) const;
    void log(const QString &line) const;
    bool isCancelRequested() const;

    MigrationHooks m_hooks;
};

} // namespace tenantdesk
