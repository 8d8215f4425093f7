// The desktop app end to end, offscreen: sign-in, the switcher dock, restoring the context
// across restarts, refresh after other writers, and actions gated by AccessPolicy.

#include "support/testdatabase.h"

#include "app/mainwindow.h"

#include "models/session/actiongate.h"
#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/audit/auditpage.h"
#include "widgets/common/emptystate.h"
#include "widgets/common/noticebar.h"
#include "widgets/memberships/effectiveaccessdock.h"
#include "widgets/memberships/membershipspage.h"
#include "widgets/shell/firstframerows.h"
#include "widgets/shell/quickswitcher.h"
#include "widgets/shell/sessionstatus.h"
#include "widgets/shell/signindialog.h"
#include "widgets/shell/switcherdock.h"
#include "widgets/tenancy/tenantspage.h"
#include "widgets/tenancy/workspacespage.h"

#include "models/context/activecontext.h"
#include "models/context/switchermodel.h"
#include "models/jobs/databaseworker.h"
#include "models/lists/membershiplistmodel.h"
#include "models/lists/tenantlistmodel.h"
#include "models/lists/workspacelistmodel.h"

#include "core/people/authenticator.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace tenantdesk;

namespace {

const auto kPassword = QStringLiteral("correct horse 1");

// One running app: a session and its window, destroyed together like a quit.
struct App
{
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    SwitcherModel *switcher() const { return window->switcherDock()->model(); }
    ActiveContext *context() const { return session->context(); }
};

// Calls seen each time watched receives an event of type.
class EventProbe : public QObject
{
public:
    EventProbe(QObject *watched, QEvent::Type type, std::function<void()> seen)
        : m_type(type)
        , m_seen(std::move(seen))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            m_seen();
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_seen;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signInRetriesAndShowsOnlyAccessibleTenants();
    void switchingIsRestoredAfterRestart();
    void deletedRememberedWorkspaceFallsBackWithNotice();
    void refreshesAfterAnotherConnectionCommits();
    void memberSeesDisabledActionsWithTheReason();
    void quickSwitcherFiltersAndSwitchesWithTheKeyboard();
    void quickSwitcherAnswersEachKeyFromItsIndexAndSeesNewTenants();
    void databaseWithoutTenancyTablesPointsToTheWizard();
    void startBuildsOnlyThePageOnScreen();
    void effectiveAccessIsBuiltNextToTheMembersAndAnswers();
    void firstFramePaintsTheRowsAndTheDocksFollow();
    void jobsAfterTheFirstPageWaitForTheFirstFrame();

private:
    Actor signIn(const QString &login) const;
    App start(const Actor &actor) const;

    TestDatabase m_db;
    QString m_memberId;
    QString m_acmeId;
    QString m_globexId;
    QString m_betaId;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location even when this runs outside CTest.
    QStandardPaths::setTestModeEnabled(true);
    m_db.applyBundledSchema();
    m_db.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    m_memberId = m_db.addUser(QStringLiteral("mia"), QStringLiteral("developer"), kPassword);
    auto db = m_db.open();
    const Actor admin = *Authenticator(*db).signIn(QStringLiteral("root"), kPassword);
    TenantService tenants(*db, admin);
    WorkspaceService workspaces(*db, admin);
    auto acme = tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"),
                               QStringLiteral("alpha"));
    auto globex = tenants.create(QStringLiteral("Globex"), QStringLiteral("globex"),
                                 QStringLiteral("main"));
    QVERIFY(tenants.create(QStringLiteral("Initech"), QStringLiteral("initech"),
                           QStringLiteral("main")));
    QVERIFY(acme && globex);
    m_acmeId = acme->id;
    m_globexId = globex->id;
    auto beta = workspaces.create(m_acmeId, QStringLiteral("Beta"), QStringLiteral("beta"));
    QVERIFY(beta);
    m_betaId = beta->id;
    MembershipService memberships(*db, admin);
    const QString taraId
            = m_db.addUser(QStringLiteral("tara"), QStringLiteral("developer"), kPassword);
    QVERIFY(memberships.grant(m_acmeId, taraId, TenantRole::TenantAdmin));
    QVERIFY(memberships.grant(m_acmeId, m_memberId, TenantRole::Member));
}

