#include "app/mainwindow.h"

#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/audit/auditpage.h"
#include "widgets/common/emptystate.h"
#include "widgets/common/icons.h"
#include "widgets/common/mnemonics.h"
#include "widgets/common/noticebar.h"
#include "widgets/memberships/effectiveaccessdock.h"
#include "widgets/memberships/membershiphistory.h"
#include "widgets/memberships/membershipspage.h"
#include "widgets/migration/migrationwizard.h"
#include "widgets/people/peoplepage.h"
#include "widgets/shell/fileactions.h"
#include "widgets/shell/firstframerows.h"
#include "widgets/shell/lazypagetabs.h"
#include "widgets/shell/pagenavigator.h"
#include "widgets/shell/quickswitcher.h"
#include "widgets/shell/sessionstatus.h"
#include "widgets/shell/shortcutsdialog.h"
#include "widgets/shell/switcherdock.h"
#include "widgets/shell/userguide.h"
#include "widgets/tenancy/tenantspage.h"
#include "widgets/tenancy/workspacespage.h"

#include "models/context/activecontext.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QWhatsThis>

#include <algorithm>

namespace tenantdesk {

namespace {

const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
// The page on screen, by class name: stable across languages and added pages.
const auto kPageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    ui.setupUi(this);
    setWindowIcon(Icons::application());
    setUpActions();
    setMigrationHandler([this] { MigrationWizard::openFor(m_session, this); });
    // The pages first: the one on screen asks for its first rows as it is built, and the
    // sooner it asks, the likelier they are back before the window first paints.
    if (session->hasTenancyTables())
        setUpTenancyPages();
    else
        setUpEmptyState();

