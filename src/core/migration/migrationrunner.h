#pragma once

#include "core/migration/dataloss.h"
#include "core/migration/migrationplan.h"

#include "core/access/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace tenantdesk {

class Database;

// Reported before each statement runs.
struct MigrationProgress
{
    int migrationIndex = 0; // 0-based step of the plan
    int migrationCount = 0;
    QString migration;
    MigrationDirection direction = MigrationDirection::Up;
    int statementIndex = 0; // 1-based
    int statementCount = 0;
    QString statement;
};

// What one committed step did.
struct MigrationOutcome
{
    QString name;
    qint64 version = 0;
    MigrationDirection direction = MigrationDirection::Up;
    QString checksum;   // of the section that ran
    QString finishedAt; // ISO-8601 UTC, as recorded in the ledger
    qint64 durationMs = 0;
    qint64 rowsChanged = 0; // rows inserted, updated or deleted by the script's statements
    int statementCount = 0;
    // What the step destroyed, counted on a copy (MigrationWorkflow fills it in: for a real
    // run, from the run on a copy just before it).
    QList<DataLoss> destroyed;
    // What the runner decided on its own, e.g. an index not created because an equivalent
    // one exists (IndexEquivalence).
    QStringList notes;
};

// Carries out a plan on the Database it is given, one transaction per migration together
// with its ledger row and audit entry (architecture.md §4). A failed or cancelled migration is
// rolled back completely; migrations committed before it in the same run stay applied. Use one
// runner per run from the thread that owns the connection; cancel() may be called from any
// thread.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationRunner)

public:
    using ProgressCallback = std::function<void(const MigrationProgress &)>;

    explicit MigrationRunner(const Database &db);
    MigrationRunner(const MigrationRunner &) = delete;
    MigrationRunner &operator=(const MigrationRunner &) = delete;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // After each step has committed, before the next one begins; it may add to the outcome.
    void setStepCallback(std::function<void(MigrationOutcome &)> callback)
    {
        m_stepDone = std::move(callback);
    }

    // Runs every step; the whole plan is validated before the first one. Rights follow the
    // database: each step reads actor's users row again inside its transaction
    // (currentActor) and is refused, applying nothing, once the user is no longer a global
    // admin, locked or deleted; the ledger row and audit entry name the user as that row has it.
    Result<QList<MigrationOutcome>> run(const MigrationPlan &plan, const Actor &actor);
    // The steps committed by the last run, also when it failed part-way.
    const QList<MigrationOutcome> &completed() const { return m_completed; }

    // Stops the run as soon as possible: interrupts the running statement, or stops before
    // the next one. The migration in progress is rolled back. A cancelled runner stays
    // cancelled. Thread-safe.
    void cancel();
    // Asked before every statement and every 1000 SQLite instructions within one: once it
    // answers true, the run is cancelled as by cancel(). Called on the running thread; it
    // must be cheap and safe to call while another thread cancels.
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }
    bool isCancelled() const { return m_cancelled.load() || (m_cancelCheck && m_cancelCheck()); }

private:
    Result<MigrationOutcome> runStep(const MigrationStep &step, const Actor &signedIn, int index,
                                     int count);
    Result<int> executeSection(const MigrationScript &script, MigrationDirection direction,
                               int index, int count, QStringList &notes);
    // After "CREATE UNIQUE INDEX IF NOT EXISTS name" created name: drops it again where another
    // index already covers it, and says so in notes.
    Result<void> dropIfCovered(const QString &index, QStringList &notes);
    // After a foreign-keys-off script: any row left pointing nowhere fails the migration.
    Result<void> checkForeignKeys(const MigrationScript &script,
                                  MigrationDirection direction) const;
    Error cancelledError(const MigrationScript &script, MigrationDirection direction, int statement,
                         bool during) const;
    void setExecuting(bool executing);
    static int progressHandler(void *runner);

    const Database &m_db;
    ProgressCallback m_progress;
    std::function<void(MigrationOutcome &)> m_stepDone;
    QList<MigrationOutcome> m_completed;
    std::atomic<bool> m_cancelled{false};
    std::function<bool()> m_cancelCheck;
    // cancel() may only interrupt while the connection is surely open: during a statement.
    QMutex m_interruptMutex;
    bool m_executing = false;
};

} // namespace tenantdesk
