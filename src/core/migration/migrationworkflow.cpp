#include "core/migration/migrationworkflow.h"

#include "core/migration/databasecopy.h"
#include "core/migration/ledgermaintenance.h"

#include "core/access/accesspolicy.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace tenantdesk {

namespace {

const QString kTenantsTable = QStringLiteral("tenants");
const QString kUsersTable = QStringLiteral("users");

MigrationReport reportFor(const MigrationRequest &request)
{
    MigrationReport report;
    report.mode = request.mode;
    report.direction = request.plan.direction;
    report.plannedSteps = int(request.plan.steps.size());
    return report;
}

} // namespace

MigrationWorkflow::MigrationWorkflow(MigrationHooks hooks)
    : m_hooks(std::move(hooks))
{ }

void MigrationWorkflow::log(const QString &line) const
{
    if (m_hooks.log)
        m_hooks.log(line);
}

bool MigrationWorkflow::isCancelRequested() const
{
    return m_hooks.isCancelled && m_hooks.isCancelled();
}

bool MigrationWorkflow::needsBackup(const Database &db, const MigrationRequest &request)
{
    // A file this very open created holds nothing anyone wrote: a backup of it would only
    // be an empty file to restore.
    return request.mode != MigrationRequest::Mode::DryRun && request.backup
            && !request.plan.isEmpty() && !db.isNew();
}

void MigrationWorkflow::runPlan(const Database &db, const Actor &actor, const MigrationPlan &plan,
                                MigrationReport &report) const
{
    MigrationRunner runner(db);
    runner.setProgressCallback(m_hooks.progress);
    runner.setCancelCheck(m_hooks.isCancelled);
    auto run = runner.run(plan, actor);
    report.completed = runner.completed();
    report.cancelled = runner.isCancelled();
    if (!run)
        report.error = run.error();
}

MigrationReport MigrationWorkflow::dryRun(const Database &source, const Actor &actor,
                                          const MigrationRequest &request,
                                          MigrationReport report) const
{
    log(tr("Copying the database to a temporary folder…"));
    auto copy = DatabaseCopy::of(source);
    if (!copy) {
        report.error = copy.error();
        return report;
    }
    const Database &target = (*copy)->database();
    log(tr("Running the plan on the copy; the database itself is not touched."));
    runPlan(target, actor, request.plan, report);
    report.tenantsTableAfter = target.hasTable(kTenantsTable);
    return report;
}

MigrationReport MigrationWorkflow::dryRunOnNewFile(const MigrationRequest &request) const
{
    Q_ASSERT(request.mode == MigrationRequest::Mode::DryRun);
    MigrationReport report = reportFor(request);
    QElapsedTimer timer;
    timer.start();
    auto empty = DatabaseCopy::empty();
    if (!empty) {
        report.error = empty.error();
        return report;
    }
    log(tr("The database does not exist yet: running the plan on an empty stand-in."));
    runPlan((*empty)->database(), Actor::bootstrapActor(), request.plan, report);
    report.tenantsTableAfter = (*empty)->database().hasTable(kTenantsTable);
    report.elapsedMs = timer.elapsed();
    return report;
}

MigrationReport MigrationWorkflow::run(const Database &db, const Actor &actor,
                                       const MigrationRequest &request) const
{
    using Mode = MigrationRequest::Mode;
    MigrationReport report = reportFor(request);
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

    // The runner checks again on every write; this stops before a backup is made for nothing.
    if (auto allowed = AccessPolicy(db).require(actor, Action::RunMigrations, {}); !allowed) {
        report.error = allowed.error();
        return finish();
    }

    if (request.mode == Mode::DryRun) {
        report = dryRun(db, actor, request, std::move(report));
        return finish();
    }

    if (needsBackup(db, request)) {
        const DatabaseBackup backups(db, request.backupDir);
        log(tr("Backing up the database into %1…").arg(backups.dir()));
        auto backup = backups.create();
        if (!backup) {
            report.error = backup.error();
            return finish();
        }
        report.backup = *backup;
        log(tr("Backed up to %1 (%2 bytes).").arg(backup->path).arg(backup->bytes));
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

    runPlan(db, actor, request.plan, report);
    qCInfo(lcMigration) << "run on" << db.path() << "completed" << report.completed.size() << "of"
                        << report.plannedSteps << "steps";
    return finish();
}

} // namespace tenantdesk
