// An admin's day in the app (issue 11), offscreen: notices that follow the
// state they describe, and the window's keyboard, shape and context behaviour.

#include "support/testdatabase.h"

#include "app/mainwindow.h"

#include "models/jobs/serverhealthcheck.h"
#include "models/session/changewatcher.h"
#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/audit/auditpage.h"
#include "widgets/common/noticebar.h"
#include "widgets/memberships/effectiveaccessdock.h"
#include "widgets/migration/migrationwizard.h"
#include "widgets/shell/fileactions.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/switcherdock.h"

#include "models/context/activecontext.h"

#include "core/people/authenticator.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tenantdesk;

namespace {

const auto kPassword = QStringLiteral("correct horse 1");

// One running app: a session and its window, destroyed together like a quit.
struct App {
  std::unique_ptr<Session> session;
  std::unique_ptr<MainWindow> window;

  ActiveContext *context() const { return session->context(); }
};

Actor signIn(const TestDatabase &file, const QString &login) {
  auto db = file.open();
  auto actor = Authenticator(*db).signIn(login, kPassword);
  if (!actor)
    qFatal("cannot sign in %s", qPrintable(login));
  return *actor;
}

App start(const TestDatabase &file, const Actor &actor) {
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

class TestAdminDay : public QObject {
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

private:
  TestDatabase m_db; // three tenants, an admin "root"
  QString m_acmeId;
  QString m_globexId;
  QString m_alphaId;
  QString m_miaId;
  QString m_taraId;
};

void TestAdminDay::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  m_db.applyBundledSchema();
  m_db.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
  auto db = m_db.open();
  const Actor admin = signIn(m_db, QStringLiteral("root"));
  TenantService tenants(*db, admin);
  auto acme = tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"),
                             QStringLiteral("alpha"));
  auto globex =
      tenants.create(QStringLiteral("Globex"), QStringLiteral("globex"),
                     QStringLiteral("main"));
  QVERIFY(acme && globex);
  m_acmeId = acme->id;
  m_globexId = globex->id;
  QVERIFY(tenants.create(QStringLiteral("Initech"), QStringLiteral("initech"),
                         QStringLiteral("main")));
  auto workspaces = WorkspaceService(*db, admin).list(m_acmeId, {});
  QVERIFY(workspaces && workspaces->size() == 1);
  m_alphaId = workspaces->first().id;
  m_miaId = m_db.addUser(QStringLiteral("mia"), QStringLiteral("developer"),
                         kPassword);
  m_taraId = m_db.addUser(QStringLiteral("tara"), QStringLiteral("developer"),
                          kPassword);
  MembershipService memberships(*db, admin);
  QVERIFY(memberships.grant(m_acmeId, m_taraId, TenantRole::TenantAdmin));
  QVERIFY(memberships.grant(m_acmeId, m_miaId, TenantRole::Member));
}

void TestAdminDay::init() {
  QSettings(settingsOrganization(), settingsApplication()).clear();
}

void TestAdminDay::emptyDatabaseNoticeIsInformationAndEndsWithTheFirstTenant() {
  TestDatabase file;
  file.applyBundledSchema();
  file.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
  const Actor admin = signIn(file, QStringLiteral("root"));
  App app = start(file, admin);
  NoticeBar *notice = app.window->contextNotice();
  QVERIFY(app.context()->isEmpty());
  QVERIFY(notice->isVisible());
  QVERIFY2(notice->text().contains(QStringLiteral("no tenants yet")),
           qPrintable(notice->text()));
  QCOMPARE(notice->kind(), NoticeBar::Kind::Information);

  // Another program (or the admin) makes the first tenant: the notice is no
  // longer true.
  auto db = file.open();
  QVERIFY(TenantService(*db, admin)
              .create(QStringLiteral("Acme"), QStringLiteral("acme"),
                      QStringLiteral("main")));
  QTRY_VERIFY(!app.context()->isEmpty());
  QTRY_VERIFY(!notice->isVisible());
  QVERIFY(app.session->currentNotice().isEmpty());
}

void TestAdminDay::deletedTenantNoticeEndsWhenTheTenantIsBack() {
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

  // Another process deletes the active tenant (a backup of the row is kept
  // aside)...
  file.execRaw(QStringLiteral(
                   "CREATE TABLE kept AS SELECT * FROM tenants WHERE id = '%1';"
                   "DELETE FROM tenants WHERE id = '%1';")
                   .arg(acmeId)
                   .toUtf8());
  QTRY_VERIFY(notice->isVisible());
  QVERIFY2(notice->text().contains(QStringLiteral("Acme")),
           qPrintable(notice->text()));
  QCOMPARE(notice->kind(), NoticeBar::Kind::Warning);
  QTRY_VERIFY(app.context()->tenantId() != acmeId);

  // ...and a restore brings it back: the "deleted" notice goes with the state
  // it described.
  file.execRaw(QByteArrayLiteral(
      "INSERT INTO tenants SELECT * FROM kept; DROP TABLE kept;"));
  QTRY_VERIFY(!notice->isVisible());
  QVERIFY(app.session->currentNotice().isEmpty());
}

namespace {

QStringList actionTexts(const QMenu *menu) {
  QStringList texts;
  for (const QAction *action : menu->actions()) {
    if (!action->isSeparator())
      texts.append(action->text());
  }
  return texts;
}

QMenu *menuNamed(const QMainWindow *window, const QString &title) {
  for (QAction *action : window->menuBar()->actions()) {
    if (action->text() == title)
      return action->menu();
  }
  return nullptr;
}

} // namespace

