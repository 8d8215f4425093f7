// An admin's day in the app (issue 11), offscreen: notices that follow the state they
// describe, and the window's keyboard, shape and context behaviour.

#include "tst_migrationwizard_driver.h"

#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "app/mainwindow.h"

#include "models/jobs/serverhealthcheck.h"
#include "models/session/changewatcher.h"
#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/audit/auditpage.h"
#include "widgets/common/mnemonics.h"
#include "widgets/common/noticebar.h"
#include "widgets/memberships/effectiveaccessdock.h"
#include "widgets/memberships/membershiphistory.h"
#include "widgets/memberships/membershipspage.h"
#include "widgets/migration/migrationwizard.h"
#include "widgets/shell/fileactions.h"
#include "widgets/shell/pagenavigator.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/shortcutsdialog.h"
#include "widgets/shell/switcherdock.h"
#include "widgets/tenancy/namedialog.h"
#include "widgets/tenancy/tenantspage.h"
#include "widgets/tenancy/workspacespage.h"

#include "models/lists/auditlistmodel.h"
#include "models/lists/membershiplistmodel.h"
#include "models/lists/tenantlistmodel.h"

#include "models/context/activecontext.h"

#include "core/audit/auditservice.h"
#include "core/migration/databasebackup.h"
#include "core/people/authenticator.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace tenantdesk;

namespace {

const auto kPassword = QStringLiteral("correct horse 1");

// One running app: a session and its window, destroyed together like a quit.
struct App
{
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    ActiveContext *context() const { return session->context(); }
};

Actor signIn(const TestDatabase &file, const QString &login)
{
    auto db = file.open();
    auto actor = Authenticator(*db).signIn(login, kPassword);
    if (!actor)
        qFatal("cannot sign in %s", qPrintable(login));
    return *actor;
}

App start(const TestDatabase &file, const Actor &actor)
{
    App app;
    Session::Options options;
    options.databasePath = file.path();
    options.actor = actor;
    options.pollIntervalMs = 100;
    app.session = std::make_unique<Session>(options);
    QSignalSpy restored(app.session.get(), &Session::contextRestored);
    app.window = std::make_unique<MainWindow>(app.session.get());
    app.window->show();
    if (!restored.wait(10000))
        qWarning("context not restored in time");
    return app;
}

} // namespace

class TestAdminDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyDatabaseNoticeIsInformationAndEndsWithTheFirstTenant();
    void deletedTenantNoticeEndsWhenTheTenantIsBack();
    void fileAndHelpMenusLikeADesktopApp();
    void signOutAsksToReopenTheSameFile();
    void preferencesSaveAndApplyTheRefreshInterval();
    void theOpenPageIsRemembered();
    // 3: the window keeps its shape.
    void windowKeepsItsShape_data();
    void windowKeepsItsShape();
    // 5: keyboard first.
    void pageShortcutsFollowTheOrderOfThePages();
    void shortcutsDialogListsEveryShortcut();
    void mnemonicsAreUniquePerWindow();
    void tabWalksEachPageAndLeavesTables();
    void wizardMnemonicsAreUniqueOnEachPage();
    // 1: actions act on what is on screen.
    void menuActionsActOnTheActiveContext();
    void pagesFollowTheActiveContext();
    // 2: undo says where.
    void undoNamesWhereAndShowsIt();
    // 4: refusals visible without a mouse.
    void refusalsAreVisibleWithoutAMouse();
    void lastTenantAdminCannotBeRevoked();
    // 7: audit for tenant admins.
    void tenantAdminSeesTheAuditOfTheirTenants();
    void auditActorFilterCompletesTheKnownActors();
    // 6: the revert plan names cascaded deletions and where the SQL is.
    void revertPlanNamesCascadedDeletionsAndTheScript();
    // 8: backups where the preferences say, as many as they say.
    void preferencesBackupFolderAndRetentionAreUsedByTheNextBackup();
    void preferencesRefuseABackupFolderThatCannotBeUsed();
    // 4: what the real app showed on a small screen.
    void windowAndWizardStartWithinTheScreen();
    void returnOnTheStatusPageGoesOnWithoutARepair();

private:
    TestDatabase m_db; // three tenants, an admin "root"
    QString m_acmeId;
    QString m_globexId;
    QString m_alphaId;
    QString m_miaId;
    QString m_taraId;
};

void TestAdminDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db.applyBundledSchema();
    m_db.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    auto db = m_db.open();
    const Actor admin = signIn(m_db, QStringLiteral("root"));
    TenantService tenants(*db, admin);
    auto acme = tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"),
                               QStringLiteral("alpha"));
    auto globex = tenants.create(QStringLiteral("Globex"), QStringLiteral("globex"),
                                 QStringLiteral("main"));
    QVERIFY(acme && globex);
    m_acmeId = acme->id;
    m_globexId = globex->id;
    QVERIFY(tenants.create(QStringLiteral("Initech"), QStringLiteral("initech"),
                           QStringLiteral("main")));
    auto workspaces = WorkspaceService(*db, admin).list(m_acmeId, {});
    QVERIFY(workspaces && workspaces->size() == 1);
    m_alphaId = workspaces->first().id;
    m_miaId = m_db.addUser(QStringLiteral("mia"), QStringLiteral("developer"), kPassword);
    m_taraId = m_db.addUser(QStringLiteral("tara"), QStringLiteral("developer"), kPassword);
    MembershipService memberships(*db, admin);
    QVERIFY(memberships.grant(m_acmeId, m_taraId, TenantRole::TenantAdmin));
    QVERIFY(memberships.grant(m_acmeId, m_miaId, TenantRole::Member));
}

