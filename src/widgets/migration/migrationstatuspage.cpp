#include "widgets/migration/migrationstatuspage.h"

#include "widgets/common/errorpresenter.h"
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

enum Column {
    NameColumn,
    VersionColumn,
    StateColumn,
    ReversibleColumn,
    AppliedColumn,
    FolderColumn
};

} // namespace

MigrationStatusPage::MigrationStatusPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_gate(new LiveUseGate(wizard, this))
{
    ui.setupUi(this);
    ui.upEdit->setFont(MigrationTexts::monospaceFont());
    ui.downEdit->setFont(MigrationTexts::monospaceFont());
    ui.modifiedFrame->hide();
    ui.problemLabel->hide();
    ui.ignoredLabel->hide();
    ui.splitter->setStretchFactor(0, 2);
    ui.splitter->setStretchFactor(1, 3);
    ui.repairButton->setIcon(Icons::themed(QStringLiteral("dialog-warning")));
    connect(ui.migrationTree, &QTreeWidget::currentItemChanged, this,
            &MigrationStatusPage::showSelected);
    connect(ui.repairButton, &QPushButton::clicked, this, &MigrationStatusPage::repair);
}

void MigrationStatusPage::initializePage()
{
    reload();
}

bool MigrationStatusPage::isComplete() const
{
    const auto &planner = m_wizard->planner();
    return !m_loading && planner && planner->modified().isEmpty();
}

void MigrationStatusPage::reload()
{
    m_loading = true;
    const quint64 serial = ++m_serial;
    m_wizard->setPlanner(std::nullopt);
    ui.migrationTree->clear();
    ui.upEdit->clear();
    ui.downEdit->clear();
    ui.detailsLabel->clear();
    ui.modifiedFrame->hide();
    ui.ignoredLabel->hide();
    MigrationTexts::showProblem(ui.problemLabel, {});
    QStringList shown;
    for (const QString &dir : m_wizard->migrationsDirs())
        shown.append(QDir::toNativeSeparators(dir));
    ui.summaryLabel->setText(
            tr("Reading %1 and the database's ledger…").arg(QLocale().createSeparatedList(shown)));
    Q_EMIT completeChanged();
    m_wizard->job()->inspect(
            m_wizard->migrationsDirs(), this, [this, serial](Result<MigrationPlanner> planner) {
                if (serial != m_serial)
                    return;
                m_loading = false;
                if (planner) {
                    m_wizard->setPlanner(std::move(planner).value());
                    showStatuses();
                } else {
                    ui.summaryLabel->clear();
                    MigrationTexts::showProblem(ui.problemLabel, planner.error().message);
                }
                Q_EMIT completeChanged();
                Q_EMIT loaded();
            });
}

void MigrationStatusPage::showStatuses()
{
    const MigrationPlanner &planner = *m_wizard->planner();
    const QList<MigrationStatus> &statuses = planner.statuses();
    int applied = 0;
    int pending = 0;
    for (const MigrationStatus &status : statuses) {
        if (status.state == MigrationState::Pending)
            ++pending;
        else
            ++applied;
        auto *item = new QTreeWidgetItem(ui.migrationTree);
        item->setText(NameColumn, status.name);
        item->setText(VersionColumn, QString::number(status.version));
        item->setTextAlignment(VersionColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StateColumn, MigrationTexts::stateName(status.state));
        if (status.state == MigrationState::Missing)
            item->setText(ReversibleColumn, tr("Unknown (no file)"));
        else
            item->setText(ReversibleColumn,
                          status.reversible ? tr("Yes") : tr("No (irreversible)"));
        if (status.script)
            item->setText(
                    FolderColumn,
                    QDir::toNativeSeparators(QFileInfo(status.script->filePath()).absolutePath()));
        else
            item->setText(FolderColumn, tr("(no folder has it)"));
        if (status.ledger)
            item->setText(AppliedColumn,
                          tr("%1 by %2")
                                  .arg(status.ledger->appliedAt.left(19).replace(QLatin1Char('T'),
                                                                                 QLatin1Char(' ')),
                                       status.ledger->appliedBy));
        if (status.state == MigrationState::Modified || status.state == MigrationState::Missing) {
            item->setIcon(StateColumn, Icons::themed(QStringLiteral("dialog-warning")));
            item->setForeground(StateColumn, QColor(0xc0, 0x39, 0x2b));
        } else if (status.state == MigrationState::Pending) {
            QFont bold = item->font(StateColumn);
            bold.setBold(true);
            item->setFont(StateColumn, bold);
        }
        if (status.state == MigrationState::Missing)
            item->setToolTip(StateColumn,
                             tr("The ledger says it is applied, but none of the folders "
                                "has its file."));
    }
    for (int column = 0; column < ui.migrationTree->columnCount(); ++column)
        ui.migrationTree->resizeColumnToContents(column);

    const QString folder = planner.catalog().describeDirs();
    if (statuses.isEmpty())
        ui.summaryLabel->setText(tr("%1 has no NNN_name.sql migration scripts.").arg(folder));
    else
        ui.summaryLabel->setText(
                tr("%n migration(s) in %1: %2 applied, %3 pending.", nullptr, int(statuses.size()))
                        .arg(folder)
                        .arg(applied)
                        .arg(pending));

    // Files that are not migrations are named, not skipped silently.
    QStringList ignored;
    for (const IgnoredFile &file : planner.catalog().ignored())
        ignored.append(tr("%1 (%2)").arg(QDir::toNativeSeparators(file.path), file.reason));
    if (!ignored.isEmpty())
        MigrationTexts::showWarning(
                ui.ignoredLabel,
                tr("Ignored, not migrations: %1.").arg(ignored.join(QStringLiteral("; "))));

    const QList<MigrationStatus> modified = planner.modified();
    if (!modified.isEmpty()) {
        QStringList names;
        for (const MigrationStatus &status : modified)
            names.append(QStringLiteral("<b>%1</b>").arg(status.name.toHtmlEscaped()));
        ui.modifiedLabel->setText(
                tr("%1 changed since it was applied: its checksum no longer matches the ledger, "
                   "so no migration can run until that is resolved. Restore the file as it was "
                   "applied, or, once you have checked that the database already matches the "
                   "changed script (for example only comments changed), accept the new "
                   "checksum.")
                        .arg(names.join(QStringLiteral(", "))));
        ui.modifiedFrame->show();
        ui.repairButton->setEnabled(bool(MigrationWizard::checkAccess(m_wizard->actor())));
    }
    if (ui.migrationTree->topLevelItemCount() > 0) {
        // The first one that needs attention, else the first pending one, else the first.
        int select = 0;
        for (int i = int(statuses.size()) - 1; i >= 0; --i) {
            if (statuses.at(i).state == MigrationState::Pending)
                select = i;
        }
        for (int i = int(statuses.size()) - 1; i >= 0; --i) {
            if (statuses.at(i).state == MigrationState::Modified)
                select = i;
        }
        ui.migrationTree->setCurrentItem(ui.migrationTree->topLevelItem(select));
    }
}

