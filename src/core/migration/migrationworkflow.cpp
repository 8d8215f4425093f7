#include "core/migration/migrationworkflow.h"

#include "core/migration/databasecopy.h"
#include "core/migration/ledgermaintenance.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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
                                MigrationReport &report, bool countLoss, bool withProgress) const
{
    MigrationRunner runner(db);
    if (withProgress)
        runner.setProgressCallback(m_hooks.progress);
    runner.setCancelCheck(m_hooks.isCancelled);
    std::optional<DataCensus> census;
    if (countLoss) {
        auto before = DataCensus::take(db);
        if (!before) {
            report.error = before.error();
            return;
        }
        census = *before;
        runner.setStepCallback([&](MigrationOutcome &outcome) {
            auto after = DataCensus::take(db);
            if (!after) {
                qCWarning(lcMigration) << "cannot count after" << outcome.name;
                return;
            }
            outcome.destroyed = DataCensus::lost(*census, *after);
            census = *after;
        });
    }
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
    log(MigrationWorkflow::tr("Copying the database to a temporary folder…"));
    auto copy = DatabaseCopy::of(source);
    if (!copy) {
        report.error = copy.error();
        return report;
    }
    const Database &target = (*copy)->database();
    log(MigrationWorkflow::tr("Running the plan on the copy; the database itself is not touched."));
    runPlan(target, actor, request.plan, report, true);
    report.tenantsTableAfter = target.hasTable(kTenantsTable);
    return report;
}

Result<DataLossReport> MigrationWorkflow::assessDataLoss(const Database &db, const Actor &actor,
                                                         const MigrationPlan &plan) const
{
    DataLossReport assessed;
    if (!planMayDestroyData(plan)) {
        assessed.perStep.resize(plan.steps.size());
        return assessed;
    }
    auto copy = DatabaseCopy::of(db);
    if (!copy)
        return copy.error();
    MigrationReport rehearsal;
    runPlan((*copy)->database(), actor, plan, rehearsal, true, false);
    assessed.countedOnCopy = true;
    for (const MigrationOutcome &outcome : std::as_const(rehearsal.completed))
        assessed.perStep.append(outcome.destroyed);
    assessed.error = rehearsal.error;
    return assessed;
}

Result<void> MigrationWorkflow::checkDataLoss(const Database &db, const Actor &actor,
                                              const MigrationRequest &request,
                                              MigrationReport &report) const
{
    // A file this very open created holds nothing to lose; a plan that only creates and adds
    // cannot destroy anything, and is not copied for nothing (a copy of a large file costs).
    if (db.isNew() || !planMayDestroyData(request.plan))
        return {};
    log(MigrationWorkflow::tr(
            "Counting on a copy what the plan would destroy; the database itself is not "
            "touched…"));
    auto assessed = assessDataLoss(db, actor, request.plan);
    if (!assessed)
        return assessed.error();
    report.checkedOnCopy = *assessed;
    if (isCancelRequested())
        return failure(MigrationWorkflow::tr(
                "The run was cancelled before the first migration; the database was "
                "not changed."));
    if (!assessed->destroysData()) {
        log(MigrationWorkflow::tr("Counted on the copy: the plan destroys no rows."));
        return {};
    }
    QStringList steps;
    for (qsizetype i = 0; i < assessed->perStep.size(); ++i) {
        if (!assessed->perStep.at(i).isEmpty())
            steps.append(MigrationWorkflow::tr("%1 destroys %2.")
                                 .arg(request.plan.steps.at(i).script.describe(
                                              request.plan.steps.at(i).direction),
                                      describeDataLoss(assessed->perStep.at(i))));
    }
    const QString named = steps.join(QLatin1Char(' '));
    if (!request.allowDataLoss)
        return conflict(MigrationWorkflow::tr(
                                "Counted on a copy of the database: %1 Nothing was changed. To run "
                                "it anyway, allow the data loss (tenantctl: --allow-data-loss; the "
                                "wizard: type the confirmation word).")
                                .arg(named));
    log(MigrationWorkflow::tr("Counted on the copy: %1 The loss was allowed.").arg(named));
    return {};
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
    log(MigrationWorkflow::tr(
            "The database does not exist yet: running the plan on an empty stand-in."));
    runPlan((*empty)->database(), Actor::bootstrapActor(), request.plan, report, true);
    report.tenantsTableAfter = (*empty)->database().hasTable(kTenantsTable);
    report.elapsedMs = timer.elapsed();
    return report;
}