void TestAdminDay::init()
{
    QSettings(settingsOrganization(), settingsApplication()).clear();
}

void TestAdminDay::emptyDatabaseNoticeIsInformationAndEndsWithTheFirstTenant()
{
    TestDatabase file;
    file.applyBundledSchema();
    file.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const Actor admin = signIn(file, QStringLiteral("root"));
    App app = start(file, admin);
    NoticeBar *notice = app.window->contextNotice();
    QVERIFY(app.context()->isEmpty());
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("no tenants yet")), qPrintable(notice->text()));
    QCOMPARE(notice->kind(), NoticeBar::Kind::Information);

    // Another program (or the admin) makes the first tenant: the notice is no longer true.
    auto db = file.open();
    QVERIFY(TenantService(*db, admin)
                    .create(QStringLiteral("Acme"), QStringLiteral("acme"),
                            QStringLiteral("main")));
    QTRY_VERIFY(!app.context()->isEmpty());
    QTRY_VERIFY(!notice->isVisible());
    QVERIFY(app.session->currentNotice().isEmpty());
}

void TestAdminDay::deletedTenantNoticeEndsWhenTheTenantIsBack()
{
    TestDatabase file;
    file.applyBundledSchema();
    file.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const Actor admin = signIn(file, QStringLiteral("root"));
    QString acmeId;
    {
        auto db = file.open();
        TenantService tenants(*db, admin);
        auto acme = tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"),
                                   QStringLiteral("main"));
        QVERIFY(acme);
        acmeId = acme->id;
        QVERIFY(tenants.create(QStringLiteral("Globex"), QStringLiteral("globex"),
                               QStringLiteral("main")));
    }
    App app = start(file, admin);
    QCOMPARE(app.context()->tenantId(), acmeId);
    NoticeBar *notice = app.window->contextNotice();
    QVERIFY(!notice->isVisible());

    // Another process deletes the active tenant (a backup of the row is kept aside)...
    file.execRaw(QStringLiteral("CREATE TABLE kept AS SELECT * FROM tenants WHERE id = '%1';"
                                "DELETE FROM tenants WHERE id = '%1';")
                         .arg(acmeId)
                         .toUtf8());
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Acme")), qPrintable(notice->text()));
    QCOMPARE(notice->kind(), NoticeBar::Kind::Warning);
    QTRY_VERIFY(app.context()->tenantId() != acmeId);

    // ...and a restore brings it back: the "deleted" notice goes with the state it described.
    file.execRaw(QByteArrayLiteral("INSERT INTO tenants SELECT * FROM kept; DROP TABLE kept;"));
    QTRY_VERIFY(!notice->isVisible());
    QVERIFY(app.session->currentNotice().isEmpty());
}

namespace {

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

QMenu *menuNamed(const QMainWindow *window, const QString &title)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->text() == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

void TestAdminDay::fileAndHelpMenusLikeADesktopApp()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    QMenu *file = menuNamed(app.window.get(), QStringLiteral("&File"));
    QVERIFY(file);
    QCOMPARE(actionTexts(file),
             QStringList({QStringLiteral("&Open…"), QStringLiteral("Open &Recent"),
                          QStringLiteral("&Preferences…"),
                          QStringLiteral("Sign Out / S&witch User"), QStringLiteral("&Quit")}));
    QMenu *help = menuNamed(app.window.get(), QStringLiteral("&Help"));
    QVERIFY(help);
    const QStringList helpTexts = actionTexts(help);
    QVERIFY2(helpTexts.contains(QStringLiteral("&User Guide")), qPrintable(helpTexts.join(u',')));
    QVERIFY(helpTexts.contains(QStringLiteral("&About TenantDesk")));

    // The file is now the most recent one; Open Recent lists it by name with its full path.
    FileActions *actions = app.window->fileActions();
    QCOMPARE(actions->recentFiles()->files().value(0), QFileInfo(m_db.path()).absoluteFilePath());
    QMenu *recent = actions->recentMenu();
    Q_EMIT recent->aboutToShow();
    QVERIFY(recent->actions().value(0)->text().contains(QFileInfo(m_db.path()).fileName()));
    QCOMPARE(recent->actions().value(0)->statusTip(),
             QDir::toNativeSeparators(QFileInfo(m_db.path()).absoluteFilePath()));
    QSignalSpy reopen(app.window.get(), &MainWindow::reopenRequested);
    recent->actions().value(0)->trigger();
    QCOMPARE(reopen.size(), 1);
    QCOMPARE(reopen.at(0).at(0).toString(), QFileInfo(m_db.path()).absoluteFilePath());
    QTRY_VERIFY(!app.window->isVisible());
}

