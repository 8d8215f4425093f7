#include "widgets/migration/migrationresultpage.h"

#include "widgets/common/icons.h"
#include "widgets/migration/liveusegate.h"
#include "widgets/migration/migrationtexts.h"
#include "widgets/migration/migrationwizard.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace tenantdesk {

namespace {

enum Column { NameColumn, ChangeColumn, TimeColumn, StatementsColumn, RowsColumn, DestroyedColumn };

} // namespace

MigrationResultPage::MigrationResultPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_gate(new LiveUseGate(wizard, this))
{
    ui.setupUi(this);
    ui.restoreButton->setIcon(Icons::themed(QStringLiteral("document-revert")));
    connect(ui.restoreButton, &QPushButton::clicked, this, &MigrationResultPage::restore);
}

void MigrationResultPage::initializePage()
{
    m_restored.reset();
    ui.restoreLabel->clear();
    showChanges();
}

bool MigrationResultPage::isComplete() const
{
    return !m_restoring;
}

bool MigrationResultPage::offersProvisioning() const
{
    return m_wizard->createdTenancyTables() && m_wizard->report()->usersTable
            && m_wizard->actor().isGlobalAdmin();
}

int MigrationResultPage::nextId() const
{
    return offersProvisioning() ? MigrationWizard::ProvisionPageId : -1;
}

void MigrationResultPage::showChanges()
{
    ui.changesTree->clear();
    const auto &report = m_wizard->report();
    if (!report)
        return;
    const bool baseline = report->mode == MigrationRequest::Mode::Baseline;
    const int done = int(baseline ? report->baselined.size() : report->completed.size());
    QString headline;
    if (report->ok() && baseline)
        headline = tr("Recorded %n migration(s) as applied; nothing ran.", nullptr, done);
    else if (report->ok())
        headline = report->direction == MigrationDirection::Up
                ? tr("Applied %n migration(s).", nullptr, done)
                : tr("Reverted %n migration(s).", nullptr, done);
    else if (report->cancelled)
        headline = tr("Cancelled after %1 of %n migration(s).", nullptr, report->plannedSteps)
                           .arg(done);
    else
        headline = tr("The run stopped after %1 of %n migration(s).", nullptr, report->plannedSteps)
                           .arg(done);
    ui.headlineLabel->setText(QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped()));
    QString error;
    if (report->error) {
        error = report->error->message;
        if (done > 0)
            error += QLatin1Char(' ')
                    + tr("The migrations finished before it stay as they are; use Restore to go "
                         "back to the state before the run.");
    }
    MigrationTexts::showProblem(ui.errorLabel, error);

    const QList<MigrationStep> &steps = m_wizard->request().plan.steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const MigrationStep &step = steps.at(i);
        auto *item = new QTreeWidgetItem(ui.changesTree);
        item->setText(NameColumn, step.script.name());
        for (int column : {TimeColumn, StatementsColumn, RowsColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (!baseline && i < report->completed.size()) {
            const MigrationOutcome &outcome = report->completed.at(i);
            item->setText(ChangeColumn, MigrationTexts::doneName(outcome.direction, false));
            item->setText(TimeColumn, MigrationTexts::duration(outcome.durationMs));
            item->setText(StatementsColumn, QString::number(outcome.statementCount));
            item->setText(RowsColumn, MigrationTexts::rowsChanged(outcome));
            if (!outcome.destroyed.isEmpty()) {
                item->setText(DestroyedColumn, describeDataLoss(outcome.destroyed));
                item->setIcon(DestroyedColumn, Icons::themed(QStringLiteral("dialog-warning")));
            }
        } else if (baseline && i < report->baselined.size()) {
            item->setText(ChangeColumn, MigrationTexts::doneName(step.direction, true));
        } else if (i == done && report->error) {
            item->setIcon(ChangeColumn, Icons::themed(QStringLiteral("dialog-warning")));
            item->setText(ChangeColumn,
                          report->cancelled ? tr("Cancelled, rolled back")
                                            : tr("Failed, rolled back"));
            item->setToolTip(ChangeColumn, report->error->message);
        } else {
            item->setText(ChangeColumn, tr("Not run"));
        }
    }
    for (int column = 0; column < ui.changesTree->columnCount(); ++column)
        ui.changesTree->resizeColumnToContents(column);

    ui.timeLabel->setText(MigrationTexts::duration(report->elapsedMs));
    if (report->backup) {
        ui.backupLabel->setText(
                tr("%1 (%2)").arg(QDir::toNativeSeparators(report->backup->path),
                                  QLocale().formattedDataSize(report->backup->bytes)));
        ui.restoreButton->setVisible(true);
        ui.restoreButton->setEnabled(true);
    } else {
        ui.backupLabel->setText(report->mode == MigrationRequest::Mode::Run
                                                && !m_wizard->request().backup
                                        ? tr("None: the backup was switched off.")
                                        : tr("None was made."));
        ui.restoreButton->setVisible(false);
    }

    QString next;
    if (offersProvisioning())
        next = tr("The tenancy tables are new. Next, you can provision the default tenant and "
                  "workspace for the existing users.");
    else if (report->createdTenancyTables())
        next = tr("The tenancy tables are new. Once there are users, provision them with "
                  "“tenantctl provision”.");
    ui.nextLabel->setText(next);
    ui.nextLabel->setVisible(!next.isEmpty());
}

