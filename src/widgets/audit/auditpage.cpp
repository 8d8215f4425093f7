#include "widgets/audit/auditpage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/audit/auditdetails.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/common/icons.h"
#include "widgets/common/noticebar.h"
#include "widgets/common/pagescaffold.h"

#include "models/context/activecontext.h"
#include "models/jobs/auditexport.h"
#include "models/jobs/databaseworker.h"
#include "models/lists/auditlistmodel.h"

#include "core/audit/auditservice.h"

#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QDateTime>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>

#include <atomic>

namespace tenantdesk {

namespace {

// The event types TenantDesk and aistack write; the field accepts any other too.
const char *const kEventTypes[] = {
        "membership.granted",    "membership.changed",
        "membership.revoked",    "tenant.created",
        "tenant.renamed",        "tenant.settings_changed",
        "tenant.deleted",        "workspace.created",
        "workspace.renamed",     "workspace.settings_changed",
        "workspace.deleted",     "tenancy.provisioned",
        "user.created",          "user.renamed",
        "user.role_changed",     "user.password_reset",
        "user.password_changed", "user.locked",
        "user.unlocked",         "user.deleted",
        "auth.failed",           "migration.applied",
        "migration.reverted",    "migration.baselined",
        "migration.repaired",    "backup.restored",
};

} // namespace

AuditPage::AuditPage(Session *session, QWidget *parent)
    : ViewPage(parent)
    , m_session(session)
    , m_model(new AuditListModel(session->worker(), this))
    , m_gate(new ActionGate(session->worker(), this))
    , m_result(new NoticeBar(this))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("auditPage"));
    // The target field is the search field: Ctrl+F lands there.
    m_scaffold = new PageScaffold(
            {this, ui.headingLabel, ui.targetEdit, ui.toolbarLayout, ui.tableView, ui.statusLabel},
            tr("Audit actions"));
    m_result->setObjectName(QStringLiteral("verificationResult"));
    ui.noticeLayout->addWidget(m_result);

    ui.eventCombo->addItem(QString());
    for (const char *type : kEventTypes)
        ui.eventCombo->addItem(QLatin1String(type));
    ui.eventCombo->lineEdit()->setPlaceholderText(tr("All events"));
    ui.eventCombo->lineEdit()->setClearButtonEnabled(true);
    const QDate today = QDate::currentDate();
    ui.fromDate->setDate(today.addDays(-30));
    ui.toDate->setDate(today);
    ui.fromDate->setEnabled(false);
    ui.toDate->setEnabled(false);
    connect(ui.fromCheck, &QCheckBox::toggled, ui.fromDate, &QWidget::setEnabled);
    connect(ui.toCheck, &QCheckBox::toggled, ui.toDate, &QWidget::setEnabled);

    // One click narrows the log to the tenant on screen; it follows a switch.
    m_thisTenant = new QCheckBox(tr("Th&is tenant"), this);
    m_thisTenant->setObjectName(QStringLiteral("thisTenantCheck"));
    m_thisTenant->setToolTip(tr("Only the entries of the active tenant"));
    m_thisTenant->setStatusTip(m_thisTenant->toolTip());
    ui.filterLayout->insertWidget(0, m_thisTenant);
    setTabOrder(ui.eventCombo->previousInFocusChain(), m_thisTenant); // first of the filters
    const auto followTenant = [this] {
        const QString name = m_session->context()->current().tenantName;
        m_thisTenant->setEnabled(!name.isEmpty());
        m_thisTenant->setToolTip(name.isEmpty() ? tr("Only the entries of the active tenant")
                                                : tr("Only the entries of %1").arg(name));
        m_thisTenant->setStatusTip(m_thisTenant->toolTip());
        if (m_thisTenant->isChecked())
            m_scaffold->filterNow();
    };
    connect(session->context(), &ActiveContext::contextChanged, this, followTenant);
    followTenant(); // a page built after the context was restored starts from it
    // Actors complete from those in the entries loaded so far; a part of a name matches.
    m_actors = new QStringListModel(this);
    auto *completer = new QCompleter(m_actors, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    ui.actorEdit->setCompleter(completer);

    m_scaffold->setFilterHandler([this] { m_model->setFilter(currentFilter()); });
    connect(m_thisTenant, &QCheckBox::toggled, m_scaffold, &PageScaffold::filterNow);
    connect(ui.eventCombo, &QComboBox::currentTextChanged, m_scaffold, &PageScaffold::filterLater);
    connect(ui.actorEdit, &QLineEdit::textChanged, m_scaffold, &PageScaffold::filterLater);
    for (QCheckBox *check : {ui.fromCheck, ui.toCheck})
        connect(check, &QCheckBox::toggled, m_scaffold, &PageScaffold::filterNow);
    for (QDateEdit *date : {ui.fromDate, ui.toDate})
        connect(date, &QDateEdit::dateChanged, m_scaffold, &PageScaffold::filterLater);

    ui.tableView->setModel(m_model);
    QHeaderView *header = ui.tableView->horizontalHeader();
    // Widths from what the columns show, in this font and locale: a fixed 140 px cut the
    // seconds off the time and event types short.
    const QFontMetrics metrics = ui.tableView->fontMetrics();
    const int padding = 2 * ui.tableView->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    const QString longestTime = QLocale().toString(
            QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    header->resizeSection(AuditListModel::SeqColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000000")) + padding);
    header->resizeSection(AuditListModel::TimeColumn,
                          metrics.horizontalAdvance(longestTime) + padding);
    header->resizeSection(AuditListModel::EventColumn,
                          metrics.horizontalAdvance(QStringLiteral("workspace.settings_changed"))
                                  + padding);
    header->resizeSection(AuditListModel::ActorColumn, 100);
    ui.tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    ui.splitter->setStretchFactor(0, 3);
    ui.splitter->setStretchFactor(1, 2);
    ui.detailsView->setPlaceholderText(tr("Select an entry to see its details."));

    m_verify = m_scaffold->addAction(tr("Verif&y Chain"), QStringLiteral("security-high"), {},
                                     tr("Check every entry's hash and link to the one before it"),
                                     [this] { verifyChain(); });
    m_export = m_scaffold->addAction(
            tr("E&xport…"), QStringLiteral("document-export"), {},
            tr("Write the entries the filter shows to a CSV or JSON lines file"),
            [this] { exportEntries(); });
    m_verify->setObjectName(QStringLiteral("verifyChainAction"));
    m_export->setObjectName(QStringLiteral("exportAuditAction"));
    const auto everything = []() -> std::optional<AccessTarget> {
        return AccessTarget{};
    };
    m_gate->add(m_verify, Action::VerifyAudit, everything, {});
    // A tenant_admin exports what they see: the entries of the tenant on screen.
    m_gate->add(m_export, Action::ViewAudit,
                [this]() -> std::optional<AccessTarget> {
                    return AccessTarget{m_session->context()->tenantId(), {}, TenantRole::None};
                },
                {});
    connect(session->context(), &ActiveContext::contextChanged, m_gate, &ActionGate::evaluate);

    PageScaffold::StatusTexts texts;
    texts.failed = [](const QString &error) {
        return tr("Could not load the audit log: %1").arg(error);
    };
    texts.empty = [](bool) {
        return tr("No audit entries match this filter.");
    };
    texts.count = [](int rows, bool complete) {
        return complete ? tr("%n entry(s)", "", rows)
                        : tr("The newest %n entry(s); counting the older ones…", "", rows);
    };
    m_scaffold->watch(m_model, texts);
    connect(m_model, &QAbstractItemModel::modelReset, ui.detailsView, &QTextBrowser::clear);
    // Only the entries held: asking data() of every row would load every page of the chain.
    connect(m_model, &PagedModelBase::refreshed, this, [this] {
        QStringList actors = m_actors->stringList();
        for (const QString &actor : m_model->actorsHeld()) {
            if (!actors.contains(actor))
                actors.append(actor);
        }
        actors.sort(Qt::CaseInsensitive);
        m_actors->setStringList(actors);
    });
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditPage::showDetails);
    connect(session, &Session::refreshRequested, this, [this] {
        m_model->refresh();
        m_gate->evaluate();
    });
    m_gate->evaluate();
}

QIcon AuditPage::pageIcon()
{
    return Icons::themed(QStringLiteral("document-properties"));
}

void AuditPage::focusSearch()
{
    m_scaffold->focusSearch();
}

QList<QAction *> AuditPage::pageActions() const
{
    return m_scaffold->actions();
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter filter;
    filter.eventType = ui.eventCombo->currentText().trimmed();
    filter.actor = ui.actorEdit->text().trimmed();
    filter.target = ui.targetEdit->text().trimmed();
    if (m_thisTenant->isChecked())
        filter.tenantId = m_session->context()->tenantId();
    if (ui.fromCheck->isChecked())
        filter.fromMs = ui.fromDate->date().startOfDay().toMSecsSinceEpoch();
    if (ui.toCheck->isChecked())
        filter.toMs = ui.toDate->date().endOfDay().toMSecsSinceEpoch();
    return filter;
}

void AuditPage::setFilter(const AuditFilter &filter)
{
    ui.eventCombo->setCurrentText(filter.eventType);
    ui.actorEdit->setText(filter.actor);
    ui.targetEdit->setText(filter.target);
    ui.fromCheck->setChecked(filter.fromMs.has_value());
    ui.toCheck->setChecked(filter.toMs.has_value());
    if (filter.fromMs)
        ui.fromDate->setDate(QDateTime::fromMSecsSinceEpoch(*filter.fromMs).date());
    if (filter.toMs)
        ui.toDate->setDate(QDateTime::fromMSecsSinceEpoch(*filter.toMs).date());
    m_scaffold->filterNow();
}

void AuditPage::showDetails()
{
    const QModelIndex current = ui.tableView->currentIndex();
    if (!current.isValid()) {
        ui.detailsView->clear();
        return;
    }
    const AuditEntry *entry = m_model->entryAt(current.row());
    if (!entry) {
        ui.detailsView->clear(); // its page is on its way; shown once it is held
        return;
    }
    ui.detailsView->setHtml(AuditDetails::html(*entry, entry->seq == m_model->brokenSeq()));
}

template<typename T>
void AuditPage::runLong(
        const QString &title, const QString &unit, bool quiet,
        std::function<T(const Database &, const Actor &, const std::function<bool(qint64)> &)> job,
        std::function<void(T)> done)
{
    m_longRunning = true;
    for (QAction *action : m_scaffold->actions())
        action->setEnabled(false);
    auto counted = std::make_shared<std::atomic<qint64>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    // A connection of its own: the list keeps loading while a long chain is read.
    auto *worker = new DatabaseWorker(m_session->databasePath(), m_session->actor(), this);
    QPointer<QProgressDialog> progress;
    if (!quiet) {
        progress = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
        progress->setWindowTitle(title);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
        progress->setValue(0);
        connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    }
    auto *ticker = new QTimer(this);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [progress, counted, unit] {
        if (progress)
            progress->setLabelText(unit.arg(counted->load()));
    });
    ticker->start();
    worker->run<T>(
            this,
            [job, counted, cancelled](const Database &db, const Actor &actor) {
                return job(db, actor, [counted, cancelled](qint64 count) {
                    counted->store(count);
                    return !cancelled->load();
                });
            },
            [this, worker, ticker, progress, done](T result) {
                ticker->deleteLater();
                if (progress)
                    progress->deleteLater();
                worker->deleteLater();
                m_longRunning = false;
                m_gate->evaluate();
                done(std::move(result));
            });
}

