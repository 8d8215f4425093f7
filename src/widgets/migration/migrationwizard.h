#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "models/jobs/migrationjob.h"

#include <QStringList>
#include <QUrl>
#include <QWizard>

#include <optional>

namespace tenantdesk {

class MigrationFolderPage;
class MigrationPlanPage;
class MigrationProvisionPage;
class MigrationResultPage;
class MigrationRunPage;
class MigrationStatusPage;
class Session;

// The guided, previewed and reversible way to change a database's schema: choose the
// migrations folder, read the status of every migration and its SQL, choose a direction and
// target and see the exact statements, run (optionally dry run first, with a backup before)
// with progress and Cancel, read the result and restore the backup, and provision the default
// tenant when the run just created the tenancy tables. All database work runs on the
// MigrationJob's thread; the window stays responsive. Only those who may migrate can open it,
// and core checks again on every step.
class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FolderPageId,
        StatusPageId,
        PlanPageId,
        RunPageId,
        ResultPageId,
        ProvisionPageId
    };

    MigrationWizard(const QString &databasePath, const Actor &actor, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    // Whether actor may run migrations and so open the wizard (AccessPolicy's answer: global
    // admins, or the bootstrap actor of a database without users), with its reason when not.
    static Result<void> checkAccess(const Actor &actor);
    // Opens the wizard window-modal over parent for the session's database and user, or says
    // why not. The session's views refresh after every change the wizard commits.
    static MigrationWizard *openFor(Session *session, QWidget *parent);

    QString databasePath() const;
    const Actor &actor() const;
    MigrationJob *job() const { return m_job; }

    // The folders whose migrations are merged into one plan (the folder page's choice).
    const QStringList &migrationsDirs() const { return m_migrationsDirs; }
    void setMigrationsDirs(const QStringList &dirs) { m_migrationsDirs = dirs; }

    // The status read on the status page; the plan page plans from it.
    const std::optional<MigrationPlanner> &planner() const { return m_planner; }
    void setPlanner(std::optional<MigrationPlanner> planner) { m_planner = std::move(planner); }

    // The plan and options chosen on the plan page (mode Run or Baseline).
    const MigrationRequest &request() const { return m_request; }
    void setRequest(const MigrationRequest &request) { m_request = request; }
    bool isDryRunFirst() const { return m_dryRunFirst; }
    void setDryRunFirst(bool dryRunFirst) { m_dryRunFirst = dryRunFirst; }

    // Where the aistack server is asked before a real run (QSettings; empty: no check).
    static QString healthCheckUrlSetting();
    QUrl healthCheckUrl() const;
    void setHealthCheckUrl(const QUrl &url);

    // What the real run did, once it has finished.
    const std::optional<MigrationReport> &report() const { return m_report; }
    void setReport(const MigrationReport &report);
    // The run created the tenancy tables and they were not restored away since.
    bool createdTenancyTables() const;

    MigrationFolderPage *folderPage() const { return m_folderPage; }
    MigrationStatusPage *statusPage() const { return m_statusPage; }
    MigrationPlanPage *planPage() const { return m_planPage; }
    MigrationRunPage *runPage() const { return m_runPage; }
    MigrationResultPage *resultPage() const { return m_resultPage; }
    MigrationProvisionPage *provisionPage() const { return m_provisionPage; }

    // While the job works, Cancel (and Escape, and closing the window) stops the work instead
    // of closing: a half-finished migration must roll back before the wizard goes.
    void reject() override;

    // Tells the window that something was committed: views reload.
    void notifyDatabaseChanged() { Q_EMIT databaseChanged(); }

Q_SIGNALS:
    // A run, revert, baseline, repair, restore or provisioning committed something.
    void databaseChanged();

private:
    MigrationJob *m_job;
    QStringList m_migrationsDirs;
    std::optional<MigrationPlanner> m_planner;
    MigrationRequest m_request;
    bool m_dryRunFirst = false;
    std::optional<MigrationReport> m_report;

    MigrationFolderPage *m_folderPage;
    MigrationStatusPage *m_statusPage;
    MigrationPlanPage *m_planPage;
    MigrationRunPage *m_runPage;
    MigrationResultPage *m_resultPage;
    MigrationProvisionPage *m_provisionPage;
};

} // namespace tenantdesk