    if (session->isDemo()) {
        m_demoBanner = new NoticeBar(this);
        m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
        m_demoBanner->setClosable(false);
        m_demoBanner->showMessage(
                tr("<b>Demo database.</b> Sample tenants, workspaces and people in a "
                   "temporary file that is deleted when TenantDesk closes. You are "
                   "signed in as its administrator %1.")
                        .arg(session->actor().username.toHtmlEscaped()),
                NoticeBar::Kind::Demo);
        ui.noticeLayout->addWidget(m_demoBanner);
        auto *demo = new QLabel(tr("DEMO"), this);
        demo->setStyleSheet(
                QStringLiteral("QLabel { color: white; background: #8e44ad; border-radius: 3px; "
                               "padding: 0 6px; font-weight: bold; }"));
        demo->setToolTip(tr("This is a throwaway demo database"));
        statusBar()->addPermanentWidget(demo);
    }
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("contextNotice"));
    ui.noticeLayout->addWidget(m_notice);
    connect(session, &Session::notice, this, [this](const QString &text, Session::NoticeKind kind) {
        m_notice->showMessage(text.toHtmlEscaped(),
                              kind == Session::NoticeKind::Warning ? NoticeBar::Kind::Warning
                                                                   : NoticeBar::Kind::Information);
        statusBar()->showMessage(text, 10000);
    });
    connect(session, &Session::noticeCleared, m_notice, &QWidget::hide);
    connect(session, &Session::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(session, &Session::ended, this, &MainWindow::endSession);
    // Rights follow the database: a changed global role changes what the menus offer.
    connect(session, &Session::actorChanged, this,
            [this] { setMigrationHandler(m_migrationHandler); });

    m_status = new SessionStatus(session, this);
    statusBar()->addPermanentWidget(m_status);

    connect(session, &Session::tenancyTablesCreated, this, [this] {
        setUpTenancyPages();
        ui.actionQuickSwitch->setEnabled(true);
        ui.actionFind->setEnabled(true);
        updateTitle();
    });
    // Switching keeps the page the admin is on: pages follow the context themselves.
    connect(session->context(), &ActiveContext::contextChanged, this, &MainWindow::updateTitle);
    updateTitle();
    restoreLayout();
    session->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTenancyPages()
{
    // Only the page on screen is built at start; the others when first shown, so that their
    // widgets and first queries do not stand between the start and the first rows.
    m_pages = new LazyPageTabs(ui.pageTabs);
    m_access = new EffectiveAccessDock(m_session, this); // its panel is built when first shown
    // Edit first: the page menus then pick letters the bar does not use yet.
    m_history = new MembershipHistory(m_session, this);
    menuBar()->insertMenu(ui.viewMenu->menuAction(), m_history->createEditMenu(this));
    addPage(TenantsPage::staticMetaObject, TenantsPage::pageTitle(), TenantsPage::pageIcon(),
            [this] { return m_tenants = new TenantsPage(m_session, this); });
    addPage(WorkspacesPage::staticMetaObject, WorkspacesPage::pageTitle(),
            WorkspacesPage::pageIcon(),
            [this] { return m_workspaces = new WorkspacesPage(m_session, this); });
    addPage(MembershipsPage::staticMetaObject, MembershipsPage::pageTitle(),
            MembershipsPage::pageIcon(), [this] {
                m_memberships = new MembershipsPage(m_session, m_history, this);
                connect(m_memberships, &MembershipsPage::currentUserChanged, m_access,
                        &EffectiveAccessDock::setUser);
                return m_memberships;
            });
    addPage(PeoplePage::staticMetaObject, PeoplePage::pageTitle(), PeoplePage::pageIcon(),
            [this] { return m_people = new PeoplePage(m_session, this); });
    addPage(AuditPage::staticMetaObject, AuditPage::pageTitle(), AuditPage::pageIcon(),
            [this] { return m_audit = new AuditPage(m_session, this); });
    ui.stack->setCurrentWidget(ui.pageTabs);
    showSavedPage();
    m_firstFrame = new FirstFrameRows(m_session->worker(), this);
    m_firstFrame->noteFirstJobOf([this] { buildPage(ui.pageTabs->currentIndex()); });

    m_switcher = new SwitcherDock(m_session, this);
    addDock(m_switcher, Qt::LeftDockWidgetArea);
    addDock(m_access, Qt::RightDockWidgetArea);
    // The dock explains the membership list: it is away on the other pages.
    m_access->setRelevant(m_memberships && ui.pageTabs->currentWidget() == m_memberships);
    connect(ui.pageTabs, &QTabWidget::currentChanged, m_access, [this] {
        m_access->setRelevant(m_memberships && ui.pageTabs->currentWidget() == m_memberships);
    });
}

void MainWindow::showSavedPage()
{
    const QString page
            = QSettings(settingsOrganization(), settingsApplication()).value(kPageKey).toString();
    for (int i = 0; i < ui.pageTabs->count(); ++i) {
        if (pageClassAt(i) == page)
            ui.pageTabs->setCurrentIndex(i);
    }
}

void MainWindow::setUpActions()
{
    ui.actionQuit->setIcon(Icons::themed(QStringLiteral("application-exit")));
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);

    ui.actionRefresh->setIcon(Icons::themed(QStringLiteral("view-refresh")));
    ui.actionRefresh->setShortcut(QKeySequence::Refresh);
    connect(ui.actionRefresh, &QAction::triggered, m_session, &Session::refresh);

    ui.actionFind->setIcon(Icons::themed(QStringLiteral("edit-find")));
    ui.actionFind->setShortcut(QKeySequence::Find);
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<ViewPage *>(ui.pageTabs->currentWidget()))
            page->focusSearch();
    });

    ui.actionQuickSwitch->setIcon(Icons::themed(QStringLiteral("go-jump")));
    connect(ui.actionQuickSwitch, &QAction::triggered, this, &MainWindow::showQuickSwitcher);

    ui.actionMigrations->setIcon(Icons::themed(QStringLiteral("tenantdesk-migrate")));

    m_fileActions = new FileActions(m_session, this);
    m_fileActions->addTo(ui.fileMenu, ui.actionQuit);
    ui.fileMenu->insertSeparator(ui.actionQuit);
    connect(m_fileActions, &FileActions::reopenRequested, this, [this](const QString &path) {
        Q_EMIT reopenRequested(path);
        close();
    });

    m_navigator = new PageNavigator(ui.pageTabs, this);
    m_pagesMenu = ui.viewMenu->addMenu(tr("&Pages"));
    m_pagesMenu->addAction(m_navigator->previousAction());
    m_pagesMenu->addAction(m_navigator->nextAction());
    m_pagesMenu->addSeparator();
    ui.viewMenu->addSeparator();

    connect(ui.actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *whatsThis = QWhatsThis::createAction(this);
    ui.helpMenu->insertAction(ui.actionAbout, whatsThis);
    ui.helpMenu->insertSeparator(ui.actionAbout);

    ui.actionUserGuide->setIcon(Icons::themed(QStringLiteral("help-contents")));
    ui.actionUserGuide->setShortcut(QKeySequence::HelpContents);
    connect(ui.actionUserGuide, &QAction::triggered, this, [this] { UserGuide::open(this); });

    ui.actionAbout->setIcon(Icons::themed(QStringLiteral("help-about")));
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui.actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_docksMenu = ui.viewMenu;
    for (QAction *action : {ui.actionQuit, ui.actionRefresh, ui.actionFind, ui.actionQuickSwitch,
                            ui.actionMigrations, ui.actionUserGuide, ui.actionAbout}) {
        if (!action->toolTip().isEmpty())
            action->setStatusTip(action->toolTip());
    }
    ui.actionQuickSwitch->setEnabled(m_session->hasTenancyTables());
    ui.actionFind->setEnabled(m_session->hasTenancyTables());
}