void TestMainWindow::init()
{
    QSettings(settingsOrganization(), settingsApplication()).clear();
}

Actor TestMainWindow::signIn(const QString &login) const
{
    auto db = m_db.open();
    auto actor = Authenticator(*db).signIn(login, kPassword);
    if (!actor)
        qFatal("cannot sign in %s", qPrintable(login));
    return *actor;
}

App TestMainWindow::start(const Actor &actor) const
{
    App app;
    Session::Options options;
    options.databasePath = m_db.path();
    options.actor = actor;
    options.pollIntervalMs = 200;
    app.session = std::make_unique<Session>(options);
    QSignalSpy restored(app.session.get(), &Session::contextRestored);
    app.window = std::make_unique<MainWindow>(app.session.get());
    app.window->show();
    if (!restored.wait(10000))
        qWarning("context not restored in time");
    return app;
}

void TestMainWindow::signInRetriesAndShowsOnlyAccessibleTenants()
{
    auto db = m_db.open();
    SignInDialog dialog(m_db.path(), [&db](const QString &login, const QString &password) {
        return Authenticator(*db).signIn(login, password);
    });
    dialog.setLogin(QStringLiteral("mia"));
    dialog.show();
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(password && problem);

    QTest::keyClicks(password, QStringLiteral("wrong password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(problem->isVisible());
    QVERIFY(password->text().isEmpty()); // never kept

    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().userId, m_memberId);

    App app = start(dialog.actor());
    QTRY_COMPARE(app.switcher()->rowCount(), 1);
    QCOMPARE(app.switcher()->index(0, 0).data().toString(), QStringLiteral("Acme"));
    TenantListModel *tenants = app.window->tenantsPage()->model();
    QTRY_COMPARE(tenants->rowCount(), 1);
    QCOMPARE(tenants->index(0, 0).data(ModelRoles::IdRole).toString(), m_acmeId);
    QCOMPARE(app.context()->tenantId(), m_acmeId);
    QTRY_VERIFY(app.window->sessionStatus()->text().contains(QStringLiteral("mia")));
    QTRY_VERIFY(app.window->sessionStatus()->text().contains(QStringLiteral("member")));
}

void TestMainWindow::switchingIsRestoredAfterRestart()
{
    const Actor admin = signIn(QStringLiteral("root"));
    {
        App app = start(admin);
        // First start: the first accessible tenant and its first workspace.
        QCOMPARE(app.context()->tenantId(), m_acmeId);
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("Acme / alpha")));
        QVERIFY(!app.window->contextNotice()->isVisible());

        // Switch from the dock with the keyboard: Globex, then its workspace.
        SwitcherModel *switcher = app.switcher();
        QTRY_COMPARE(switcher->rowCount(), 3);
        QTreeView *tree = app.window->switcherDock()->treeView();
        const QModelIndex globex = switcher->indexOf(m_globexId);
        tree->expand(globex);
        QTRY_COMPARE(switcher->rowCount(globex), 1);
        QSignalSpy changed(app.context(), &ActiveContext::contextChanged);
        tree->setFocus();
        tree->setCurrentIndex(switcher->index(0, 0, globex));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(app.context()->tenantId(), m_globexId);
        QCOMPARE(app.context()->current().workspaceSlug, QStringLiteral("main"));
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("Globex / main")));
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("test.db")));
        // Every view follows the one context change.
        QTRY_COMPARE(app.window->workspacesPage()->model()->tenantId(), m_globexId);
    }
    // Quit and start again on the same database and settings.
    App again = start(admin);
    QCOMPARE(again.context()->tenantId(), m_globexId);
    QCOMPARE(again.context()->current().workspaceSlug, QStringLiteral("main"));
    QVERIFY(!again.window->contextNotice()->isVisible());
    QVERIFY(again.window->windowTitle().contains(QStringLiteral("Globex / main")));

    // Another user of the same database has a selection of their own.
    App member = start(signIn(QStringLiteral("mia")));
    QCOMPARE(member.context()->tenantId(), m_acmeId);
}