void MigrationStatusPage::showSelected()
{
    const auto &planner = m_wizard->planner();
    const int row = ui.migrationTree->indexOfTopLevelItem(ui.migrationTree->currentItem());
    if (!planner || row < 0 || row >= planner->statuses().size())
        return;
    const MigrationStatus &status = planner->statuses().at(row);
    QStringList details;
    if (status.script) {
        const MigrationScript &script = *status.script;
        ui.upEdit->setPlainText(QString::fromUtf8(script.sql(MigrationDirection::Up)));
        ui.downEdit->setPlainText(QString::fromUtf8(script.sql(MigrationDirection::Down)));
        ui.sqlTabs->setTabText(1, script.isReversible() ? tr("&DOWN") : tr("&DOWN (irreversible)"));
        details << tr("File: %1").arg(QDir::toNativeSeparators(script.filePath()))
                << tr("Checksum of UP (%1): %2")
                           .arg(MigrationScript::checksumAlgorithm(),
                                script.checksum(MigrationDirection::Up))
                << tr("Statements: %1 UP, %2 DOWN")
                           .arg(MigrationTexts::statementCount(script, MigrationDirection::Up))
                           .arg(MigrationTexts::statementCount(script, MigrationDirection::Down));
        if (script.disablesForeignKeys())
            details << tr("Runs with foreign keys switched off (table rebuild); a foreign key "
                          "check must pass before it commits.");
        if (!script.isReversible())
            details << tr("Irreversible: its DOWN section has no statements, so it cannot be "
                          "reverted.");
    } else {
        ui.upEdit->setPlainText(
                tr("-- The file of %1 is no longer in the folder.").arg(status.name));
        ui.downEdit->clear();
    }
    if (status.ledger) {
        const LedgerEntry &ledger = *status.ledger;
        details << tr("Applied %1 by %2 in %3")
                           .arg(ledger.appliedAt, ledger.appliedBy,
                                MigrationTexts::duration(ledger.durationMs))
                << tr("Checksum in the ledger (%1): %2").arg(ledger.checksumAlg, ledger.checksum);
    }
    if (status.state == MigrationState::Modified)
        details << tr("Modified: the UP section changed since it was applied.");
    ui.detailsLabel->setText(details.join(QLatin1Char('\n')));
}

void MigrationStatusPage::repair()
{
    const auto &planner = m_wizard->planner();
    if (!planner)
        return;
    const QList<MigrationStatus> modified = planner->modified();
    // Nothing to accept: never a confirmation that names no script.
    if (modified.isEmpty())
        return;
    QStringList names;
    for (const MigrationStatus &status : modified)
        names.append(status.name);
    const auto answer = QMessageBox::warning(
            this, tr("Accept the changed scripts?"),
            tr("TenantDesk will record the current text of %1 as the applied one, without running "
               "anything. Do this only if the database already matches the changed script; "
               "otherwise restore the file as it was applied.\n\nThe repair is recorded in the "
               "audit chain.")
                    .arg(names.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ui.repairButton->setEnabled(false);
    m_gate->check(LiveUse::Operation::Migrate, [this, modified](const LiveUseGate::Decision &gate) {
        if (!gate.go) {
            ui.repairButton->setEnabled(true);
            if (!gate.refusal.isEmpty())
                ErrorPresenter::show(this, tr("Could not accept the new checksums"),
                                     conflict(gate.refusal));
            return;
        }
        m_wizard->job()->repair(modified, gate.options, this, [this](Result<QStringList> repaired) {
            if (!repaired) {
                ui.repairButton->setEnabled(true);
                ErrorPresenter::show(this,
                                     tr("Could not accept the new "
                                        "checksums"),
                                     repaired.error());
                return;
            }
            m_wizard->notifyDatabaseChanged();
            reload();
        });
    });
}

} // namespace tenantdesk