MigrationReport MigrationWorkflow::run(const Database &db, const Actor &signedIn,
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

    // Rights follow the database: the users row as it is now, not as it was at sign-in. The
    // runner and LedgerMaintenance check again inside every write transaction; this stops
    // before a copy or a backup is made for nothing.
    auto current = currentActorAllowed(db, signedIn, Action::RunMigrations);
    if (!current) {
        report.error = current.error();
        return finish();
    }
    const Actor &actor = *current;

    if (request.mode == Mode::DryRun) {
        report = dryRun(db, actor, request, std::move(report));
        return finish();
    }

    // Before anything is written, not even a backup: who else has the file open.
    const OtherUsers others = LiveUse::find(db.path(), request.live.server);
    if (!others.isEmpty())
        report.otherUsers = others;
    if (auto permitted = LiveUse::permit(others, LiveUse::Operation::Migrate, request.live.force);
        !permitted) {
        report.error = permitted.error();
        return finish();
    }

    if (needsBackup(db, request)) {
        const DatabaseBackup backups(db, request.backupDir);
        log(MigrationWorkflow::tr("Backing up the database into %1…").arg(backups.dir()));
        auto backup = backups.create();
        if (!backup) {
            report.error = backup.error();
            return finish();
        }
        report.backup = *backup;
        log(MigrationWorkflow::tr("Backed up to %1 (%2 bytes).")
                    .arg(backup->path)
                    .arg(backup->bytes));
    }
    const auto cancelledBeforeFirst = [&] {
        report.cancelled = true;
        report.error = failure(
                MigrationWorkflow::tr("The run was cancelled before the first migration; the "
                                      "database was not changed."));
        return finish();
    };
    if (isCancelRequested())
        return cancelledBeforeFirst();
    // Once the change is sure to go on, only the newest backups stay.
    const auto pruneBackups = [&] {
        if (!report.backup)
            return;
        auto pruned = DatabaseBackup(db, request.backupDir).prune(request.keepBackups);
        if (pruned && !pruned->isEmpty())
            log(MigrationWorkflow::tr("Removed %n older backup(s), keeping the newest.", nullptr,
                                      int(pruned->size())));
    };

    if (request.mode == Mode::Baseline) {
        pruneBackups();
        auto recorded = LedgerMaintenance(db).baseline(request.plan, actor);
        if (recorded)
            report.baselined = *recorded;
        else
            report.error = recorded.error();
        return finish();
    }

    if (auto checked = checkDataLoss(db, actor, request, report); !checked) {
        if (isCancelRequested())
            return cancelledBeforeFirst();
        report.error = checked.error();
        // Refused before anything ran: the backup just made holds exactly what the database
        // still holds, so it goes again (and older ones were not pruned for it).
        if (report.backup && QFile::remove(report.backup->path)) {
            log(MigrationWorkflow::tr("Removed the backup %1 again: nothing was changed.")
                        .arg(report.backup->name));
            report.backup.reset();
        }
        return finish();
    }
    pruneBackups();

    runPlan(db, actor, request.plan, report, false);
    // What each step destroyed, as counted on the copy just before.
    if (report.checkedOnCopy) {
        for (qsizetype i = 0;
             i < report.completed.size() && i < report.checkedOnCopy->perStep.size(); ++i)
            report.completed[i].destroyed = report.checkedOnCopy->perStep.at(i);
    }
    qCInfo(lcMigration) << "run on" << db.path() << "completed" << report.completed.size() << "of"
                        << report.plannedSteps << "steps";
    return finish();
}

} // namespace tenantdesk
