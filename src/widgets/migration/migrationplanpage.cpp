#include "widgets/migration/migrationplanpage.h"

#include "widgets/common/icons.h"
#include "widgets/migration/migrationtexts.h"
#include "widgets/migration/migrationwizard.h"

#include <QDir>
#include <QFileInfo>

namespace tenantdesk {

namespace {

enum Column {
    NumberColumn,
    NameColumn,
    ActionColumn,
    StatementsColumn,
    NotesColumn,
    DestroysColumn
};

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

MigrationPlanPage::MigrationPlanPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    ui.setupUi(this);
    setCommitPage(true);
    ui.statementsEdit->setFont(MigrationTexts::monospaceFont());
    ui.splitter->setStretchFactor(0, 1);
    ui.splitter->setStretchFactor(1, 3);
    ui.warningLabel->hide();
    ui.problemLabel->hide();
    ui.dataLossLabel->hide();
    ui.sourceLabel->hide();
    ui.confirmFrame->hide();
    ui.confirmLabel->setText(tr("Type <b>%1</b> to run a plan that destroys data:")
                                     .arg(confirmationWord().toHtmlEscaped()));
    ui.backupLocationLabel->setText(
            tr("into %1 (private to you)")
                    .arg(QDir::toNativeSeparators(
                            DatabaseBackup::defaultDir(wizard->databasePath()))));
    connect(ui.confirmEdit, &QLineEdit::textChanged, this, [this] { Q_EMIT completeChanged(); });
    for (QRadioButton *radio : {ui.applyRadio, ui.revertRadio, ui.baselineRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                fillTargets();
        });
    }
    connect(ui.targetCombo, &QComboBox::currentIndexChanged, this, &MigrationPlanPage::updatePlan);
    connect(ui.dryRunCheck, &QCheckBox::toggled, this, &MigrationPlanPage::updateOptions);
    connect(ui.backupCheck, &QCheckBox::toggled, this, &MigrationPlanPage::updateOptions);
    connect(ui.healthUrlEdit, &QLineEdit::textChanged, this, &MigrationPlanPage::updateOptions);
}

void MigrationPlanPage::initializePage()
{
    ui.healthUrlEdit->setText(m_wizard->healthCheckUrl().toString());
    // Where nothing is pending but something is applied, reverting is the likely wish.
    const auto &planner = m_wizard->planner();
    bool anyPending = false;
    bool anyApplied = false;
    if (planner) {
        for (const MigrationStatus &status : planner->statuses()) {
            anyPending = anyPending || status.state == MigrationState::Pending;
            anyApplied = anyApplied || status.isApplied();
        }
    }
    QRadioButton *preferred = !anyPending && anyApplied ? ui.revertRadio : ui.applyRadio;
    if (preferred->isChecked())
        fillTargets();
    else
        preferred->setChecked(true);
}

MigrationDirection MigrationPlanPage::direction() const
{
    return ui.revertRadio->isChecked() ? MigrationDirection::Down : MigrationDirection::Up;
}

MigrationRequest::Mode MigrationPlanPage::mode() const
{
    return ui.baselineRadio->isChecked() ? MigrationRequest::Mode::Baseline
                                         : MigrationRequest::Mode::Run;
}

void MigrationPlanPage::fillTargets()
{
    const QSignalBlocker blocker(ui.targetCombo);
    ui.targetCombo->clear();
    const auto &planner = m_wizard->planner();
    if (planner) {
        const QList<MigrationStatus> &statuses = planner->statuses();
        // Item data: the target as tenantctl's --to takes it; empty for "no target".
        if (ui.applyRadio->isChecked()) {
            ui.targetCombo->addItem(tr("Every pending migration"), QString());
            for (const MigrationStatus &status : statuses) {
                if (status.state == MigrationState::Pending)
                    ui.targetCombo->addItem(tr("Up to and including %1").arg(status.name),
                                            status.name);
            }
        } else if (ui.revertRadio->isChecked()) {
            QList<const MigrationStatus *> applied;
            for (const MigrationStatus &status : statuses) {
                if (status.isApplied())
                    applied.prepend(&status);
            }
            if (!applied.isEmpty())
                ui.targetCombo->addItem(
                        tr("Only the last one applied (%1)").arg(applied.first()->name), QString());
            for (qsizetype i = 1; i < applied.size(); ++i)
                ui.targetCombo->addItem(
                        tr("Back to %1 (it stays applied)").arg(applied.at(i)->name),
                        applied.at(i)->name);
            ui.targetCombo->addItem(tr("Revert everything (to 0)"), QStringLiteral("0"));
        } else {
            for (const MigrationStatus &status : statuses) {
                if (status.state == MigrationState::Pending)
                    ui.targetCombo->addItem(tr("Up to and including %1").arg(status.name),
                                            status.name);
            }
        }
    }
    ui.targetCombo->setCurrentIndex(0);
    updatePlan();
}