void MigrationResultPage::restore()
{
    const auto &report = m_wizard->report();
    if (!report || !report->backup || m_restoring)
        return;
    const BackupInfo backup = *report->backup;
    const auto answer = QMessageBox::question(
            this, tr("Restore the backup?"),
            tr("The content of %1 will be replaced by the backup %2, taken before this run. What "
               "the database holds now is saved as another backup first, and the restore is "
               "recorded in the restored audit chain.\n\nThe restore is refused while another "
               "program (for example the aistack server) has the database open.")
                    .arg(QDir::toNativeSeparators(m_wizard->databasePath()), backup.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_restoring = true;
    ui.restoreButton->setEnabled(false);
    MigrationTexts::showWarning(ui.restoreLabel, tr("Checking who else uses the database…"));
    Q_EMIT completeChanged();
    m_gate->check(LiveUse::Operation::Restore, [this, backup](const LiveUseGate::Decision &gate) {
        if (gate.go)
            startRestore(backup, gate.options);
        else
            restoreRefused(gate.refusal.isEmpty() ? tr("Nothing was restored.") : gate.refusal);
    });
}

void MigrationResultPage::restoreRefused(const QString &message)
{
    m_restoring = false;
    ui.restoreButton->setEnabled(true);
    MigrationTexts::showProblem(ui.restoreLabel, message);
    Q_EMIT completeChanged();
    Q_EMIT restoreFinished(false);
}

void MigrationResultPage::startRestore(const BackupInfo &backup, const LiveUseOptions &live)
{
    MigrationTexts::showWarning(ui.restoreLabel, tr("Restoring…"));
    m_wizard->job()->restore(
            QFileInfo(backup.path).absolutePath(), backup.name, live, this,
            [this](Result<RestoreOutcome> restored) {
                m_restoring = false;
                if (restored) {
                    m_restored = *restored;
                    ui.restoreLabel->setStyleSheet({});
                    ui.restoreLabel->setText(
                            tr("Restored %1. What the database held before is saved as %2.")
                                    .arg(restored->restored.name, restored->previousContent.name));
                    ui.nextLabel->hide();
                    m_wizard->notifyDatabaseChanged();
                } else {
                    ui.restoreButton->setEnabled(true);
                    MigrationTexts::showProblem(ui.restoreLabel, restored.error().message);
                }
                Q_EMIT completeChanged();
                Q_EMIT restoreFinished(restored.ok());
            });
}

} // namespace tenantdesk
