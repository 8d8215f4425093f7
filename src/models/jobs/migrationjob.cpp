#include "models/jobs/migrationjob.h"

#include "models/jobs/databaseworker.h"

#include "core/database/database.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationcatalog.h"

#include <QPointer>

#include <optional>

namespace tenantdesk {

namespace {

// The refusal a task's result carries, if core refused it for the user's rights.
template<typename T> std::optional<Error> deniedError(const Result<T> &result)
{
    if (!result && result.error().code == ErrorCode::Denied)
        return result.error();
    return std::nullopt;
}

std::optional<Error> deniedError(const Result<MigrationReport> &result)
{
    if (!result)
        return result.error().code == ErrorCode::Denied ? std::optional<Error>(result.error())
                                                        : std::nullopt;
    if (result->error && result->error->code == ErrorCode::Denied)
        return result->error;
    return std::nullopt;
}

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
    // statements' worth of SQLite instructions. It must go before the cancel flag does.
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
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    // The busy count is kept by the job itself (not by context), so it is right even when the
    // caller is gone before the answer.
    QPointer<QObject> receiver(context);
    m_worker->run<T>(this, std::move(task), [this, receiver, done = std::move(done)](T result) {
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
        if (const auto denied = deniedError(result))
            Q_EMIT accessRefused(denied->message);
        if (receiver)
            done(std::move(result));
    });
}

void MigrationJob::cancel()
{
    ++m_cancelCount;
}

void MigrationJob::inspect(const QStringList &dirs, QObject *context,
                           std::function<void(Result<MigrationPlanner>)> done)
{
    submit<Result<MigrationPlanner>>(
            context,
            [dirs](const Database &db, const Actor &) -> Result<MigrationPlanner> {
                auto catalog = MigrationCatalog::load(dirs);
                if (!catalog)
                    return catalog.error();
                return MigrationPlanner::forDatabase(db, *catalog);
            },
            std::move(done));
}

void MigrationJob::findOtherUsers(const ServerAnswer &server, QObject *context,
                                  std::function<void(Result<OtherUsers>)> done)
{
    submit<Result<OtherUsers>>(
            context,
            [server](const Database &db, const Actor &) -> Result<OtherUsers> {
                return LiveUse::find(db.path(), server);
            },
            std::move(done));
}

void MigrationJob::assessDataLoss(const MigrationPlan &plan, QObject *context,
                                  std::function<void(Result<DataLossReport>)> done)
{
    submit<Result<DataLossReport>>(
            context,
            [this, plan, submittedUnder = m_cancelCount.load()](const Database &db,
                                                                const Actor &actor) {
                MigrationHooks hooks;
                hooks.isCancelled = [this, submittedUnder] {
                    return m_cancelCount.load() != submittedUnder;
                };
                return MigrationWorkflow(std::move(hooks)).assessDataLoss(db, actor, plan);
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
            [this, request, submittedUnder = m_cancelCount.load()](
                    const Database &db, const Actor &actor) -> Result<MigrationReport> {
                // Emitted on the worker thread: receivers on the GUI thread get them queued.
                MigrationHooks hooks;
                hooks.progress = [this](const MigrationProgress &step) {
                    Q_EMIT progress(step);
                };
                hooks.log = [this](const QString &line) {
                    Q_EMIT logMessage(line);
                };
                hooks.isCancelled = [this, submittedUnder] {
                    return m_cancelCount.load() != submittedUnder;
                };
                return MigrationWorkflow(std::move(hooks)).run(db, actor, request);
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

void MigrationJob::repair(const QList<MigrationStatus> &modified, const LiveUseOptions &live,
                          QObject *context, std::function<void(Result<QStringList>)> done)
{
    submit<Result<QStringList>>(
            context,
            [modified, live](const Database &db, const Actor &actor) {
                return LedgerMaintenance(db).repair(modified, actor, live);
            },
            std::move(done));
}

void MigrationJob::restore(const QString &backupDir, const QString &name,
                           const LiveUseOptions &live, QObject *context,
                           std::function<void(Result<RestoreOutcome>)> done)
{
    submit<Result<RestoreOutcome>>(
            context,
            [backupDir, name, live](const Database &db, const Actor &actor) {
                return DatabaseBackup(db, backupDir).restore(name, actor, live);
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