void TestMainWindow::deletedRememberedWorkspaceFallsBackWithNotice()
{
    const Actor admin = signIn(QStringLiteral("root"));
    {
        App app = start(admin);
        SwitchTarget beta = app.context()->current();
        QCOMPARE(beta.tenantId, m_acmeId);
        beta.workspaceId = m_betaId;
        beta.workspaceName = QStringLiteral("Beta");
        beta.workspaceSlug = QStringLiteral("beta");
        app.context()->setCurrent(beta);
    }
    // Another process deletes the workspace while TenantDesk is closed.
    m_db.execRaw(QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM workspaces WHERE id = '%1';")
                         .arg(m_betaId)
                         .toUtf8());
    App app = start(admin);
    QCOMPARE(app.context()->tenantId(), m_acmeId);
    QCOMPARE(app.context()->current().workspaceSlug, QStringLiteral("alpha"));
    NoticeBar *notice = app.window->contextNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Beta")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("Acme / alpha")));
    // Non-blocking: no dialog waits for the admin.
    QVERIFY(!QApplication::activeModalWidget());

    // Restore the workspace for the other tests.
    auto db = m_db.open();
    auto beta = WorkspaceService(*db, admin)
                        .create(m_acmeId, QStringLiteral("Beta"), QStringLiteral("beta"));
    QVERIFY(beta);
    m_betaId = beta->id;
}

void TestMainWindow::refreshesAfterAnotherConnectionCommits()
{
    App app = start(signIn(QStringLiteral("root")));
    TenantsPage *page = app.window->tenantsPage();
    TenantListModel *tenants = page->model();
    QTRY_COMPARE(tenants->rowCount(), 3);
    QTRY_COMPARE(app.switcher()->rowCount(), 3);
    page->tableView()->setCurrentIndex(tenants->indexOfId(m_globexId));
    QCOMPARE(page->currentId(), m_globexId);

    // Another connection commits a tenant that sorts before the selected one.
    m_db.execRaw(
            "INSERT INTO tenants (id, name, slug, settings_json, created_at, updated_at) VALUES "
            "('00000000-0000-4000-8000-0000000000aa', 'Blue Sun', 'blue-sun', '{}', 1, 1)");
    QTRY_COMPARE_WITH_TIMEOUT(tenants->rowCount(), 4, 5000);
    QVERIFY(tenants->indexOfId(QStringLiteral("00000000-0000-4000-8000-0000000000aa")).isValid());
    QTRY_COMPARE(app.switcher()->rowCount(), 4);
    // The selection stayed on the same tenant, though it moved down a row.
    QCOMPARE(page->currentId(), m_globexId);

    m_db.execRaw("DELETE FROM tenants WHERE slug = 'blue-sun'");
    QTRY_COMPARE_WITH_TIMEOUT(tenants->rowCount(), 3, 5000);
    QCOMPARE(page->currentId(), m_globexId);
}