void AuditPage::verifyChain(bool quiet)
{
    if (m_longRunning)
        return;
    using Verification = Result<ChainVerification>;
    runLong<Verification>(
            tr("Verifying the audit chain"), tr("Checked %1 entries…"), quiet,
            [](const Database &db, const Actor &actor,
               const std::function<bool(qint64)> &progress) {
                return AuditService(db, actor).verify(progress);
            },
            [this](Verification result) {
                if (!result) {
                    m_result->showMessage(tr("The chain was not verified: %1")
                                                  .arg(result.error().message.toHtmlEscaped()),
                                          NoticeBar::Kind::Warning);
                    return;
                }
                showVerification(*result);
                Q_EMIT verified(*result);
            });
}

void AuditPage::showVerification(const ChainVerification &result)
{
    m_model->setBrokenSeq(result.valid ? 0 : result.brokenAt);
    if (result.valid) {
        const QString text = tr("The audit chain is intact: %n entry(s) checked, none changed "
                                "after it was written.",
                                "", int(result.checked));
        m_result->showMessage(text.toHtmlEscaped(), NoticeBar::Kind::Information);
        m_session->showStatus(text);
        return;
    }
    const QModelIndex broken = m_model->indexOfId(QString::number(result.brokenAt));
    QString text = tr("<b>The audit chain is broken at entry %1.</b> %2 The %n entry(s) before it "
                      "verified.",
                      "", int(result.checked))
                           .arg(result.brokenAt)
                           .arg(result.reason.toHtmlEscaped());
    if (broken.isValid()) {
        ui.tableView->setCurrentIndex(broken);
        ui.tableView->scrollTo(broken);
    } else {
        text += QLatin1Char(' ')
                + tr("It is not in the list as filtered or loaded now.").toHtmlEscaped();
    }
    m_result->showMessage(text, NoticeBar::Kind::Warning);
}

void AuditPage::exportEntries()
{
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Export Audit Entries"), tr("audit-log.csv"),
                                           tr("CSV files (*.csv);;JSON lines (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString &path, std::function<void(bool)> done)
{
    if (m_longRunning) {
        if (done)
            done(false);
        return;
    }
    const AuditFilter filter = currentFilter();
    const auto format = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
                    || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? AuditExport::Format::JsonLines
            : AuditExport::Format::Csv;
    using Written = Result<qint64>;
    runLong<Written>(
            tr("Exporting audit entries"), tr("Wrote %1 entries…"), false,
            [filter, path, format](const Database &db, const Actor &actor,
                                   const std::function<bool(qint64)> &progress) {
                return AuditExport::write(db, actor, filter, path, format, progress);
            },
            [this, path, done](Written written) {
                if (!written)
                    ErrorPresenter::show(this, tr("Could not export the audit entries"),
                                         written.error());
                else
                    m_session->showStatus(
                            tr("Exported %n audit entry(s) to %1.", "", int(*written)).arg(path));
                if (done)
                    done(bool(written));
            });
}

} // namespace tenantdesk
