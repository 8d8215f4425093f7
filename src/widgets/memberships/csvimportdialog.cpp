#include "widgets/memberships/csvimportdialog.h"

#include "models/session/session.h"

#include "models/jobs/databaseworker.h"
#include "models/memberships/membershipimportmodel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

namespace tenantdesk {

namespace {

struct Preview
{
    QByteArray content;
    CsvImportReport report;
};

} // namespace

CsvImportDialog::CsvImportDialog(Session *session, const QString &tenantId,
                                 const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_model(new MembershipImportModel(this))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("csvImportDialog"));
    ui.introLabel->setText(
            tr("Add and change memberships of <b>%1</b> from a CSV file with the columns "
               "<i>user</i> (username or e-mail), <i>workspace</i> (a workspace slug, empty for "
               "tenant-wide) and <i>role</i>. Nothing is revoked. You see what each row would do "
               "before anything changes.")
                    .arg(tenantName.toHtmlEscaped()));
    ui.previewTable->setModel(m_model);
    ui.previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = ui.previewTable->horizontalHeader();
    header->resizeSection(MembershipImportModel::LineColumn, 50);
    header->resizeSection(MembershipImportModel::UserColumn, 170);
    header->resizeSection(MembershipImportModel::WorkspaceColumn, 110);
    header->resizeSection(MembershipImportModel::RoleColumn, 120);
    header->resizeSection(MembershipImportModel::OutcomeColumn, 80);
    ui.progressBar->hide();
    m_importButton = ui.buttonBox->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::runImport);
    connect(ui.browseButton, &QPushButton::clicked, this, &CsvImportDialog::browse);
    ui.summaryLabel->setText(tr("Choose a file to see what it would do."));
}

void CsvImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Memberships"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CsvImportDialog::setSkipFailures(bool skip)
{
    (skip ? ui.skipFailuresRadio : ui.allOrNothingRadio)->setChecked(true);
}

void CsvImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui.progressBar->setVisible(busy);
    ui.browseButton->setEnabled(!busy);
    ui.modeGroup->setEnabled(!busy && !m_done);
    m_importButton->setEnabled(!busy && !m_done && !m_content.isEmpty());
}

QString CsvImportDialog::countsText(const CsvImportReport &report, bool preview) const
{
    using Outcome = CsvImportRow::Outcome;
    QStringList parts;
    const auto add = [&](Outcome outcome, const QString &text) {
        if (const int n = report.count(outcome))
            parts << text.arg(n);
    };
    add(Outcome::Add, preview ? tr("%1 to add") : tr("%1 added"));
    add(Outcome::Change, preview ? tr("%1 to change") : tr("%1 changed"));
    add(Outcome::Unchanged, tr("%1 unchanged"));
    add(Outcome::Skipped, tr("%1 skipped"));
    add(Outcome::Invalid, tr("%1 invalid"));
    add(Outcome::Refused, tr("%1 refused"));
    return parts.isEmpty() ? tr("the file has no rows") : parts.join(tr(", "));
}

void CsvImportDialog::loadFile(const QString &path)
{
    ui.fileEdit->setText(QDir::toNativeSeparators(path));
    m_content.clear();
    m_done = false;
    m_model->clear();
    ui.summaryLabel->setText(tr("Checking every row…"));
    setBusy(true);
    m_session->worker()->run<Result<Preview>>(
            this,
            [path, tenantId = m_tenantId](const Database &db,
                                          const Actor &actor) -> Result<Preview> {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return invalidInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
                Preview preview;
                preview.content = file.readAll();
                auto report = MembershipCsv(db, actor).import(tenantId, preview.content,
                                                              MembershipCsv::Mode::Preview);
                if (!report)
                    return report.error();
                preview.report = *report;
                return preview;
            },
            [this](Result<Preview> preview) {
                if (!preview) {
                    setBusy(false);
                    ui.summaryLabel->setText(
                            tr("This file cannot be imported: %1").arg(preview.error().message));
                    Q_EMIT previewed();
                    return;
                }
                m_content = preview->content;
                m_model->setReport(preview->report);
                setBusy(false);
                const CsvImportReport &report = preview->report;
                QString text
                        = tr("Preview: %1. Nothing has changed yet.").arg(countsText(report, true));
                if (report.hasFailures())
                    text += QLatin1Char(' ')
                            + tr("With “Import nothing”, the failing rows stop the whole import.");
                ui.summaryLabel->setText(text);
                Q_EMIT previewed();
            });
}

void CsvImportDialog::runImport()
{
    if (m_content.isEmpty() || m_busy)
        return;
    const auto mode = ui.skipFailuresRadio->isChecked() ? MembershipCsv::Mode::SkipFailures
                                                        : MembershipCsv::Mode::AllOrNothing;
    ui.summaryLabel->setText(tr("Importing…"));
    setBusy(true);
    m_session->worker()->run<Result<CsvImportReport>>(
            this,
            [content = m_content, mode, tenantId = m_tenantId](const Database &db,
                                                               const Actor &actor) {
                return MembershipCsv(db, actor).import(tenantId, content, mode);
            },
            [this, mode](Result<CsvImportReport> report) {
                if (!report) {
                    setBusy(false);
                    ui.summaryLabel->setText(tr("The import failed and changed nothing: %1")
                                                     .arg(report.error().message));
                    Q_EMIT imported(false);
                    return;
                }
                m_done = true;
                m_model->setReport(*report);
                setBusy(false);
                if (report->applied) {
                    ui.summaryLabel->setText(tr("Imported: %1.").arg(countsText(*report, false)));
                    m_session->showStatus(
                            tr("Imported memberships: %1.").arg(countsText(*report, false)));
                } else if (mode == MembershipCsv::Mode::AllOrNothing && report->hasFailures()) {
                    ui.summaryLabel->setText(
                            tr("Nothing was imported: %n row(s) failed, and all or nothing was "
                               "chosen. Each row says why.",
                               "",
                               report->count(CsvImportRow::Outcome::Invalid)
                                       + report->count(CsvImportRow::Outcome::Refused)));
                } else {
                    ui.summaryLabel->setText(
                            tr("Nothing needed to change: %1.").arg(countsText(*report, false)));
                }
                m_session->refresh();
                Q_EMIT imported(report->applied);
            });
}

} // namespace tenantdesk