void MigrationPlanPage::updatePlan()
{
    m_plan.reset();
    m_dataLoss.reset();
    m_assessing = false;
    ++m_assessSerial;
    ui.dataLossLabel->hide();
    ui.sourceLabel->hide();
    ui.confirmFrame->hide();
    ui.confirmEdit->clear();
    ui.planTree->clear();
    ui.statementsEdit->clear();
    const auto &planner = m_wizard->planner();
    const bool baseline = mode() == MigrationRequest::Mode::Baseline;
    QString problem;
    if (!planner) {
        problem = tr("The status of the migrations could not be read.");
    } else if (ui.targetCombo->count() == 0) {
        problem = baseline ? tr("Nothing to record: no migration is pending.")
                           : tr("Nothing to do.");
    } else {
        const QString text = ui.targetCombo->currentData().toString();
        std::optional<MigrationTarget> target;
        Result<void> parsed;
        if (!text.isEmpty()) {
            auto parsedTarget = MigrationTarget::parse(text);
            if (parsedTarget)
                target = *parsedTarget;
            else
                parsed = parsedTarget.error();
        }
        Result<MigrationPlan> plan = !parsed ? Result<MigrationPlan>(parsed.error())
                : baseline                   ? planner->baselinePlan(*target)
                                             : planner->plan(direction(), target);
        if (!plan)
            problem = plan.error().message;
        else if (plan->isEmpty())
            problem = direction() == MigrationDirection::Up
                    ? tr("Nothing to apply: every migration up to that target is applied.")
                    : tr("Nothing to revert: no migration after that target is applied.");
        else
            m_plan = *plan;
    }
    if (m_plan)
        showPlan(*m_plan);
    MigrationTexts::showProblem(ui.problemLabel, problem);
    updateOptions();
    if (m_plan && mode() == MigrationRequest::Mode::Run)
        assess();
}

QString MigrationPlanPage::confirmationWord()
{
    return tr("DESTROY");
}

bool MigrationPlanPage::needsConfirmation() const
{
    return m_dataLoss && m_dataLoss->destroysData() && mode() == MigrationRequest::Mode::Run;
}

bool MigrationPlanPage::isConfirmed() const
{
    return ui.confirmEdit->text().trimmed() == confirmationWord();
}

void MigrationPlanPage::assess()
{
    m_assessing = true;
    const quint64 serial = m_assessSerial;
    MigrationTexts::showWarning(ui.dataLossLabel,
                                tr("Counting on a copy of the database what this plan would "
                                   "destroy…"));
    Q_EMIT completeChanged();
    m_wizard->job()->assessDataLoss(*m_plan, this, [this, serial](Result<DataLossReport> counted) {
        if (serial != m_assessSerial)
            return;
        m_assessing = false;
        showDataLoss(counted);
        Q_EMIT completeChanged();
        Q_EMIT assessed();
    });
}

void MigrationPlanPage::showDataLoss(const Result<DataLossReport> &assessed)
{
    if (!assessed) {
        // The run itself counts again before it changes anything, and refuses a loss that
        // was not confirmed.
        MigrationTexts::showWarning(ui.dataLossLabel,
                                    tr("What the plan would destroy could not be counted: %1")
                                            .arg(assessed.error().message.toHtmlEscaped()));
        return;
    }
    m_dataLoss = *assessed;
    const QList<MigrationStep> &steps = m_plan->steps;
    QStringList destroyed;
    for (int i = 0; i < ui.planTree->topLevelItemCount() && i < steps.size(); ++i) {
        QTreeWidgetItem *item = ui.planTree->topLevelItem(i);
        if (i >= m_dataLoss->perStep.size()) {
            item->setText(DestroysColumn, tr("not counted"));
            continue;
        }
        const QList<DataLoss> &losses = m_dataLoss->perStep.at(i);
        item->setText(DestroysColumn, losses.isEmpty() ? tr("nothing") : describeDataLoss(losses));
        if (!losses.isEmpty()) {
            item->setIcon(DestroysColumn, Icons::themed(QStringLiteral("dialog-warning")));
            // One line per step and per table, so that rows removed by a cascade stand out
            // next to the table whose deletion caused them.
            QStringList lines;
            for (const DataLoss &loss : losses)
                lines.append(describeDataLoss(loss).toHtmlEscaped());
            destroyed.append(
                    tr("<b>%1</b> destroys:").arg(steps.at(i).script.fileName().toHtmlEscaped())
                    + QStringLiteral("<ul><li>") + lines.join(QStringLiteral("</li><li>"))
                    + QStringLiteral("</li></ul>"));
        }
    }
    ui.planTree->resizeColumnToContents(DestroysColumn);
    QString text;
    if (!destroyed.isEmpty())
        text = tr("Counted on a copy of the database, cascades included: %1 A backup keeps it "
                  "only if the backup option stays on.")
                       .arg(destroyed.join(QString()));
    else if (m_dataLoss->countedOnCopy)
        text = tr("Counted on a copy of the database: this plan destroys no rows, values or "
                  "tables.");
    if (m_dataLoss->error)
        text += QLatin1Char(' ')
                + tr("On the copy the plan stops early: %1")
                          .arg(m_dataLoss->error->message.toHtmlEscaped());
    if (destroyed.isEmpty())
        MigrationTexts::showWarning(ui.dataLossLabel, text);
    else
        MigrationTexts::showProblem(ui.dataLossLabel, text);
    ui.confirmFrame->setVisible(needsConfirmation());
}