void TestAdminDay::signOutAsksToReopenTheSameFile()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    QSignalSpy reopen(app.window.get(), &MainWindow::reopenRequested);
    app.window->fileActions()->signOutAction()->trigger();
    QCOMPARE(reopen.size(), 1);
    QCOMPARE(reopen.at(0).at(0).toString(), m_db.path());
    QTRY_VERIFY(!app.window->isVisible());
}

void TestAdminDay::preferencesSaveAndApplyTheRefreshInterval()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    app.window->fileActions()->preferencesAction()->trigger();
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.window->findChild<PreferencesDialog *>()) && dialog->isVisible());
    auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("intervalSpin"));
    auto *health = dialog->findChild<QLineEdit *>(QStringLiteral("healthEdit"));
    QVERIFY(interval && health);
    QCOMPARE(interval->value(), ChangeWatcher::defaultInterval());
    QCOMPARE(health->text(), ServerHealthCheck::defaultUrl().toString());
    interval->setValue(2500);
    health->setText(QStringLiteral("http://127.0.0.1:4000/api/v1/system/health"));
    dialog->accept();
    QCOMPARE(app.session->changeWatcher()->interval(), 2500);
    QCOMPARE(ChangeWatcher::intervalFromSettings(), 2500);
    const QSettings settings(settingsOrganization(), settingsApplication());
    QCOMPARE(settings.value(MigrationWizard::healthCheckUrlSetting()).toString(),
             QStringLiteral("http://127.0.0.1:4000/api/v1/system/health"));
}

void TestAdminDay::theOpenPageIsRemembered()
{
    const Actor admin = signIn(m_db, QStringLiteral("root"));
    {
        App app = start(m_db, admin);
        QTabWidget *tabs = app.window->pageTabs();
        QCOMPARE(tabs->currentIndex(), 0);
        tabs->setCurrentWidget(app.window->auditPage());
        app.window->close();
    }
    App again = start(m_db, admin);
    QCOMPARE(again.window->pageTabs()->currentWidget(), again.window->auditPage());
}

namespace {

SwitchTarget tenantTarget(const QString &id, const QString &name, const QString &slug)
{
    SwitchTarget target;
    target.tenantId = id;
    target.tenantName = name;
    target.tenantSlug = slug;
    return target;
}

} // namespace

void TestAdminDay::windowKeepsItsShape_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x640") << QSize(1024, 640);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestAdminDay::windowKeepsItsShape()
{
    QFETCH(QSize, size);
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    QTabWidget *tabs = window->pageTabs();
    QDockWidget *switcher = window->switcherDock();
    QDockWidget *access = window->effectiveAccessDock();
    const QString folder = QDir(QCoreApplication::applicationDirPath())
                                   .filePath(QStringLiteral("adminday-screenshots"));
    QDir().mkpath(folder);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QWidget *page = tabs->currentWidget();
        // Whatever the page shows, the window keeps the size the admin gave it.
        QTRY_VERIFY(page->isVisible());
        QApplication::processEvents();
        QCOMPARE(window->size(), size);
        QVERIFY2(switcher->width() >= switcher->widget()->minimumWidth()
                         && switcher->width() >= 150,
                 qPrintable(QStringLiteral("switcher dock %1 px").arg(switcher->width())));
        // The Effective Access dock only next to the membership list.
        QCOMPARE(access->isVisible(), page == window->membershipsPage());
        if (access->isVisible())
            QVERIFY2(access->width() >= 300, qPrintable(QString::number(access->width())));
        // Every visible table's columns fit its viewport (they elide instead of running off).
        for (QTableView *table : page->findChildren<QTableView *>()) {
            if (!table->isVisible() || !table->model() || table->model()->columnCount() == 0)
                continue;
            QTRY_VERIFY2(!table->horizontalScrollBar()->isVisible(),
                         qPrintable(table->objectName() + QLatin1Char(' ')
                                    + QString::number(table->viewport()->width())));
        }
        window->grab().save(QDir(folder).filePath(
                QStringLiteral("%1x%2-%3.png")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(QLatin1String(page->metaObject()->className())
                                     .mid(QStringLiteral("tenantdesk::").size()))));
    }
    // A long tenant name does not widen the window either.
    app.context()->setCurrent(tenantTarget(
            m_acmeId,
            QStringLiteral("Acme Worldwide Holdings International Incorporated Subsidiary East"),
            QStringLiteral("acme")));
    tabs->setCurrentWidget(window->membershipsPage());
    QApplication::processEvents();
    QCOMPARE(window->size(), size);
}

