#pragma once

#include "core/access/actor.h"
#include "core/migration/databasebackup.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/migrationworkflow.h"
#include "core/result.h"
#include "core/tenancy/provisioner.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tenantdesk {

class Database;
class DatabaseWorker;

// The migration engine on a thread of its own with its own connection to the database (a
// DatabaseWorker), so that the window stays responsive during a long migration. Each call
// queues one task; its result arrives on the GUI thread through `done`, dropped if `context`
// is gone by then. execute() runs core's MigrationWorkflow, whose progress and log lines come
// as queued signals; cancel() stops it from any thread, and the migration in progress is
// rolled back by the engine.
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

    // The status of every migration of `dirs` (merged) in the database (reads only).
    void inspect(const QStringList &dirs, QObject *context,
                 std::function<void(Result<MigrationPlanner>)> done);
    // Who else uses the database file (LiveUse): the processes holding it open, together
    // with the server answer the caller got (reads /proc only).
    void findOtherUsers(const ServerAnswer &server, QObject *context,
                        std::function<void(Result<OtherUsers>)> done);
    // What plan would destroy, counted on a copy (MigrationWorkflow::assessDataLoss); cancel()
    // stops the count.
    void assessDataLoss(const MigrationPlan &plan, QObject *context,
                        std::function<void(Result<DataLossReport>)> done);
    void execute(const MigrationRequest &request, QObject *context,
                 std::function<void(MigrationReport)> done);
    // Accepts the current checksums of modified migrations (LedgerMaintenance::repair).
    void repair(const QList<MigrationStatus> &modified, const LiveUseOptions &live,
                QObject *context, std::function<void(Result<QStringList>)> done);
    void restore(const QString &backupDir, const QString &name, const LiveUseOptions &live,
                 QObject *context, std::function<void(Result<RestoreOutcome>)> done);
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
    // Core refused a task for the user's rights (ErrorCode::Denied): rights follow the
    // database, so the signed-in user may have been demoted, locked or deleted meanwhile (the
    // session reads the account again). Emitted before the task's own result is delivered.
    void accessRefused(const QString &message);

private:
    template<typename T>
    void submit(QObject *context, std::function<T(const Database &, const Actor &)> task,
                std::function<void(T)> done);

    DatabaseWorker *m_worker;
    int m_pending = 0;
    // Counts cancel() calls. A task is cancelled once the count differs from the one it was
    // submitted under, so cancel() reaches every task submitted before it and none after.
    std::atomic<quint64> m_cancelCount{0};
};

} // namespace tenantdesk