void MigrationPlanPage::showPlan(const MigrationPlan &plan)
{
    const bool baseline = mode() == MigrationRequest::Mode::Baseline;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        auto *item = new QTreeWidgetItem(ui.planTree);
        item->setText(NumberColumn, QString::number(i + 1));
        item->setText(NameColumn, step.script.fileName());
        item->setText(ActionColumn, MigrationTexts::actionName(step.direction, baseline));
        item->setTextAlignment(StatementsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StatementsColumn,
                      baseline ? tr("none run")
                               : QString::number(MigrationTexts::statementCount(step.script,
                                                                                step.direction)));
        QStringList notes;
        if (!step.script.isReversible())
            notes << tr("irreversible");
        if (step.script.disablesForeignKeys())
            notes << tr("foreign keys off, checked before commit");
        item->setText(NotesColumn, notes.join(QStringLiteral("; ")));
    }
    for (int column = 0; column < ui.planTree->columnCount(); ++column)
        ui.planTree->resizeColumnToContents(column);
    if (!baseline)
        showSources(plan);
    ui.statementsEdit->setPlainText(
            baseline ? tr("-- Nothing runs: the ledger records these migrations as applied.\n")
                     : MigrationTexts::statementsPreview(plan));
}

void MigrationPlanPage::showSources(const MigrationPlan &plan)
{
    // Where each step's SQL is, so that the admin can read (or fix) it before running it.
    QStringList lines;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        const QString source = step.script.describeSource(step.direction).toHtmlEscaped();
        lines.append(tr("Step %1: %2").arg(i + 1).arg(source));
        QTreeWidgetItem *item = ui.planTree->topLevelItem(int(i));
        if (item)
            item->setToolTip(NameColumn, step.script.describeSource(step.direction));
    }
    ui.sourceLabel->setText(tr("Where the SQL comes from:") + QStringLiteral("<br>")
                            + lines.join(QStringLiteral("<br>")));
    ui.sourceLabel->setVisible(!lines.isEmpty());
}

void MigrationPlanPage::updateOptions()
{
    const bool baseline = mode() == MigrationRequest::Mode::Baseline;
    ui.dryRunCheck->setEnabled(!baseline);
    QString warning;
    if (baseline)
        warning = tr("Baseline runs nothing: use it only when the database already has what these "
                     "migrations create, for example an aistack database whose server created the "
                     "tables.");
    else if (direction() == MigrationDirection::Down)
        warning = tr("Reverting runs the DOWN sections listed above; they may drop tables and "
                     "every row in them. Keep the backup on to be able to restore them.");
    if (!ui.backupCheck->isChecked() && !warning.isEmpty())
        warning += QLatin1Char(' ');
    if (!ui.backupCheck->isChecked())
        warning += tr("Without a backup, what the run changes can only be undone by reverting.");
    const QString url = ui.healthUrlEdit->text().trimmed();
    if (!url.isEmpty() && !isHttpUrl(QUrl(url)))
        MigrationTexts::showProblem(ui.problemLabel,
                                    tr("%1 is not an http or https address.").arg(url));
    else if (m_plan)
        MigrationTexts::showProblem(ui.problemLabel, {});
    MigrationTexts::showWarning(ui.warningLabel, warning);

    // The button's letter is its own (N): the option it carries out already has the first
    // letter of the same word (Apply, Revert, Record, Dry run).
    QString button;
    if (ui.dryRunCheck->isChecked() && !baseline)
        button = tr("Dry Ru&n");
    else if (baseline)
        button = tr("Record &Now");
    else
        button = direction() == MigrationDirection::Up ? tr("Apply &Now") : tr("Revert &Now");
    setButtonText(QWizard::CommitButton, button);
    Q_EMIT completeChanged();
}

bool MigrationPlanPage::isComplete() const
{
    const QString url = ui.healthUrlEdit->text().trimmed();
    return m_plan.has_value() && (url.isEmpty() || isHttpUrl(QUrl(url))) && !m_assessing
            && (!needsConfirmation() || isConfirmed());
}

bool MigrationPlanPage::validatePage()
{
    if (!m_plan)
        return false;
    MigrationRequest request;
    request.plan = *m_plan;
    request.mode = mode();
    request.backup = ui.backupCheck->isChecked();
    // Core counts again before the real run and refuses a loss that was not confirmed here.
    request.allowDataLoss = needsConfirmation() && isConfirmed();
    m_wizard->setRequest(request);
    m_wizard->setDryRunFirst(ui.dryRunCheck->isChecked()
                             && request.mode != MigrationRequest::Mode::Baseline);
    m_wizard->setHealthCheckUrl(QUrl(ui.healthUrlEdit->text().trimmed()));
    return true;
}

} // namespace tenantdesk