void TestAdminDay::pageShortcutsFollowTheOrderOfThePages()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTabWidget *tabs = window->pageTabs();
    QVERIFY(tabs->count() >= 4);
    for (int i = tabs->count() - 1; i >= 0; --i) {
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
        // The keyboard follows the page.
        QVERIFY(QApplication::focusWidget()
                && tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    }
    QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    // A page added later gets the next number: the shortcuts are not a fixed list.
    const QList<QAction *> goTo = window->pageNavigator()->pageActions();
    QCOMPARE(goTo.size(), tabs->count());
    for (int i = 0; i < goTo.size(); ++i)
        QCOMPARE(goTo.at(i)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
}

void TestAdminDay::shortcutsDialogListsEveryShortcut()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    QAction *shortcuts = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->objectName() == QStringLiteral("actionShortcuts"))
            shortcuts = action;
    }
    QVERIFY(shortcuts);
    shortcuts->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    const QStringList rows = dialog->rows();
    const QString all = rows.join(QLatin1Char('\n'));
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        // Only actions the admin can reach: in the menu bar or the window itself.
        bool reachable = window->actions().contains(action);
        for (QObject *owner : action->associatedObjects())
            reachable = reachable || qobject_cast<QMenu *>(owner);
        if (!reachable)
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(all.contains(keys), qPrintable(keys + QStringLiteral(" missing:\n") + all));
    }
    QVERIFY(all.contains(QStringLiteral("Ctrl+1")));
    QVERIFY(all.contains(QStringLiteral("Ctrl+K")));
    QVERIFY(all.contains(QStringLiteral("Tab")));
    dialog->reject();
}

namespace {

// The Alt+letter mnemonics of what is visible in widget (buttons, labels with buddies,
// check boxes, group boxes), excluding menus and the widgets below an `except` widget.
QStringList visibleMnemonics(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            text = group->title();
        const QChar letter = Mnemonics::of(text);
        if (!letter.isNull())
            found.append(QString(letter) + QLatin1Char(' ') + text);
    }
    return found;
}

QStringList duplicates(const QStringList &entries)
{
    QMap<QChar, QStringList> byLetter;
    for (const QString &entry : entries)
        byLetter[entry.at(0)].append(entry.mid(2));
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.value().join(QStringLiteral(" / ")));
    }
    return clashes;
}

} // namespace

void TestAdminDay::mnemonicsAreUniquePerWindow()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    QStringList bar;
    for (QAction *top : window->menuBar()->actions()) {
        const QChar letter = Mnemonics::of(top->text());
        QVERIFY2(!letter.isNull(), qPrintable(top->text()));
        bar.append(QString(letter) + QLatin1Char(' ') + top->text());
        // Within each menu, every item has its own letter.
        QStringList items;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            QStringList inMenu;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                if (const QChar l = Mnemonics::of(action->text()); !l.isNull())
                    inMenu.append(QString(l) + QLatin1Char(' ') + action->text());
                if (action->menu())
                    walk(action->menu());
            }
            const QStringList clashes = duplicates(inMenu);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(menu->title() + QStringLiteral(": ") + clashes.join(u',')));
        };
        walk(top->menu());
    }
    QVERIFY2(duplicates(bar).isEmpty(), qPrintable(duplicates(bar).join(u',')));
    // Each page with the menu bar: Alt+letter reaches one thing only.
    QTabWidget *tabs = window->pageTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTRY_VERIFY(tabs->currentWidget()->isVisible());
        const QStringList clashes = duplicates(bar + visibleMnemonics(window));
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(tabs->tabText(i) + QStringLiteral(": ")
                            + clashes.join(QStringLiteral(", "))));
    }
}

void TestAdminDay::tabWalksEachPageAndLeavesTables()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTabWidget *tabs = window->pageTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QWidget *page = tabs->currentWidget();
        QTRY_VERIFY(page->isVisible());
        QWidget *start = QApplication::focusWidget();
        QVERIFY2(start && page->isAncestorOf(start), qPrintable(tabs->tabText(i)));
        // Walk the tab order once round the window; note what of the page it reaches.
        QList<QWidget *> reached;
        QWidget *focus = start;
        for (int step = 0; step < 80; ++step) {
            QTest::keyClick(focus, Qt::Key_Tab);
            QWidget *next = QApplication::focusWidget();
            QVERIFY(next);
            if (auto *table = qobject_cast<QAbstractItemView *>(focus))
                QVERIFY2(next != table, "Tab must leave a table");
            if (page->isAncestorOf(next) && !reached.contains(next))
                reached.append(next);
            focus = next;
            if (focus == start)
                break;
        }
        QCOMPARE(focus, start); // the order comes back round
        // Every visible, enabled control of the page that takes Tab is in the order.
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
                || w->focusProxy() || qobject_cast<QAbstractScrollArea *>(w->parentWidget())
                || (w->parentWidget() && w->parentWidget()->inherits("QToolBar")
                    && w->inherits("QToolBarExtension")))
                continue;
            QVERIFY2(reached.contains(w),
                     qPrintable(tabs->tabText(i) + QStringLiteral(": not reached: ")
                                + QLatin1String(w->metaObject()->className()) + QLatin1Char(' ')
                                + w->objectName() + QLatin1Char(' ')
                                + w->property("text").toString()));
        }
        QVERIFY(std::any_of(reached.cbegin(), reached.cend(),
                            [](QWidget *w) { return qobject_cast<QTableView *>(w) != nullptr; }));
    }
}

