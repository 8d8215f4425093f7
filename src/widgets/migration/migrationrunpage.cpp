#include "widgets/migration/migrationrunpage.h"

#include "widgets/common/icons.h"
#include "widgets/migration/migrationtexts.h"
#include "widgets/migration/migrationwizard.h"

#include <QDir>
#include <QScrollBar>
#include <QTime>

namespace tenantdesk {

namespace {

enum DryRunColumn { NameColumn, ResultColumn, TimeColumn, RowsColumn, DestroysColumn };

// The first line of a statement, short enough for one log line.
QString headOf(const QString &statement)
{
    QString head = statement.section(QLatin1Char('\n'), 0, 0).simplified();
    if (head.size() > 110 || statement.contains(QLatin1Char('\n')))
        head = head.left(110) + QStringLiteral(" …");
    return head;
}

} // namespace

MigrationRunPage::MigrationRunPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_health(new ServerHealthCheck(this))
{
    ui.setupUi(this);
    ui.logEdit->setFont(MigrationTexts::monospaceFont());
    ui.cancelButton->setIcon(Icons::themed(QStringLiteral("process-stop")));
    ui.runAnywayButton->setIcon(Icons::themed(QStringLiteral("dialog-warning")));
    ui.splitter->setStretchFactor(0, 1);
    ui.splitter->setStretchFactor(1, 2);
    // The dry run's table says what it is: its results are never those of the real run.
    ui.dryRunTree->headerItem()->setText(ResultColumn, tr("Dry run result"));
    ui.dryRunTree->headerItem()->setText(TimeColumn, tr("Dry run time"));
    ui.dryRunTree->headerItem()->setText(RowsColumn, tr("Rows changed in the copy"));
    // Queued: the job emits these on its own thread.
    connect(wizard->job(), &MigrationJob::progress, this, &MigrationRunPage::showProgress);
    connect(wizard->job(), &MigrationJob::logMessage, this, &MigrationRunPage::log);
    connect(m_health, &ServerHealthCheck::finished, this, &MigrationRunPage::serverChecked);
    connect(ui.cancelButton, &QPushButton::clicked, this, &MigrationRunPage::requestCancel);
    connect(ui.applyButton, &QPushButton::clicked, this, &MigrationRunPage::checkServer);
    connect(ui.runAnywayButton, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(ui.checkAgainButton, &QPushButton::clicked, this, &MigrationRunPage::checkServer);
}

void MigrationRunPage::initializePage()
{
    m_dryRun.reset();
    m_otherUsers.reset();
    ui.logEdit->clear();
    ui.dryRunTree->clear();
    ui.dryRunTree->setVisible(m_wizard->isDryRunFirst());
    resetProgress(int(m_wizard->request().plan.steps.size()));
    if (m_wizard->isDryRunFirst())
        startDryRun();
    else
        checkServer();
}

bool MigrationRunPage::isComplete() const
{
    return m_phase == Phase::Finished;
}

int MigrationRunPage::nextId() const
{
    return MigrationWizard::ResultPageId;
}

void MigrationRunPage::setPhase(Phase phase)
{
    m_phase = phase;
    const bool working = phase == Phase::DryRunning || phase == Phase::Running;
    ui.cancelButton->setVisible(working);
    ui.cancelButton->setEnabled(working);
    ui.serverFrame->setVisible(phase == Phase::ServerWarning);
    ui.applyButton->setVisible(phase == Phase::DryRunDone && m_dryRun && m_dryRun->ok());
    Q_EMIT completeChanged();
    Q_EMIT phaseChanged(phase);
}

void MigrationRunPage::resetProgress(int steps)
{
    m_currentStep = -1;
    ui.migrationProgress->setRange(0, qMax(steps, 1));
    ui.migrationProgress->setValue(0);
    ui.statementProgress->setRange(0, 1);
    ui.statementProgress->setValue(0);
    ui.statementLabel->clear();
}

void MigrationRunPage::log(const QString &line)
{
    ui.logEdit->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz  "))
                                + line);
    // The log follows its newest line, also after the admin scrolled up to read.
    QScrollBar *scroll = ui.logEdit->verticalScrollBar();
    scroll->setValue(scroll->maximum());
}

void MigrationRunPage::startDryRun()
{
    MigrationRequest request = m_wizard->request();
    request.mode = MigrationRequest::Mode::DryRun;
    request.backup = false;
    ui.phaseLabel->setText(
            tr("<b>Dry run</b> on a temporary copy of %1: the database itself is "
               "not touched.")
                    .arg(QDir::toNativeSeparators(m_wizard->databasePath()).toHtmlEscaped()));
    setPhase(Phase::DryRunning);
    log(tr("Dry run on a temporary copy: the database is not touched."));
    m_wizard->job()->execute(request, this,
                             [this](MigrationReport report) { dryRunFinished(report); });
}

void MigrationRunPage::dryRunFinished(const MigrationReport &report)
{
    m_dryRun = report;
    logOutcomes(report);
    const QList<MigrationStep> &steps = m_wizard->request().plan.steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto *item = new QTreeWidgetItem(ui.dryRunTree);
        item->setText(NameColumn, steps.at(i).script.fileName());
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (i < report.completed.size()) {
            const MigrationOutcome &outcome = report.completed.at(i);
            item->setIcon(ResultColumn, Icons::themed(QStringLiteral("dialog-information")));
            item->setText(ResultColumn, tr("Succeeded"));
            item->setText(TimeColumn, MigrationTexts::duration(outcome.durationMs));
            item->setText(RowsColumn, MigrationTexts::rowsChanged(outcome));
            item->setText(DestroysColumn,
                          outcome.destroyed.isEmpty() ? tr("nothing")
                                                      : describeDataLoss(outcome.destroyed));
            if (!outcome.destroyed.isEmpty())
                item->setIcon(DestroysColumn, Icons::themed(QStringLiteral("dialog-warning")));
        } else if (i == report.completed.size() && report.error) {
            item->setIcon(ResultColumn, Icons::themed(QStringLiteral("dialog-warning")));
            item->setText(ResultColumn, report.cancelled ? tr("Cancelled") : tr("Failed"));
            item->setToolTip(ResultColumn, report.error->message);
        } else {
            item->setText(ResultColumn, tr("Not reached"));
        }
    }
    for (int column = 0; column < ui.dryRunTree->columnCount(); ++column)
        ui.dryRunTree->resizeColumnToContents(column);
    if (report.ok())
        ui.phaseLabel->setText(tr("<b>The dry run succeeded</b> in %1 on a temporary copy; the "
                                  "database was not touched. Apply the same plan to the database "
                                  "now?")
                                       .arg(MigrationTexts::duration(report.elapsedMs)));
    else
        ui.phaseLabel->setText(
                (report.cancelled
                         ? tr("<b>The dry run was cancelled</b>; the database was not touched. %1")
                         : tr("<b>The dry run failed</b>; the database was not touched. %1"))
                        .arg(report.error->message.toHtmlEscaped()));
    setPhase(Phase::DryRunDone);
}

