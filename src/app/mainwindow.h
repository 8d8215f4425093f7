#pragma once

#include "ui_mainwindow.h"

#include <QMainWindow>

#include <functional>

class QDockWidget;

namespace tenantdesk {

class AuditPage;
class EffectiveAccessDock;
class EmptyState;
class MembershipHistory;
class MembershipsPage;
class NoticeBar;
class PeoplePage;
class QuickSwitcher;
class Session;
class SessionStatus;
class SwitcherDock;
class TenantsPage;
class ViewPage;
class WorkspacesPage;

// The application window. It only assembles: the switcher dock, the pages (each added with
// addPage, docks with addDock), the menus, the notices and the status bar around one
// Session. Each part owns its own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A page as a tab of the central area, with its actions in a menu of its own.
    void addPage(ViewPage *page);
    // A dock (it needs an objectName, for the saved layout) with a toggle in the View menu.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // Enables Tools ▸ Migrations… (for those who may migrate) and runs handler on it.
    void setMigrationHandler(std::function<void()> handler);

    Session *session() const { return m_session; }
    SwitcherDock *switcherDock() const { return m_switcher; }
    TenantsPage *tenantsPage() const { return m_tenants; }
    WorkspacesPage *workspacesPage() const { return m_workspaces; }
    MembershipsPage *membershipsPage() const { return m_memberships; }
    PeoplePage *peoplePage() const { return m_people; }
    EffectiveAccessDock *effectiveAccessDock() const { return m_access; }
    AuditPage *auditPage() const { return m_audit; }
    MembershipHistory *membershipHistory() const { return m_history; }
    QuickSwitcher *quickSwitcher() const { return m_quickSwitcher; }
    NoticeBar *contextNotice() const { return m_notice; }
    SessionStatus *sessionStatus() const { return m_status; }
    QAction *quickSwitchAction() const { return ui.actionQuickSwitch; }

    void showQuickSwitcher();
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpEmptyState();
    // The switcher dock and the tenant, workspace, member and audit pages.
    void setUpTenancyPages();
    void updateTitle();
    // The signed-in account was deleted or locked: say so, then close.
    void endSession(const QString &message);
    void about();

    Ui::MainWindow ui;
    Session *m_session;
    NoticeBar *m_demoBanner = nullptr;
    NoticeBar *m_notice = nullptr;
    SessionStatus *m_status = nullptr;
    SwitcherDock *m_switcher = nullptr;
    TenantsPage *m_tenants = nullptr;
    WorkspacesPage *m_workspaces = nullptr;
    MembershipHistory *m_history = nullptr;
    MembershipsPage *m_memberships = nullptr;
    PeoplePage *m_people = nullptr;
    EffectiveAccessDock *m_access = nullptr;
    AuditPage *m_audit = nullptr;
    QuickSwitcher *m_quickSwitcher = nullptr;
    EmptyState *m_emptyState = nullptr;
    QMenu *m_docksMenu = nullptr;
    std::function<void()> m_migrationHandler;
};

} // namespace tenantdesk