void TestAdminDay::wizardMnemonicsAreUniqueOnEachPage()
{
    // Another program's file: the wizard from the folder page to the result, dry run first.
    TestDatabase file;
    file.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);");
    wizardtest::Driver driver(file.path(), Actor::bootstrapActor());
    const auto check = [&driver](const char *where) {
        const QStringList clashes = duplicates(visibleMnemonics(driver.wizard));
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QLatin1String(where) + QStringLiteral(": ")
                            + clashes.join(QStringLiteral(", "))));
    };
    check("folder page");
    QVERIFY(driver.toStatus());
    check("status page");
    QVERIFY(driver.toPlan("applyRadio", QString(), true, true));
    check("plan page");
    QVERIFY(driver.run(MigrationRunPage::Phase::DryRunDone));
    check("run page after the dry run");
    // Apply to the Database has a letter of its own.
    auto *apply = driver.runPage()->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply && !Mnemonics::of(apply->text()).isNull());
    apply->click();
    QVERIFY(driver.waitFor(MigrationRunPage::Phase::Finished));
    QVERIFY(driver.toResult());
    check("result page");
}

void TestAdminDay::menuActionsActOnTheActiveContext()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    TenantsPage *tenants = window->tenantsPage();
    QTRY_COMPARE(tenants->model()->rowCount(), 3);
    QCOMPARE(app.context()->tenantId(), m_acmeId);
    // A row selected on the Tenants page, which then goes out of sight.
    tenants->tableView()->setCurrentIndex(tenants->model()->indexOfId(m_globexId));
    window->pageTabs()->setCurrentWidget(window->auditPage());
    QTRY_VERIFY(!tenants->isVisible());
    QTRY_VERIFY(tenants->renameAction()->isEnabled());
    QCOMPARE(tenants->targetId(), m_acmeId); // the active tenant, not the hidden selection
    tenants->renameAction()->trigger();
    NameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<NameDialog *>()) && dialog->isVisible());
    // The dialog names its target.
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("Acme")),
             qPrintable(dialog->windowTitle()));
    dialog->reject();
    // On screen, the selection is the target again.
    window->pageTabs()->setCurrentWidget(tenants);
    QTRY_VERIFY(tenants->isVisible());
    QCOMPARE(tenants->targetId(), m_globexId);
}

void TestAdminDay::pagesFollowTheActiveContext()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    TenantsPage *tenants = window->tenantsPage();
    QTRY_COMPARE(tenants->model()->rowCount(), 3);
    tenants->tableView()->setCurrentIndex(tenants->model()->indexOfId(m_acmeId));
    // Switching selects the active tenant's row, even where another row was current.
    app.context()->setCurrent(
            tenantTarget(m_globexId, QStringLiteral("Globex"), QStringLiteral("globex")));
    QTRY_COMPARE(tenants->currentId(), m_globexId);

    // Switching to a workspace narrows Members to it; all memberships are one click away.
    SwitchTarget alpha = tenantTarget(m_acmeId, QStringLiteral("Acme"), QStringLiteral("acme"));
    alpha.workspaceId = m_alphaId;
    alpha.workspaceName = QStringLiteral("alpha");
    alpha.workspaceSlug = QStringLiteral("alpha");
    app.context()->setCurrent(alpha);
    MembershipsPage *members = window->membershipsPage();
    QTRY_COMPARE(members->scopeBox()->currentData().toString(), m_alphaId);
    QCOMPARE(members->model()->workspaceScope(), std::optional<QString>(m_alphaId));
    QTRY_COMPARE(window->workspacesPage()->currentId(), m_alphaId);
    window->pageTabs()->setCurrentWidget(members);
    QTRY_VERIFY(members->showAllButton()->isVisible());
    members->showAllButton()->click();
    QCOMPARE(members->scopeBox()->currentIndex(), 0);
    QCOMPARE(members->model()->workspaceScope(), std::optional<QString>());
    QVERIFY(!members->showAllButton()->isVisible());
}

void TestAdminDay::undoNamesWhereAndShowsIt()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    app.context()->setCurrent(
            tenantTarget(m_acmeId, QStringLiteral("Acme"), QStringLiteral("acme")));
    MembershipHistory *history = window->membershipHistory();
    const QString userId
            = m_db.addUser(QStringLiteral("noor"), QStringLiteral("developer"), kPassword);
    MembershipChange grant;
    grant.userId = userId;
    grant.role = TenantRole::Member;
    QSignalSpy finished(history, &MembershipHistory::finished);
    history->apply(m_acmeId, {grant}, QStringLiteral("Grant noor member"));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().at(0).toBool());
    // Undo says where.
    QVERIFY2(history->undoAction()->text().contains(QStringLiteral("Acme")),
             qPrintable(history->undoAction()->text()));

    // Another tenant on screen: undo first shows the tenant it changes.
    app.context()->setCurrent(
            tenantTarget(m_globexId, QStringLiteral("Globex"), QStringLiteral("globex")));
    QSignalSpy status(app.session.get(), &Session::statusMessage);
    history->undoAction()->trigger();
    QCOMPARE(app.context()->tenantId(), m_acmeId);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY(!status.isEmpty());
    const QString said = status.last().at(0).toString();
    QVERIFY2(said.contains(QStringLiteral("Undone")) && said.contains(QStringLiteral("Acme")),
             qPrintable(said));
    auto db = m_db.open();
    auto rows = db->exec(QStringLiteral("SELECT count(*) FROM tenant_users WHERE user_id = ?"),
                         {userId});
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toInt(), 0);
    QVERIFY(history->redoAction()->text().contains(QStringLiteral("Acme")));
}