void TestMainWindow::memberSeesDisabledActionsWithTheReason()
{
    App app = start(signIn(QStringLiteral("mia")));
    TenantsPage *page = app.window->tenantsPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    page->tableView()->setCurrentIndex(page->model()->index(0, 0));
    QSignalSpy evaluated(page->actionGate(), &ActionGate::evaluated);
    page->actionGate()->evaluate();
    QVERIFY(evaluated.wait());

    QAction *remove = page->deleteAction();
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("global admin")),
             qPrintable(remove->toolTip()));
    QVERIFY(!page->createAction()->isEnabled());
    QVERIFY(page->createAction()->toolTip().contains(QStringLiteral("global admin")));
    QAction *rename = page->renameAction();
    QVERIFY(!rename->isEnabled());
    QVERIFY2(rename->toolTip().contains(QStringLiteral("tenant_admin")),
             qPrintable(rename->toolTip()));
    QVERIFY(rename->toolTip().contains(QStringLiteral("tara"))); // who could do it, by name
    QVERIFY(!page->settingsAction()->isEnabled());

    // The toolbar button says the same.
    for (QToolButton *button : page->findChildren<QToolButton *>()) {
        if (button->defaultAction() == remove)
            QCOMPARE(button->toolTip(), remove->toolTip());
    }

    // The workspace actions for the active tenant, too.
    WorkspacesPage *workspaces = app.window->workspacesPage();
    QTRY_VERIFY(workspaces->model()->rowCount() > 0);
    QTRY_VERIFY(workspaces->actionGate()->decisionFor(workspaces->createAction()).has_value());
    QVERIFY(!workspaces->createAction()->isEnabled());
    QVERIFY(workspaces->createAction()->toolTip().contains(QStringLiteral("tenant_admin")));

    // A global admin gets them enabled.
    App admin = start(signIn(QStringLiteral("root")));
    TenantsPage *adminPage = admin.window->tenantsPage();
    QTRY_COMPARE(adminPage->model()->rowCount(), 3);
    adminPage->tableView()->setCurrentIndex(adminPage->model()->index(0, 0));
    QTRY_VERIFY(adminPage->deleteAction()->isEnabled());
    QVERIFY(adminPage->createAction()->isEnabled());
}

void TestMainWindow::quickSwitcherAnswersEachKeyFromItsIndexAndSeesNewTenants()
{
    App app = start(signIn(QStringLiteral("root")));
    app.window->showQuickSwitcher();
    QuickSwitcher *quick = app.window->quickSwitcher();
    QTRY_VERIFY(quick->isVisible());
    QTRY_VERIFY(quick->isIndexReady());
    // Every key is answered before keyClick returns: no delay, no query.
    QSignalSpy shown(quick, &QuickSwitcher::resultsShown);
    QTest::keyClick(quick->searchField(), 'm');
    QCOMPARE(shown.count(), 1);
    QTest::keyClick(quick->searchField(), 'a');
    QTest::keyClick(quick->searchField(), 'i');
    QCOMPARE(shown.count(), 3);
    QCOMPARE(quick->results().size(), 2);
    for (const SwitchTarget &target : quick->results())
        QCOMPARE(target.workspaceSlug, QStringLiteral("main"));
    quick->hide();

    // Another writer adds a tenant; after the session's refresh, the next popup finds it.
    auto db = m_db.open();
    TenantService tenants(*db, signIn(QStringLiteral("root")));
    auto added = tenants.create(QStringLiteral("Mainframe Inc"), QStringLiteral("mainframe"),
                                QStringLiteral("hq"));
    QVERIFY(added);
    app.session->refresh();
    app.window->showQuickSwitcher();
    QTRY_VERIFY(quick->isIndexReady());
    QTest::keyClicks(quick->searchField(), QStringLiteral("mainf"));
    QCOMPARE(quick->results().size(), 1);
    QCOMPARE(quick->results().at(0).tenantSlug, QStringLiteral("mainframe"));
    QVERIFY(quick->results().at(0).workspaceId.isEmpty());
    quick->hide();
    QVERIFY(tenants.remove(added->id, QStringLiteral("mainframe"))); // the other tests' file
}

