#pragma once

#include "core/access/actor.h"
#include "core/migration/databasebackup.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"
#include "core/result.h"
#include "core/tenancy/provisioner.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tenantdesk {

class Database;
class DatabaseWorker;

// What the migration wizard asks MigrationJob to carry out.
struct MigrationRequest
{
    enum class Mode {
        Run,      // the plan on the database itself
        DryRun,   // the plan on a temporary copy; the database is not touched
        Baseline, // the plan's steps recorded as applied without running them
    };

    MigrationPlan plan;
    Mode mode = Mode::Run;
    bool backup = true; // before a Run or Baseline: a backup with DatabaseBackup
    QString backupDir;  // empty: backups/ beside the database
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

// The migration engine on a thread of its own with its own connection to the database (a
// DatabaseWorker), so that the window stays responsive during a long migration. Each call
// queues one task; its result arrives on the GUI thread through `done`, dropped if `context`
// is gone by then. Progress of a running plan comes as queued signals; cancel() stops it
// from any thread, and the migration in progress is rolled back by the engine.
class MigrationJob : public QObject
{
    Q_OBJECT

public:
    MigrationJob(const QString &databasePath, const Actor &actor, QObject *parent = nullptr);
    ~MigrationJob() override;

    QString databasePath() const;
    const Actor &actor() const;
    // True from a call until its result has been delivered.
    bool isBusy() const { return m_pending > 0; }

    // The status of every migration of `dir` in the database (reads only).
    void inspect(const QString &dir, QObject *context,
                 std::function<void(Result<MigrationPlanner>)> done);
    void execute(const MigrationRequest &request, QObject *context,
                 std::function<void(MigrationReport)> done);
    // Accepts the current checksums of modified migrations (LedgerMaintenance::repair).
    void repair(const QList<MigrationStatus> &modified, QObject *context,
                std::function<void(Result<QStringList>)> done);
    void restore(const QString &backupDir, const QString &name, QObject *context,
                 std::function<void(Result<RestoreOutcome>)> done);
    void provision(const ProvisionOptions &options, QObject *context,
                   std::function<void(Result<ProvisionReport>)> done);

    // Stops the running task as soon as possible: a plan stops inside its current statement
    // and that migration is rolled back. A task submitted afterwards runs normally.
    // Thread-safe.
    void cancel();

Q_SIGNALS:
    void progress(const tenantdesk::MigrationProgress &progress);
    // One line for the live log ("Backing up…", "Applied 008_multitenant in 12 ms").
    void logMessage(const QString &text);
    void busyChanged(bool busy);

private:
    template<typename T>
    void submit(QObject *context, std::function<T(const Database &, const Actor &)> task,
                std::function<void(T)> done);
    MigrationReport executeOn(const Database &db, const Actor &actor,
                              const MigrationRequest &request);
    // Runs plan with a runner that cancel() can reach.
    Result<QList<MigrationOutcome>> runPlan(const Database &db, const Actor &actor,
                                            const MigrationPlan &plan,
                                            QList<MigrationOutcome> &completed, bool &cancelled);
    bool isCancelRequested();

    DatabaseWorker *m_worker;
    int m_pending = 0;
    QMutex m_mutex;
    MigrationRunner *m_runner = nullptr; // the running one, guarded by m_mutex
    bool m_cancelRequested = false;      // guarded by m_mutex
};

} // namespace tenantdesk