void TestAdminDay::refusalsAreVisibleWithoutAMouse()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("mia"))); // a member of Acme
    MainWindow *window = app.window.get();
    QVERIFY(QTest::qWaitForWindowActive(window));
    TenantsPage *tenants = window->tenantsPage();
    QTRY_COMPARE(tenants->model()->rowCount(), 1);
    tenants->tableView()->setCurrentIndex(tenants->model()->index(0, 0));
    QTRY_VERIFY(tenants->renameAction()->whatsThis().contains(QStringLiteral("not available")));
    // Focus on the table: the status bar says what is not available and why.
    tenants->tableView()->setFocus();
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("not available")),
                 qPrintable(window->statusBar()->currentMessage()));

    window->pageTabs()->setCurrentWidget(window->membershipsPage());
    MembershipsPage *members = window->membershipsPage();
    members->showAllButton()->click();
    QTRY_VERIFY(members->model()->rowCount() >= 2);
    QTableView *table = members->tableView();
    table->setFocus();
    table->setCurrentIndex(members->model()->index(0, 0));
    table->selectRow(0);
    // No role may be granted: Change Role itself is disabled, and says why.
    QTRY_VERIFY(!members->changeRoleButton()->isEnabled());
    QVERIFY(members->changeRoleButton()->toolTip().contains(QStringLiteral("not available")));
    // F2 on a locked role says why, inline.
    QTRY_VERIFY(!members->editRoleAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(members->refusalNotice()->isVisible());
    QVERIFY2(!members->refusalNotice()->text().isEmpty(), "no reason given");
}

void TestAdminDay::lastTenantAdminCannotBeRevoked()
{
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    MainWindow *window = app.window.get();
    app.context()->setCurrent(
            tenantTarget(m_acmeId, QStringLiteral("Acme"), QStringLiteral("acme")));
    MembershipsPage *members = window->membershipsPage();
    window->pageTabs()->setCurrentWidget(members);
    QTRY_VERIFY(members->model()->rowCount() >= 2);
    int taraRow = -1;
    for (int row = 0; row < members->model()->rowCount(); ++row) {
        const Membership *m = members->model()->membershipAt(row);
        QVERIFY(m); // a few rows: the first page holds them all
        if (m->userId == m_taraId && m->isTenantWide())
            taraRow = row;
    }
    QVERIFY(taraRow >= 0);
    members->tableView()->selectRow(taraRow);
    QTRY_VERIFY(!members->revokeAction()->isEnabled());
    QVERIFY2(members->revokeAction()->statusTip().contains(QStringLiteral("last")),
             qPrintable(members->revokeAction()->statusTip()));
    QVERIFY(!members->changeRoleAction(TenantRole::Member)->isEnabled());
}

void TestAdminDay::tenantAdminSeesTheAuditOfTheirTenants()
{
    // tara administers Acme only: its entries, none of Globex's, none without a tenant.
    App app = start(m_db, signIn(m_db, QStringLiteral("tara")));
    AuditPage *audit = app.window->auditPage();
    app.window->pageTabs()->setCurrentWidget(audit);
    QTRY_VERIFY(audit->model()->rowCount() > 0);
    QTRY_VERIFY(!audit->model()->isLoading());
    int expected = 0;
    {
        auto db = m_db.open();
        auto count = db->scalar(QStringLiteral("SELECT count(*) FROM audit_log_chain WHERE "
                                               "json_extract(payload_json, '$.tenant_id') = ?"),
                                {m_acmeId});
        QVERIFY(count);
        expected = count->toInt();
    }
    while (audit->model()->canFetchMore({}))
        audit->model()->fetchMore({});
    QTRY_COMPARE(audit->model()->rowCount(), expected);
    for (int row = 0; row < audit->model()->rowCount(); ++row) {
        const AuditEntry *entry = audit->model()->entryAt(row);
        QVERIFY(entry);
        QCOMPARE(QJsonDocument::fromJson(entry->payloadJson.toUtf8())
                         .object()
                         .value(QStringLiteral("tenant_id"))
                         .toString(),
                 m_acmeId);
    }
    // The same rule for tenantctl's listing: core's AuditService.
    auto db = m_db.open();
    auto listed = AuditService(*db, signIn(m_db, QStringLiteral("tara"))).list({}, 1000);
    QVERIFY(listed);
    QCOMPARE(listed->size(), expected);
    AuditFilter globex;
    globex.tenantId = m_globexId;
    QCOMPARE(AuditService(*db, signIn(m_db, QStringLiteral("tara"))).list(globex, 10).error().code,
             ErrorCode::Denied);
    // A member sees none.
    QCOMPARE(AuditService(*db, signIn(m_db, QStringLiteral("mia"))).list({}, 10).error().code,
             ErrorCode::Denied);

    // The global admin: everything, and "this tenant" in one click.
    App admin = start(m_db, signIn(m_db, QStringLiteral("root")));
    AuditPage *all = admin.window->auditPage();
    QTRY_VERIFY(all->model()->rowCount() > 0);
    QTRY_VERIFY(all->thisTenantBox()->isEnabled());
    const auto onlyActiveTenant = [&admin, all] {
        if (all->model()->isLoading() || all->model()->rowCount() == 0)
            return false;
        for (int row = 0; row < all->model()->rowCount(); ++row) {
            const AuditEntry *entry = all->model()->entryAt(row);
            if (!entry)
                return false;
            if (QJsonDocument::fromJson(entry->payloadJson.toUtf8())
                        .object()
                        .value(QStringLiteral("tenant_id"))
                        .toString()
                != admin.context()->tenantId())
                return false;
        }
        return true;
    };
    QVERIFY(!onlyActiveTenant()); // the entries of every tenant
    all->thisTenantBox()->click();
    QTRY_VERIFY(onlyActiveTenant());
}