void MigrationRunPage::checkServer()
{
    const QUrl url = m_wizard->healthCheckUrl();
    setPhase(Phase::Checking);
    if (url.isEmpty()) {
        findOtherUsers({});
        return;
    }
    ui.phaseLabel->setText(tr("Checking whether an aistack server answers at %1…")
                                   .arg(url.toDisplayString().toHtmlEscaped()));
    m_health->check(url);
}

void MigrationRunPage::serverChecked(const ServerHealthCheck::Outcome &outcome)
{
    if (m_phase != Phase::Checking)
        return;
    if (!outcome.answered)
        log(tr("No aistack server answers at %1 (%2).")
                    .arg(outcome.url.toDisplayString(), outcome.detail));
    else
        log(tr("An aistack server answers at %1 (%2).")
                    .arg(outcome.url.toDisplayString(), outcome.detail));
    findOtherUsers(outcome.toAnswer());
}

void MigrationRunPage::findOtherUsers(const ServerAnswer &server)
{
    m_server = server;
    ui.phaseLabel->setText(
            tr("Checking which other programs have %1 open…")
                    .arg(QDir::toNativeSeparators(m_wizard->databasePath()).toHtmlEscaped()));
    m_wizard->job()->findOtherUsers(server, this, [this, server](Result<OtherUsers> found) {
        if (m_phase != Phase::Checking)
            return;
        // /proc unreadable: core looks again before the run and refuses what it finds.
        if (!found) {
            OtherUsers onlyServer;
            onlyServer.databasePath = m_wizard->databasePath();
            onlyServer.server = server;
            othersFound(onlyServer);
            return;
        }
        othersFound(*found);
    });
}

void MigrationRunPage::othersFound(const OtherUsers &found)
{
    if (found.isEmpty()) {
        m_otherUsers.reset();
        startRun(false);
        return;
    }
    m_otherUsers = found;
    log(found.describe());
    ui.serverLabel->setText(
            tr("<b>Someone else uses this database.</b> %1 They may be writing to it while its "
               "schema changes, and may not expect the new schema. Stop them first if you can. "
               "Each migration still runs in its own transaction and waits for their writes.")
                    .arg(found.describe().toHtmlEscaped()));
    ui.phaseLabel->setText(tr("Waiting for your decision: nothing has run yet."));
    setPhase(Phase::ServerWarning);
}

