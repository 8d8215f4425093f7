#include "widgets/tenancy/tenanttransfer.h"

#include "models/jobs/databaseworker.h"
#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"

#include "core/tenantdata/footprint.h"
#include "core/tenantdata/tenantexport.h"
#include "core/tenantdata/tenantimport.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tenantdesk {

namespace {

QString tablesText(const QList<TransferredTable> &tables)
{
    QStringList lines;
    for (const TransferredTable &table : tables)
        lines << TenantTransfer::tr("%1: %n row(s)", "", int(table.rows)).arg(table.table);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TenantTransfer::TenantTransfer(Session *session, QWidget *owner)
    : QObject(owner)
    , m_session(session)
    , m_owner(owner)
{ }

void TenantTransfer::runLong(const QString &title, Job job,
                             std::function<void(Result<QString>)> done)
{
    m_running = true;
    Q_EMIT runningChanged(true);
    auto rowsDone = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    // A connection of its own: the lists keep loading while a tenant is copied.
    auto *worker = new DatabaseWorker(m_session->databasePath(), m_session->actor(), this);
    QPointer<QProgressDialog> progress = new QProgressDialog(title, tr("Cancel"), 0, 0, m_owner);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto *ticker = new QTimer(this);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [progress, rowsDone, total] {
        if (progress && total->load() > 0)
            progress->setLabelText(tr("%1 of %2 rows…").arg(rowsDone->load()).arg(total->load()));
    });
    ticker->start();
    worker->run<Result<QString>>(
            this,
            [job, rowsDone, total, cancelled](const Database &db, const Actor &actor) {
                return job(db, actor, [rowsDone, total, cancelled](qint64 rows, qint64 all) {
                    rowsDone->store(rows);
                    total->store(all);
                    return !cancelled->load();
                });
            },
            [this, worker, ticker, progress, done](Result<QString> result) {
                ticker->deleteLater();
                if (progress)
                    progress->deleteLater();
                worker->deleteLater();
                m_running = false;
                Q_EMIT runningChanged(false);
                done(std::move(result));
            });
}

void TenantTransfer::exportTenant(const QString &tenantId, const QString &slug)
{
    const QString path = QFileDialog::getSaveFileName(
            m_owner, tr("Export Tenant %1").arg(slug), tr("%1.tenant").arg(slug),
            tr("Tenant exports (*.tenant);;All files (*)"));
    if (!path.isEmpty())
        exportTo(tenantId, path);
}

void TenantTransfer::exportTo(const QString &tenantId, const QString &path,
                              std::function<void(bool)> done)
{
    if (m_running) {
        if (done)
            done(false);
        return;
    }
    const QString pattern = NamespacePattern::configured();
    runLong(
            tr("Exporting the tenant"),
            [tenantId, path,
             pattern](const Database &db, const Actor &actor,
                      const std::function<bool(qint64, qint64)> &progress) -> Result<QString> {
                TenantExportOptions options;
                options.tenant = tenantId;
                options.outPath = path;
                options.namespacePattern = pattern;
                auto report = TenantExporter(db, actor).exportTenant(options, progress);
                if (!report)
                    return report.error();
                return tr("Exported tenant %1 to %2.").arg(report->tenant.slug, path);
            },
            [this, done](Result<QString> result) {
                if (!result)
                    ErrorPresenter::show(m_owner, tr("Could not export the tenant"),
                                         result.error());
                else
                    m_session->showStatus(*result);
                if (done)
                    done(bool(result));
            });
}

void TenantTransfer::importTenant()
{
    const QString path
            = QFileDialog::getOpenFileName(m_owner, tr("Import Tenant"), QString(),
                                           tr("Tenant exports (*.tenant);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path, true);
}

void TenantTransfer::importFrom(const QString &path, bool confirm, std::function<void(bool)> done)
{
    if (m_running) {
        if (done)
            done(false);
        return;
    }
    const auto importJob = [path](bool dryRun) -> Job {
        return [path,
                dryRun](const Database &db, const Actor &actor,
                        const std::function<bool(qint64, qint64)> &progress) -> Result<QString> {
            TenantImportOptions options;
            options.file = path;
            options.dryRun = dryRun;
            options.createUsers = true;
            auto report = TenantImporter(db, actor).importTenant(options, progress);
            if (!report)
                return report.error();
            QString text = (dryRun ? tr("Importing %1 adds tenant %2 with these rows:")
                                   : tr("Imported tenant %2 from %1:"))
                                   .arg(path, report->tenant.slug)
                    + QLatin1Char('\n') + tablesText(report->tables);
            if (!report->createdUsers.isEmpty())
                text += QLatin1Char('\n')
                        + (dryRun ? tr("These people are new here and will be created locked: "
                                       "%1.")
                                  : tr("Created these people, locked: %1."))
                                  .arg(report->createdUsers.join(QStringLiteral(", ")));
            return text;
        };
    };
    const auto finish = [this, done](Result<QString> result) {
        if (!result)
            ErrorPresenter::show(m_owner, tr("Could not import the tenant"), result.error());
        else if (!result->isEmpty())
            m_session->showStatus(result->section(QLatin1Char('\n'), 0, 0));
        if (done)
            done(bool(result));
    };
    runLong(tr("Checking the tenant export"), importJob(true),
            [this, confirm, importJob, finish](Result<QString> dryRun) {
                if (!dryRun) {
                    finish(dryRun);
                    return;
                }
                if (confirm
                    && QMessageBox::question(m_owner, tr("Import Tenant"), *dryRun,
                                             QMessageBox::Yes | QMessageBox::Cancel,
                                             QMessageBox::Cancel)
                            != QMessageBox::Yes) {
                    finish(QString()); // the admin said no: nothing to report
                    return;
                }
                runLong(tr("Importing the tenant"), importJob(false), finish);
            });
}

} // namespace tenantdesk