void TestAdminDay::auditActorFilterCompletesTheKnownActors()
{
    // tara (tenant_admin of acme) leaves an entry of her own, next to root's.
    {
        auto db = m_db.open();
        QVERIFY(TenantService(*db, signIn(m_db, QStringLiteral("tara")))
                        .rename(m_acmeId, QStringLiteral("Acme Corp")));
    }
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    AuditPage *audit = app.window->auditPage();
    app.window->pageTabs()->setCurrentWidget(audit);
    QTRY_VERIFY(!audit->model()->isLoading() && audit->model()->rowCount() > 0);
    auto *actor = audit->findChild<QLineEdit *>(QStringLiteral("actorEdit"));
    QVERIFY(actor && actor->completer());
    QCompleter *completer = actor->completer();
    QCOMPARE(completer->filterMode(), Qt::MatchContains);
    // Part of a name, in another case, offers the whole name; Enter takes it and filters.
    actor->setFocus();
    QTest::keyClicks(actor, QStringLiteral("AR"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QTRY_COMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("tara"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(actor->text(), QStringLiteral("tara"));
    QTRY_VERIFY(!audit->model()->isLoading() && audit->model()->rowCount() == 1
                && audit->model()->entryAt(0)
                && audit->model()->entryAt(0)->eventType == QStringLiteral("tenant.renamed"));
    // Restore the name for the other tests.
    auto db = m_db.open();
    QVERIFY(TenantService(*db, signIn(m_db, QStringLiteral("root")))
                    .rename(m_acmeId, QStringLiteral("Acme")));
}

void TestAdminDay::revertPlanNamesCascadedDeletionsAndTheScript()
{
    TestDatabase file;
    file.open();
    const QString folder = writeCascadeMigrations(file.dir());
    {
        wizardtest::Driver apply(file.path(), Actor::bootstrapActor());
        QVERIFY(apply.runThrough("applyRadio", QString(), false, folder));
        QVERIFY(apply.wizard->report()->ok());
    }
    wizardtest::Driver driver(file.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus(folder));
    QVERIFY(driver.toPlan("revertRadio", QString(), false, false));
    QVERIFY(driver.confirmedDataLoss);
    MigrationPlanPage *plan = driver.planPage();
    auto *steps = wizardtest::child<QTreeWidget>(plan, "planTree");
    QCOMPARE(steps->topLevelItemCount(), 1);
    QTreeWidgetItem *step = steps->topLevelItem(0);
    QCOMPARE(step->text(1), QStringLiteral("002_seed.sql"));
    // Both tables, with the counts taken on the copy: the one the DOWN names and the one the
    // cascade empties.
    const QString parents = QStringLiteral("2 rows of parents (deleted)");
    const QString children
            = QStringLiteral("5 rows of children (removed by ON DELETE CASCADE from parents)");
    QVERIFY2(step->text(5).contains(parents), qPrintable(step->text(5)));
    QVERIFY2(step->text(5).contains(children), qPrintable(step->text(5)));
    const QString summary = wizardtest::child<QLabel>(plan, "dataLossLabel")->text();
    QVERIFY2(summary.contains(parents) && summary.contains(children), qPrintable(summary));
    // Where the SQL is: the script's full path and its DOWN section.
    const QString script = QFileInfo(folder + QStringLiteral("/002_seed.sql")).absoluteFilePath();
    const QString source = QStringLiteral("DOWN section of %1 (from line 6)").arg(script);
    auto *sourceLabel = wizardtest::child<QLabel>(plan, "sourceLabel");
    QVERIFY(sourceLabel->isVisibleTo(plan));
    QVERIFY2(sourceLabel->text().contains(source.toHtmlEscaped()), qPrintable(sourceLabel->text()));
    QCOMPARE(step->toolTip(1), source);

    // The counts were the truth: the run leaves the third parent's one child.
    QVERIFY(driver.run());
    QVERIFY(driver.wizard->report()->ok());
    auto db = file.open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM children")).value().toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM parents")).value().toInt(), 1);
}