void MigrationRunPage::startRun(bool force)
{
    MigrationRequest request = m_wizard->request();
    request.live.server = m_server;
    request.live.force = force;
    // What actually runs, with the admin's answers, is what the result page shows.
    m_wizard->setRequest(request);
    resetProgress(int(request.plan.steps.size()));
    // From here on the page shows the real run: the dry run's table (its results, times and
    // rows are those of the copy) leaves the page, the log marks where the real run begins.
    ui.dryRunTree->hide();
    if (m_dryRun)
        log(tr("Real run on the database (the lines above are the dry run on a copy)."));
    ui.phaseLabel->setText(
            (request.mode == MigrationRequest::Mode::Baseline
                     ? tr("<b>Recording as applied in</b> %1…")
                     : tr("<b>Running on</b> %1…"))
                    .arg(QDir::toNativeSeparators(m_wizard->databasePath()).toHtmlEscaped()));
    setPhase(Phase::Running);
    m_wizard->job()->execute(request, this,
                             [this](MigrationReport report) { runFinished(report); });
}

void MigrationRunPage::showProgress(const MigrationProgress &progress)
{
    if (m_phase != Phase::Running && m_phase != Phase::DryRunning)
        return;
    if (progress.migrationIndex != m_currentStep) {
        m_currentStep = progress.migrationIndex;
        log(tr("%1 %2 (%3 of %4)")
                    .arg(MigrationTexts::actionName(progress.direction, false), progress.migration)
                    .arg(progress.migrationIndex + 1)
                    .arg(progress.migrationCount));
    }
    ui.migrationProgress->setRange(0, progress.migrationCount);
    ui.migrationProgress->setValue(progress.migrationIndex);
    ui.statementProgress->setRange(0, progress.statementCount);
    ui.statementProgress->setValue(progress.statementIndex - 1);
    const QString head = headOf(progress.statement);
    ui.statementLabel->setText(tr("%1, statement %2 of %3: %4")
                                       .arg(progress.migration)
                                       .arg(progress.statementIndex)
                                       .arg(progress.statementCount)
                                       .arg(head));
    log(QStringLiteral("  [%1/%2] %3")
                .arg(progress.statementIndex)
                .arg(progress.statementCount)
                .arg(head));
}

void MigrationRunPage::logOutcomes(const MigrationReport &report)
{
    const bool baseline = report.mode == MigrationRequest::Mode::Baseline;
    for (const QString &name : report.baselined)
        log(tr("Recorded %1 as applied.").arg(name));
    for (const MigrationOutcome &outcome : report.completed) {
        if (outcome.destroyed.isEmpty())
            log(tr("%1 %2 in %3 (%4 statements, %5 rows changed).")
                        .arg(MigrationTexts::doneName(outcome.direction, baseline), outcome.name,
                             MigrationTexts::duration(outcome.durationMs))
                        .arg(outcome.statementCount)
                        .arg(outcome.rowsChanged));
        else
            log(tr("%1 %2 in %3 (%4 statements; destroys %5).")
                        .arg(MigrationTexts::doneName(outcome.direction, baseline), outcome.name,
                             MigrationTexts::duration(outcome.durationMs))
                        .arg(outcome.statementCount)
                        .arg(describeDataLoss(outcome.destroyed)));
        for (const QString &note : outcome.notes)
            log(QStringLiteral("  ") + note);
    }
    if (report.error)
        log(report.error->message);
    ui.migrationProgress->setValue(int(report.completed.size() + report.baselined.size()));
    if (report.ok())
        ui.statementProgress->setValue(ui.statementProgress->maximum());
}

void MigrationRunPage::runFinished(const MigrationReport &report)
{
    logOutcomes(report);
    if (report.ok())
        ui.phaseLabel->setText(tr("<b>Finished</b> in %1. Next shows what changed and where the "
                                  "backup is.")
                                       .arg(MigrationTexts::duration(report.elapsedMs)));
    else
        ui.phaseLabel->setText(tr("<b>%1</b> Next shows what changed and where the backup is.")
                                       .arg(report.cancelled ? tr("Cancelled.") : tr("Failed.")));
    ui.statementLabel->clear();
    m_wizard->setReport(report);
    setPhase(Phase::Finished);
}

void MigrationRunPage::requestCancel()
{
    m_wizard->job()->cancel();
    if (m_phase == Phase::Running || m_phase == Phase::DryRunning) {
        ui.cancelButton->setEnabled(false);
        log(tr("Cancelling: the migration in progress is being rolled back…"));
    }
}

} // namespace tenantdesk