void TestMainWindow::quickSwitcherFiltersAndSwitchesWithTheKeyboard()
{
    App app = start(signIn(QStringLiteral("root")));
    QTest::keySequence(app.window.get(), QKeySequence(QStringLiteral("Ctrl+K")));
    QuickSwitcher *quick = app.window->quickSwitcher();
    QTRY_VERIFY(quick->isVisible());
    QTest::keyClicks(quick->searchField(), QStringLiteral("mai"));
    // Two workspaces called "main" (Globex's and Initech's), filtered in SQL.
    QTRY_COMPARE(quick->results().size(), 2);
    for (const SwitchTarget &target : quick->results())
        QCOMPARE(target.workspaceSlug, QStringLiteral("main"));
    QCOMPARE(quick->resultsView()->currentIndex().row(), 0);
    QTest::keyClick(quick->searchField(), Qt::Key_Down);
    QCOMPARE(quick->resultsView()->currentIndex().row(), 1);
    const SwitchTarget chosen = quick->results().at(1);
    QSignalSpy changed(app.context(), &ActiveContext::contextChanged);
    QTest::keyClick(quick->searchField(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(app.context()->tenantId(), chosen.tenantId);
    QCOMPARE(app.context()->workspaceId(), chosen.workspaceId);
    QVERIFY(app.window->windowTitle().contains(chosen.tenantName + QStringLiteral(" / main")));
    QVERIFY(!quick->isVisible());
}

void TestMainWindow::startBuildsOnlyThePageOnScreen()
{
    App app = start(signIn(QStringLiteral("root")));
    MainWindow *window = app.window.get();
    QTabWidget *tabs = window->pageTabs();
    QCOMPARE(tabs->count(), 5);
    // Only the tenants page (the first tab) exists; the others are tabs with their titles.
    QCOMPARE(window->builtPages().size(), 1);
    QVERIFY(qobject_cast<TenantsPage *>(window->builtPages().constFirst()));
    QCOMPARE(window->findChildren<ViewPage *>().size(), 1);
    QCOMPARE(tabs->tabText(2), MembershipsPage::pageTitle());
    QCOMPARE(tabs->tabText(4), AuditPage::pageTitle());

    // Showing a tab builds its page in the same place; the tab stays current.
    tabs->setCurrentIndex(1);
    QVERIFY(qobject_cast<WorkspacesPage *>(tabs->currentWidget()));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(window->builtPages().size(), 2);
    QCOMPARE(tabs->tabText(1), WorkspacesPage::pageTitle());

    // Asking for a page builds it without showing it, once.
    MembershipsPage *members = window->membershipsPage();
    QVERIFY(members);
    QCOMPARE(window->membershipsPage(), members);
    QCOMPARE(tabs->indexOf(members), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(window->findChildren<ViewPage *>().size(), 3);

    // Ctrl+5 goes to the fifth tab, which builds the audit page and gives it the keyboard.
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<AuditPage *>(tabs->currentWidget()));
    QCOMPARE(window->auditPage(), tabs->currentWidget());
    QCOMPARE(window->builtPages().size(), 4);
}

void TestMainWindow::firstFramePaintsTheRowsAndTheDocksFollow()
{
    Session::Options options;
    options.databasePath = m_db.path();
    options.actor = signIn(QStringLiteral("root"));
    options.persistContext = false;
    Session session(options);
    MainWindow window(&session);
    QTableView *view = window.tenantsPage()->tableView();
    // The rows the tenant list holds each time its viewport paints.
    QList<int> rowsPainted;
    EventProbe paints(view->viewport(), QEvent::Paint,
                      [&] { rowsPainted.append(view->model()->rowCount()); });
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!rowsPainted.isEmpty(), 10000);
    // The first page's answer went into the very first frame: no empty list painted first.
    QCOMPARE(rowsPainted.constFirst(), 3);
    // The jobs held back for that frame ran after it: the switcher lists the tenants too.
    QTRY_COMPARE_WITH_TIMEOUT(window.switcherDock()->model()->rowCount(), 3, 10000);
}

void TestMainWindow::jobsAfterTheFirstPageWaitForTheFirstFrame()
{
    DatabaseWorker worker(m_db.path(), {});
    // Held for as long as the test could take: only the frame may end the hold.
    FirstFrameRows firstFrame(&worker, nullptr, 600000);
    QObject requester;
    QStringList seen;
    std::atomic<bool> laterRan = false;
    firstFrame.noteFirstJobOf([&] {
        worker.run<Result<int>>(
                &requester, [](const Database &, const Actor &) -> Result<int> { return 1; },
                [&seen](Result<int>) { seen << QStringLiteral("first page"); });
        worker.run<Result<int>>(
                &requester,
                [&laterRan](const Database &, const Actor &) -> Result<int> {
                    laterRan = true;
                    return 2;
                },
                [&seen](Result<int>) { seen << QStringLiteral("later job"); });
    });
    QVERIFY(worker.waitForFinished(worker.lastPosted() - 1, 10000));
    QThread::msleep(200); // the worker has had time to start the later job: it did not
    QVERIFY(!laterRan);

    QWidget window;
    window.resize(200, 100);
    EventProbe paints(&window, QEvent::Paint, [&seen] { seen << QStringLiteral("paint"); });
    (void)window.winId();
    firstFrame.watch(window.windowHandle());
    window.show();
    // The first page's answer is in the first frame; the later job starts once it is painted.
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("later job")), 10000);
    QVERIFY(laterRan);
    QCOMPARE(seen.mid(0, 2), QStringList({QStringLiteral("first page"), QStringLiteral("paint")}));
}