void TestAdminDay::preferencesBackupFolderAndRetentionAreUsedByTheNextBackup()
{
    TestDatabase file;
    file.open();
    const QString migrations = writeCascadeMigrations(file.dir());
    const QString folder = file.dir() + QStringLiteral("/my backups/new");
    {
        App app = start(m_db, signIn(m_db, QStringLiteral("root")));
        app.window->fileActions()->preferencesAction()->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<PreferencesDialog *>()) && dialog->isVisible());
        auto *folderEdit = dialog->findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"));
        auto *keep = dialog->findChild<QSpinBox *>(QStringLiteral("keepSpin"));
        QVERIFY(folderEdit && keep);
        QCOMPARE(folderEdit->text(), QString()); // the default folder until one is chosen
        QCOMPARE(keep->value(), DatabaseBackup::kDefaultKeep);
        folderEdit->setText(QDir::toNativeSeparators(folder));
        keep->setValue(2);
        dialog->accept();
        QVERIFY(!dialog->isVisible());
    }
    const QSettings settings(settingsOrganization(), settingsApplication());
    QCOMPARE(settings.value(DatabaseBackup::folderSetting()).toString(), folder);
    QCOMPARE(settings.value(DatabaseBackup::keepSetting()).toInt(), 2);
    QVERIFY(QFileInfo(folder).isDir()); // made, to be sure it can be
    QVERIFY(DatabaseBackup::defaultDir(file.path()).startsWith(folder + QLatin1Char('/')));

    // Two older backups, then the wizard's own backup before it applies: the newest two stay.
    QStringList older;
    {
        auto db = file.open();
        for (int i = 0; i < 2; ++i) {
            auto backup = DatabaseBackup(*db).create();
            QVERIFY(backup);
            older.append(backup->path);
        }
    }
    wizardtest::Driver driver(file.path(), Actor::bootstrapActor());
    QVERIFY(driver.runThrough("applyRadio", QString(), true, migrations));
    const std::optional<MigrationReport> &report = driver.wizard->report();
    QVERIFY(report && report->ok() && report->backup);
    QCOMPARE(QFileInfo(report->backup->path).absolutePath(),
             QDir(DatabaseBackup::defaultDir(file.path())).absolutePath());
    QVERIFY(QFileInfo::exists(report->backup->path));
    const QStringList kept = QDir(DatabaseBackup::defaultDir(file.path()))
                                     .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    QCOMPARE(kept.size(), 2);
    QVERIFY(!QFileInfo::exists(older.at(0)));
    QVERIFY(QFileInfo::exists(older.at(1)));
}

void TestAdminDay::preferencesRefuseABackupFolderThatCannotBeUsed()
{
    TestDatabase scratch;
    const QString plainFile = scratch.dir() + QStringLiteral("/not-a-folder");
    QFile blocker(plainFile);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    PreferencesDialog dialog(app.session.get(), app.window.get());
    dialog.show();
    auto *folderEdit = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"));
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("keepSpin"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(folderEdit && keep && error);
    QVERIFY(!error->isVisible());
    // At least one backup is kept.
    QCOMPARE(keep->minimum(), 1);
    keep->setValue(0);
    QCOMPARE(keep->value(), 1);
    // A folder inside a file cannot be made: the dialog says so and stays open.
    const QString impossible = plainFile + QStringLiteral("/backups");
    folderEdit->setText(impossible);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Cannot create the backup folder")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(impossible), qPrintable(error->text()));
    QVERIFY(!QSettings(settingsOrganization(), settingsApplication())
                     .contains(DatabaseBackup::folderSetting()));
    // Typing again clears the message; a usable folder is saved.
    folderEdit->setText(scratch.dir() + QStringLiteral("/fine"));
    QVERIFY(!error->isVisible());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(QSettings(settingsOrganization(), settingsApplication())
                     .value(DatabaseBackup::folderSetting())
                     .toString(),
             scratch.dir() + QStringLiteral("/fine"));
}

void TestAdminDay::windowAndWizardStartWithinTheScreen()
{
    // No saved geometry: the window and the wizard take at most the screen's room (the
    // offscreen screen is smaller than their preferred 1,100x700 and 920x680).
    App app = start(m_db, signIn(m_db, QStringLiteral("root")));
    const QSize room = app.window->screen()->availableGeometry().size();
    QVERIFY2(room.width() < 1100 || room.height() < 700, "the test needs a small screen");
    QVERIFY(app.window->width() <= room.width() && app.window->height() <= room.height());
    MigrationWizard wizard(m_db.path(), signIn(m_db, QStringLiteral("root")), app.window.get());
    QVERIFY(wizard.width() <= room.width() && wizard.height() <= room.height());
}

void TestAdminDay::returnOnTheStatusPageGoesOnWithoutARepair()
{
    TestDatabase file;
    file.open();
    wizardtest::Driver driver(file.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus());
    auto *repair = wizardtest::child<QPushButton>(driver.statusPage(), "repairButton");
    QVERIFY(!repair->autoDefault());
    // Nothing changed since it was applied: no confirmation that names no script.
    repair->setEnabled(true);
    repair->click();
    QVERIFY(!QApplication::activeModalWidget());
    QTest::keyClick(driver.wizard, Qt::Key_Return);
    QTRY_COMPARE(driver.wizard->currentId(), int(MigrationWizard::PlanPageId));
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestAdminDay)
#include "tst_adminday.moc"
