#include "models/jobs/migrationjob.h"

#include "models/jobs/databaseworker.h"

#include "core/database/database.h"
#include "core/migration/databasecopy.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationcatalog.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcMigrationJob, "tenantdesk.models.migrationjob")

namespace tenantdesk {

namespace {

const QString kTenantsTable = QStringLiteral("tenants");
const QString kUsersTable = QStringLiteral("users");

} // namespace

MigrationJob::MigrationJob(const QString &databasePath, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_worker(new DatabaseWorker(databasePath, actor))
{
    // progress() crosses threads, so its argument travels through a queued connection.
    qRegisterMetaType<MigrationProgress>();
}

MigrationJob::~MigrationJob()
{
    // The worker finishes its task before it goes; a cancelled plan ends within a few
    // statements' worth of SQLite instructions. It must go before the mutex does.
    cancel();
    delete m_worker;
}

QString MigrationJob::databasePath() const
{
    return m_worker->path();
}

const Actor &MigrationJob::actor() const
{
    return m_worker->actor();
}

template<typename T>
void MigrationJob::submit(QObject *context, std::function<T(const Database &, const Actor &)> task,
                          std::function<void(T)> done)
{
    {
        QMutexLocker locker(&m_mutex);
        m_cancelRequested = false;
    }
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    // The busy count is kept by the job itself (not by context), so it is right even when the
    // caller is gone before the answer.
    QPointer<QObject> receiver(context);
    m_worker->run<T>(this, std::move(task), [this, receiver, done = std::move(done)](T result) {
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
        if (receiver)
            done(std::move(result));
    });
}

void MigrationJob::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelRequested = true;
    if (m_runner)
        m_runner->cancel();
}

bool MigrationJob::isCancelRequested()
{
    QMutexLocker locker(&m_mutex);
    return m_cancelRequested;
}

void MigrationJob::inspect(const QString &dir, QObject *context,
                           std::function<void(Result<MigrationPlanner>)> done)
{
    submit<Result<MigrationPlanner>>(
            context,
            [dir](const Database &db, const Actor &) -> Result<MigrationPlanner> {
                auto catalog = MigrationCatalog::load(dir);
                if (!catalog)
                    return catalog.error();
                return MigrationPlanner::forDatabase(db, *catalog);
            },
            std::move(done));
}

void MigrationJob::execute(const MigrationRequest &request, QObject *context,
                           std::function<void(MigrationReport)> done)
{
    // Wrapped in a Result only for the case that the worker cannot open the database.
    const MigrationRequest::Mode mode = request.mode;
    const MigrationDirection direction = request.plan.direction;
    const int steps = int(request.plan.steps.size());
    submit<Result<MigrationReport>>(
            context,
            [this, request](const Database &db, const Actor &actor) -> Result<MigrationReport> {
                return executeOn(db, actor, request);
            },
            [done = std::move(done), mode, direction, steps](Result<MigrationReport> result) {
                if (result) {
                    done(std::move(result).value());
                    return;
                }
                MigrationReport report;
                report.mode = mode;
                report.direction = direction;
                report.plannedSteps = steps;
                report.error = result.error();
                done(std::move(report));
            });
}

Result<QList<MigrationOutcome>> MigrationJob::runPlan(const Database &db, const Actor &actor,
                                                      const MigrationPlan &plan,
                                                      QList<MigrationOutcome> &completed,
                                                      bool &cancelled)
{
    MigrationRunner runner(db);
    runner.setProgressCallback([this](const MigrationProgress &progress) {
        // Emitted on the worker thread: receivers on the GUI thread get it queued.
        Q_EMIT this->progress(progress);
    });
    {
        QMutexLocker locker(&m_mutex);
        m_runner = &runner;
        if (m_cancelRequested)
            runner.cancel();
    }
    const auto unregister = qScopeGuard([this] {
        QMutexLocker locker(&m_mutex);
        m_runner = nullptr;
    });
    auto result = runner.run(plan, actor);
    completed = runner.completed();
    cancelled = runner.isCancelled();
    return result;
}

MigrationReport MigrationJob::executeOn(const Database &db, const Actor &actor,
                                        const MigrationRequest &request)
{
    using Mode = MigrationRequest::Mode;
    MigrationReport report;
    report.mode = request.mode;
    report.direction = request.plan.direction;
    report.plannedSteps = int(request.plan.steps.size());
    report.usersTable = db.hasTable(kUsersTable);
    report.tenantsTableBefore = db.hasTable(kTenantsTable);
    QElapsedTimer timer;
    timer.start();
    const auto finish = [&] {
        report.elapsedMs = timer.elapsed();
        if (report.mode != Mode::DryRun)
            report.tenantsTableAfter = db.hasTable(kTenantsTable);
        return report;
    };

    // Core checks again on every write; this stops before a backup is made for nothing.
    if (auto allowed = MigrationRunner::checkAccess(actor); !allowed) {
        report.error = allowed.error();
        return finish();
    }

    if (request.mode == Mode::DryRun) {
        Q_EMIT logMessage(tr("Copying the database to a temporary folder…"));
        auto copy = DatabaseCopy::of(db);
        if (!copy) {
            report.error = copy.error();
            return finish();
        }
        const Database &target = (*copy)->database();
        Q_EMIT logMessage(tr("Running the plan on the copy; the database itself is not touched."));
        auto run = runPlan(target, actor, request.plan, report.completed, report.cancelled);
        if (!run)
            report.error = run.error();
        report.tenantsTableAfter = target.hasTable(kTenantsTable);
        return finish();
    }

    if (request.backup) {
        const DatabaseBackup backups(db, request.backupDir);
        Q_EMIT logMessage(tr("Backing up the database into %1…").arg(backups.dir()));
        auto backup = backups.create();
        if (!backup) {
            report.error = backup.error();
            return finish();
        }
        report.backup = *backup;
        Q_EMIT logMessage(tr("Backed up to %1 (%2 bytes).").arg(backup->path).arg(backup->bytes));
    }
    if (isCancelRequested()) {
        report.cancelled = true;
        report.error = failure(tr("The run was cancelled before the first migration; the "
                                  "database was not changed."));
        return finish();
    }

    if (request.mode == Mode::Baseline) {
        auto recorded = LedgerMaintenance(db).baseline(request.plan, actor);
        if (recorded)
            report.baselined = *recorded;
        else
            report.error = recorded.error();
        return finish();
    }

    auto run = runPlan(db, actor, request.plan, report.completed, report.cancelled);
    if (!run)
        report.error = run.error();
    qCInfo(lcMigrationJob) << "run on" << db.path() << "completed" << report.completed.size()
                           << "of" << report.plannedSteps << "steps";
    return finish();
}

void MigrationJob::repair(const QList<MigrationStatus> &modified, QObject *context,
                          std::function<void(Result<QStringList>)> done)
{
    submit<Result<QStringList>>(
            context,
            [modified](const Database &db, const Actor &actor) {
                return LedgerMaintenance(db).repair(modified, actor);
            },
            std::move(done));
}

void MigrationJob::restore(const QString &backupDir, const QString &name, QObject *context,
                           std::function<void(Result<RestoreOutcome>)> done)
{
    submit<Result<RestoreOutcome>>(
            context,
            [backupDir, name](const Database &db, const Actor &actor) {
                return DatabaseBackup(db, backupDir).restore(name, actor);
            },
            std::move(done));
}

void MigrationJob::provision(const ProvisionOptions &options, QObject *context,
                             std::function<void(Result<ProvisionReport>)> done)
{
    submit<Result<ProvisionReport>>(
            context,
            [options](const Database &db, const Actor &actor) {
                return Provisioner(db, actor).provision(options);
            },
            std::move(done));
}

} // namespace tenantdesk
