#include "widgets/migration/migrationwizard.h"

#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/common/icons.h"
#include "widgets/migration/migrationfolderpage.h"
#include "widgets/migration/migrationplanpage.h"
#include "widgets/migration/migrationprovisionpage.h"
#include "widgets/migration/migrationresultpage.h"
#include "widgets/migration/migrationrunpage.h"
#include "widgets/migration/migrationstatuspage.h"

#include "models/jobs/serverhealthcheck.h"

#include "core/access/accesspolicy.h"

#include <QFileInfo>
#include <QScreen>
#include <QSettings>

namespace tenantdesk {

MigrationWizard::MigrationWizard(const QString &databasePath, const Actor &actor, QWidget *parent)
    : QWizard(parent)
    , m_job(new MigrationJob(databasePath, actor, this))
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Migrations — %1").arg(QFileInfo(databasePath).fileName()));
    setWindowIcon(Icons::themed(QStringLiteral("tenantdesk-migrate")));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setWizardStyle(QWizard::ModernStyle);

    m_folderPage = new MigrationFolderPage(this);
    m_statusPage = new MigrationStatusPage(this);
    m_planPage = new MigrationPlanPage(this);
    m_runPage = new MigrationRunPage(this);
    m_resultPage = new MigrationResultPage(this);
    m_provisionPage = new MigrationProvisionPage(this);
    setPage(FolderPageId, m_folderPage);
    setPage(StatusPageId, m_statusPage);
    setPage(PlanPageId, m_planPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    setPage(ProvisionPageId, m_provisionPage);
    setStartId(FolderPageId);
    // 920 × 680 where it fits; on a 1,024 × 640 screen its buttons must not start below the
    // screen's edge.
    QSize size(920, 680);
    if (const QScreen *shown = parent ? parent->screen() : screen())
        size = size.boundedTo(shown->availableGeometry().size());
    resize(size);
}

MigrationWizard::~MigrationWizard() = default;

Result<void> MigrationWizard::checkAccess(const Actor &actor)
{
    // Running migrations is settled by the actor alone, so no connection is needed here.
    return AccessPolicy::decideForActor(actor, Action::RunMigrations)->toResult();
}

MigrationWizard *MigrationWizard::openFor(Session *session, QWidget *parent)
{
    if (auto allowed = checkAccess(session->actor()); !allowed) {
        ErrorPresenter::show(parent, tr("Cannot open the migration wizard"), allowed.error());
        return nullptr;
    }
    auto *wizard = new MigrationWizard(session->databasePath(), session->actor(), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MigrationWizard::databaseChanged, session, &Session::refresh);
    // Core judges every step by the users row as it is now: a refusal may mean the account was
    // demoted, locked or deleted, which the session takes on (or ends on).
    connect(wizard->job(), &MigrationJob::accessRefused, session, &Session::checkAccount);
    connect(wizard, &QDialog::finished, session, [session, wizard] {
        // A database that had no tenancy tables gets its tenant pages now.
        if (!session->hasTenancyTables() && wizard->createdTenancyTables())
            session->markTenancyTablesCreated();
    });
    wizard->open();
    return wizard;
}

QString MigrationWizard::databasePath() const
{
    return m_job->databasePath();
}

const Actor &MigrationWizard::actor() const
{
    return m_job->actor();
}

QString MigrationWizard::healthCheckUrlSetting()
{
    return QStringLiteral("migrations/healthCheckUrl");
}

QUrl MigrationWizard::healthCheckUrl() const
{
    const QSettings settings(settingsOrganization(), settingsApplication());
    if (!settings.contains(healthCheckUrlSetting()))
        return ServerHealthCheck::defaultUrl();
    return QUrl(settings.value(healthCheckUrlSetting()).toString());
}

void MigrationWizard::setHealthCheckUrl(const QUrl &url)
{
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.setValue(healthCheckUrlSetting(), url.toString());
}

void MigrationWizard::setReport(const MigrationReport &report)
{
    m_report = report;
    if (report.changedDatabase())
        Q_EMIT databaseChanged();
}

bool MigrationWizard::createdTenancyTables() const
{
    return m_report && m_report->createdTenancyTables() && !m_resultPage->restoreOutcome();
}

void MigrationWizard::reject()
{
    if (m_job->isBusy()) {
        m_runPage->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace tenantdesk