void MainWindow::setUpEmptyState()
{
    m_emptyState = new EmptyState(this);
    m_emptyState->setObjectName(QStringLiteral("noTenancyTables"));
    m_emptyState->setIcon(Icons::themed(QStringLiteral("tenantdesk-migrate")));
    m_emptyState->setTitle(tr("This database has no tenancy tables yet"));
    m_emptyState->setText(MigrationWizard::checkAccess(m_session->actor())
                                  ? tr("%1 has users but no tenants, workspaces or memberships. "
                                       "Add them with the "
                                       "migration wizard (Tools ▸ Migrations…): it shows what will "
                                       "change and backs "
                                       "the file up first.")
                                            .arg(m_session->databaseFileName())
                                  : tr("%1 has users but no tenants, workspaces or memberships. A "
                                       "global admin can "
                                       "add them with the migration wizard (Tools ▸ Migrations…).")
                                            .arg(m_session->databaseFileName()));
    m_emptyState->setAction(ui.actionMigrations);
    ui.stack->addWidget(m_emptyState);
    ui.stack->setCurrentWidget(m_emptyState);
}

void MainWindow::addPage(const QMetaObject &type, const QString &title, const QIcon &icon,
                         std::function<ViewPage *()> create)
{
    QWidget *placeholder = m_pages->add(type, title, icon, addPageMenu(title), std::move(create));
    // Ctrl+<number> in the order pages are added; the navigator shows the tab, which builds it.
    m_pagesMenu->addAction(m_navigator->addPage(placeholder, title));
}

QMenu *MainWindow::addPageMenu(const QString &title)
{
    QMenu *menu = new QMenu(title, this);
    // A letter no other menu of the bar has (Tenants and Tools both start with T).
    QSet<QChar> used;
    for (const QAction *top : menuBar()->actions())
        used.insert(Mnemonics::of(top->text()));
    menu->setTitle(Mnemonics::assign(title, used));
    menuBar()->insertMenu(ui.toolsMenu->menuAction(), menu);
    return menu;
}

ViewPage *MainWindow::buildPage(int index)
{
    return m_pages ? m_pages->build(index) : nullptr;
}

ViewPage *MainWindow::pageOfType(const QMetaObject &type)
{
    return m_pages ? m_pages->ofType(type) : nullptr;
}

TenantsPage *MainWindow::tenantsPage()
{
    return static_cast<TenantsPage *>(pageOfType(TenantsPage::staticMetaObject));
}

WorkspacesPage *MainWindow::workspacesPage()
{
    return static_cast<WorkspacesPage *>(pageOfType(WorkspacesPage::staticMetaObject));
}

MembershipsPage *MainWindow::membershipsPage()
{
    return static_cast<MembershipsPage *>(pageOfType(MembershipsPage::staticMetaObject));
}

PeoplePage *MainWindow::peoplePage()
{
    return static_cast<PeoplePage *>(pageOfType(PeoplePage::staticMetaObject));
}

AuditPage *MainWindow::auditPage()
{
    return static_cast<AuditPage *>(pageOfType(AuditPage::staticMetaObject));
}

