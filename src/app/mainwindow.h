#pragma once

#include "ui_mainwindow.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QDockWidget;

namespace tenantdesk {

class AuditPage;
class EffectiveAccessDock;
class EmptyState;
class FileActions;
class FirstFrameRows;
class MembershipHistory;
class MembershipsPage;
class NoticeBar;
class PageNavigator;
class PeoplePage;
class QuickSwitcher;
class Session;
class LazyPageTabs;
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

    // A page as a tab of the central area, with its actions in a menu of its own, built only
    // when it is first needed: its tab is shown, its menu is opened or one of the accessors
    // below asks for it. Until then the tab holds an empty placeholder and the page runs no
    // query. type is the page's class (the open page is remembered by class name).
    void addPage(const QMetaObject &type, const QString &title, const QIcon &icon,
                 std::function<ViewPage *()> create);
    // A dock (it needs an objectName, for the saved layout) with a toggle in the View menu.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // Enables Tools ▸ Migrations… (for those who may migrate) and runs handler on it.
    void setMigrationHandler(std::function<void()> handler);

    Session *session() const { return m_session; }
    SwitcherDock *switcherDock() const { return m_switcher; }
    // The pages, each built on the first call if it was not shown yet (nullptr without the
    // tenancy tables).
    TenantsPage *tenantsPage();
    WorkspacesPage *workspacesPage();
    MembershipsPage *membershipsPage();
    PeoplePage *peoplePage();
    AuditPage *auditPage();
    // The pages built so far, in tab order.
    QList<ViewPage *> builtPages() const;
    EffectiveAccessDock *effectiveAccessDock() const { return m_access; }
    MembershipHistory *membershipHistory() const { return m_history; }
    // The Ctrl+K popup (made when first asked for); null without tenancy tables.
    QuickSwitcher *quickSwitcher();
    NoticeBar *contextNotice() const { return m_notice; }
    SessionStatus *sessionStatus() const { return m_status; }
    QAction *quickSwitchAction() const { return ui.actionQuickSwitch; }
    FileActions *fileActions() const { return m_fileActions; }
    PageNavigator *pageNavigator() const { return m_navigator; }
    QTabWidget *pageTabs() const { return ui.pageTabs; }

    void showQuickSwitcher();
    void restoreLayout();

Q_SIGNALS:
    // File ▸ Open…, Open Recent or Sign Out: the window closes and the application starts
    // again on path (main.cpp).
    void reopenRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The page the admin was on when the window last closed becomes the current tab.
    void showSavedPage();
    void setUpActions();
    // The page in tab index, built now if it was not.
    ViewPage *buildPage(int index);
    ViewPage *pageOfType(const QMetaObject &type);
    // The class name of the page in tab index, built or not.
    QString pageClassAt(int index) const;
    QMenu *addPageMenu(const QString &title);
    void setUpEmptyState();
    // The switcher dock and the tenant, workspace, member and audit pages.
    void setUpTenancyPages();
    void updateTitle();
    // The signed-in account was deleted or locked: say so, then close.
    void endSession(const QString &message);
    void about();
    void showShortcuts();

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
    FileActions *m_fileActions = nullptr;
    FirstFrameRows *m_firstFrame = nullptr; // with tenancy pages
    PageNavigator *m_navigator = nullptr;
    QMenu *m_pagesMenu = nullptr;
    std::function<void()> m_migrationHandler;
    LazyPageTabs *m_pages = nullptr; // with the tenancy tables
    bool m_shownOnce = false;        // the file goes into Open Recent when first shown
};

} // namespace tenantdesk