void TestMainWindow::effectiveAccessIsBuiltNextToTheMembersAndAnswers()
{
    {
        auto db = m_db.open();
        const Actor admin = *Authenticator(*db).signIn(QStringLiteral("root"), kPassword);
        QVERIFY(MembershipService(*db, admin).grant(m_acmeId, m_memberId, TenantRole::Member));
    }
    App app = start(signIn(QStringLiteral("root")));
    MainWindow *window = app.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(app.context()->tenantId(), m_acmeId);
    EffectiveAccessDock *access = window->effectiveAccessDock();
    // Away from the membership list the dock is hidden, and its panel not built.
    QVERIFY(!access->isVisible());
    QVERIFY(!access->widget());

    MembershipsPage *members = window->membershipsPage();
    window->pageTabs()->setCurrentWidget(members);
    QTRY_VERIFY(access->isVisible());
    QVERIFY(access->widget());
    SwitchTarget acme;
    acme.tenantId = m_acmeId;
    acme.tenantName = QStringLiteral("Acme");
    acme.tenantSlug = QStringLiteral("acme");
    app.context()->setCurrent(acme);
    QTRY_VERIFY(members->model()->rowCount() >= 1);
    int miaRow = -1;
    for (int row = 0; row < members->model()->rowCount(); ++row) {
        if (members->model()
                    ->index(row, MembershipListModel::UserColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("mia")))
            miaRow = row;
    }
    QVERIFY(miaRow >= 0);
    members->tableView()->setCurrentIndex(members->model()->index(miaRow, 0));
    QTRY_COMPARE(access->userId(), m_memberId);
    QTRY_VERIFY(access->tenantWideLabel()->text().contains(QStringLiteral("member")));
    // A member may not change workspace settings: the dock says so, with the rule.
    access->actionBox()->setCurrentIndex(
            access->actionBox()->findText(QStringLiteral("workspace.settings")));
    QSignalSpy checked(access, &EffectiveAccessDock::checked);
    access->checkButton()->click();
    QVERIFY(checked.wait());
    QCOMPARE(checked.constFirst().constFirst().toBool(), false);
    QVERIFY(access->resultLabel()->text().contains(QStringLiteral("Rule")));
}

void TestMainWindow::databaseWithoutTenancyTablesPointsToTheWizard()
{
    TestDatabase plain;
    plain.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    auto db = plain.open();
    Session::Options options;
    options.databasePath = plain.path();
    options.actor = *Authenticator(*db).signIn(QStringLiteral("root"), kPassword);
    options.hasTenancyTables = false;
    Session session(options);
    MainWindow window(&session);
    window.show();
    auto *empty = window.findChild<EmptyState *>(QStringLiteral("noTenancyTables"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("migration wizard")));
    QVERIFY(!window.switcherDock());
    QVERIFY(!window.quickSwitchAction()->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