QList<ViewPage *> MainWindow::builtPages() const
{
    QList<ViewPage *> pages;
    for (int i = 0; i < ui.pageTabs->count(); ++i) {
        if (auto *page = qobject_cast<ViewPage *>(ui.pageTabs->widget(i)))
            pages.append(page);
    }
    return pages;
}

QString MainWindow::pageClassAt(int index) const
{
    if (m_pages)
        return m_pages->classAt(index);
    QWidget *tab = ui.pageTabs->widget(index);
    return tab ? QString::fromLatin1(tab->metaObject()->className()) : QString();
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    addDockWidget(area, dock);
    m_docksMenu->addAction(dock->toggleViewAction());
}

void MainWindow::setMigrationHandler(std::function<void()> handler)
{
    m_migrationHandler = std::move(handler);
    disconnect(ui.actionMigrations, &QAction::triggered, this, nullptr);
    // The same rule the wizard and core apply (AccessPolicy), worded as AccessPolicy words it.
    const Result<void> allowed = MigrationWizard::checkAccess(m_session->actor());
    ui.actionMigrations->setEnabled(allowed && m_migrationHandler);
    ui.actionMigrations->setToolTip(allowed ? tr("Review and apply schema migrations")
                                            : allowed.error().message);
    connect(ui.actionMigrations, &QAction::triggered, this, [this] {
        if (m_migrationHandler)
            m_migrationHandler();
    });
}

QuickSwitcher *MainWindow::quickSwitcher()
{
    // Made on the first Ctrl+K: a popup nobody opened need not be built at start.
    if (!m_quickSwitcher && m_session->hasTenancyTables())
        m_quickSwitcher = new QuickSwitcher(m_session, this);
    return m_quickSwitcher;
}

void MainWindow::showQuickSwitcher()
{
    if (QuickSwitcher *quick = quickSwitcher())
        quick->popup(centralWidget());
}

void MainWindow::updateTitle()
{
    QString title = m_session->databaseFileName();
    const QString context = m_session->context()->displayName();
    if (!context.isEmpty())
        title = tr("%1 — %2").arg(context, title);
    if (m_session->isDemo())
        title = tr("%1 [Demo]").arg(title);
    setWindowTitle(title);
    setWindowFilePath(m_session->databasePath());
}

void MainWindow::endSession(const QString &message)
{
    // Nothing more may be done as this user: the pages and menus go grey at once.
    centralWidget()->setEnabled(false);
    for (QAction *action : menuBar()->actions())
        action->setEnabled(false);
    m_notice->showMessage(message.toHtmlEscaped(), NoticeBar::Kind::Warning);
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Session Ended"),
            tr("%1 TenantDesk closes now; start it again to sign in.").arg(message),
            QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("sessionEndedBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, &QWidget::close);
    box->open();
}

void MainWindow::about()
{
    QMessageBox::about(
            this, tr("About TenantDesk"),
            tr("<h3>TenantDesk %1</h3><p>Administration of aistack tenants, workspaces and "
               "memberships.</p><p>Database: %2</p>")
                    .arg(QApplication::applicationVersion(),
                         QDir::toNativeSeparators(m_session->databasePath()).toHtmlEscaped()));
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings(settingsOrganization(), settingsApplication());
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // 1,100 × 700 where it fits; on a smaller screen (1,024 × 640) the screen's room, so
        // that no part of the window starts off screen.
        QSize size(1100, 700);
        if (const QScreen *shown = screen())
            size = size.boundedTo(shown->availableGeometry().size());
        resize(size);
    }
    // Without a saved layout the docks start narrow, so that the page keeps the room.
    if (!restoreState(settings.value(kStateKey).toByteArray()) && m_switcher && m_access)
        resizeDocks({m_switcher, m_access},
                    {qMax(m_switcher->widget()->minimumWidth(), width() / 6),
                     EffectiveAccessDock::kMinimumWidth},
                    Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!event->spontaneous() && !m_shownOnce) {
        m_shownOnce = true;
        m_fileActions->rememberFile();
        if (m_firstFrame)
            m_firstFrame->watch(windowHandle());
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (ui.pageTabs->currentIndex() >= 0)
        settings.setValue(kPageKey, pageClassAt(ui.pageTabs->currentIndex()));
    QMainWindow::closeEvent(event);
}

} // namespace tenantdesk