void TestAdminDay::fileAndHelpMenusLikeADesktopApp() {
  App app = start(m_db, signIn(m_db, QStringLiteral("root")));
  QMenu *file = menuNamed(app.window.get(), QStringLiteral("&File"));
  QVERIFY(file);
  QCOMPARE(
      actionTexts(file),
      QStringList({QStringLiteral("&Open…"), QStringLiteral("Open &Recent"),
                   QStringLiteral("&Preferences…"),
                   QStringLiteral("Sign Out / S&witch User"),
                   QStringLiteral("&Quit")}));
  QMenu *help = menuNamed(app.window.get(), QStringLiteral("&Help"));
  QVERIFY(help);
  const QStringList helpTexts = actionTexts(help);
  QVERIFY2(helpTexts.contains(QStringLiteral("&User Guide")),
           qPrintable(helpTexts.join(u',')));
  QVERIFY(helpTexts.contains(QStringLiteral("&About TenantDesk")));

  // The file is now the most recent one; Open Recent lists it by name with its
  // full path.
  FileActions *actions = app.window->fileActions();
  QCOMPARE(actions->recentFiles()->files().value(0),
           QFileInfo(m_db.path()).absoluteFilePath());
  QMenu *recent = actions->recentMenu();
  Q_EMIT recent->aboutToShow();
  QVERIFY(recent->actions().value(0)->text().contains(
      QFileInfo(m_db.path()).fileName()));
  QCOMPARE(recent->actions().value(0)->statusTip(),
           QDir::toNativeSeparators(QFileInfo(m_db.path()).absoluteFilePath()));
  QSignalSpy reopen(app.window.get(), &MainWindow::reopenRequested);
  recent->actions().value(0)->trigger();
  QCOMPARE(reopen.size(), 1);
  QCOMPARE(reopen.at(0).at(0).toString(),
           QFileInfo(m_db.path()).absoluteFilePath());
  QTRY_VERIFY(!app.window->isVisible());
}

void TestAdminDay::signOutAsksToReopenTheSameFile() {
  App app = start(m_db, signIn(m_db, QStringLiteral("root")));
  QSignalSpy reopen(app.window.get(), &MainWindow::reopenRequested);
  app.window->fileActions()->signOutAction()->trigger();
  QCOMPARE(reopen.size(), 1);
  QCOMPARE(reopen.at(0).at(0).toString(), m_db.path());
  QTRY_VERIFY(!app.window->isVisible());
}

void TestAdminDay::preferencesSaveAndApplyTheRefreshInterval() {
  App app = start(m_db, signIn(m_db, QStringLiteral("root")));
  app.window->fileActions()->preferencesAction()->trigger();
  PreferencesDialog *dialog = nullptr;
  QTRY_VERIFY((dialog = app.window->findChild<PreferencesDialog *>()) &&
              dialog->isVisible());
  auto *interval =
      dialog->findChild<QSpinBox *>(QStringLiteral("intervalSpin"));
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

void TestAdminDay::theOpenPageIsRemembered() {
  const Actor admin = signIn(m_db, QStringLiteral("root"));
  {
    App app = start(m_db, admin);
    QTabWidget *tabs = app.window->pageTabs();
    QCOMPARE(tabs->currentIndex(), 0);
    tabs->setCurrentWidget(app.window->auditPage());
    app.window->close();
  }
  App again = start(m_db, admin);
  QCOMPARE(again.window->pageTabs()->currentWidget(),
           again.window->auditPage());
}

namespace {

SwitchTarget tenantTarget(const QString &id, const QString &name,
                          const QString &slug) {
  SwitchTarget target;
  target.tenantId = id;
  target.tenantName = name;
  target.tenantSlug = slug;
  return target;
}

} // namespace

void TestAdminDay::windowKeepsItsShape_data() {
  QTest::addColumn<QSize>("size");
  QTest::newRow("1024x640") << QSize(1024, 640);
  QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestAdminDay::windowKeepsItsShape() {
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
    QVERIFY2(switcher->width() >= switcher->widget()->minimumWidth() &&
                 switcher->width() >= 150,
             qPrintable(
                 QStringLiteral("switcher dock %1 px").arg(switcher->width())));
    // The Effective Access dock only next to the membership list.
    QCOMPARE(access->isVisible(), page == window->membershipsPage());
    if (access->isVisible())
      QVERIFY2(access->width() >= 300,
               qPrintable(QString::number(access->width())));
    // Every visible table's columns fit its viewport (they elide instead of
    // running off).
    for (QTableView *table : page->findChildren<QTableView *>()) {
      if (!table->isVisible() || !table->model() ||
          table->model()->columnCount() == 0)
        continue;
      QTRY_VERIFY2(!table->horizontalScrollBar()->isVisible(),
                   qPrintable(table->objectName() + QLatin1Char(' ') +
                              QString::number(table->viewport()->width())));
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
      QStringLiteral(
          "Acme Worldwide Holdings International Incorporated Subsidiary East"),
      QStringLiteral("acme")));
  tabs->setCurrentWidget(window->membershipsPage());
  QApplication::processEvents();
  QCOMPARE(window->size(), size);
}

QTEST_MAIN(TestAdminDay)
#include "tst_adminday.moc"
