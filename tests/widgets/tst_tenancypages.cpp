// The tenants and workspaces pages' actions, offscreen on a real file: each dialog opens
// without an event loop of its own (the action returns while the dialog shows), the write it
// asks for lands in the database, and a page closed while its dialog is open takes the dialog
// with it.

#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/namedialog.h"
#include "widgets/tenancy/settingsdialog.h"
#include "widgets/tenancy/tenantspage.h"
#include "widgets/tenancy/workspacespage.h"

#include "models/context/activecontext.h"
#include "models/lists/tenantlistmodel.h"
#include "models/lists/workspacelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace tenantdesk;

namespace {

constexpr int kTimeoutMs = 10000;

// The dialog the page opened (window-modal, so the active modal widget).
template<typename Dialog> Dialog *openDialog()
{
    return qobject_cast<Dialog *>(QApplication::activeModalWidget());
}

} // namespace

class TestTenancyPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renameOpensWithoutBlockingAndWrites();
    void settingsOpenOnceReadAndSave();
    void deleteAsksForTheSlugThenDeletes();
    void newWorkspaceGoesToTheActiveTenant();
    void closingThePageTakesItsDialog();

private:
    // Shows page in a window, waits until its list loaded and makes the row with id current.
    void show(TenancyListPage *page, const QString &currentId);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QWidget> m_window;
    QString m_acme;
    QString m_dev;
};

void TestTenancyPages::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    const Actor root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    m_fixture->addTenant(QStringLiteral("globex"), QStringLiteral("Globex"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"), QStringLiteral("Dev"));
    Session::Options options;
    options.databasePath = m_test->path();
    options.actor = root;
    options.persistContext = false;
    m_session = std::make_unique<Session>(options);
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 500);
}

void TestTenancyPages::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenancyPages::show(TenancyListPage *page, const QString &currentId)
{
    page->resize(m_window->size());
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(page->tableView()->model()->rowCount() > 0, kTimeoutMs);
    auto *model = qobject_cast<PagedModelBase *>(page->tableView()->model());
    QVERIFY(model);
    const QModelIndex row = model->indexOfId(currentId);
    QVERIFY(row.isValid());
    page->tableView()->setCurrentIndex(row);
    QTRY_VERIFY_WITH_TIMEOUT(page->renameAction()->isEnabled(), kTimeoutMs);
}

void TestTenancyPages::renameOpensWithoutBlockingAndWrites()
{
    auto *page = new TenantsPage(m_session.get(), m_window.get());
    show(page, m_acme);
    page->renameAction()->trigger(); // returns while the dialog shows
    const QPointer<NameDialog> dialog = openDialog<NameDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), QStringLiteral("Acme"));
    dialog->setName(QStringLiteral("Acme Corporation"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
            m_fixture->value("SELECT name FROM tenants WHERE id = ?", {m_acme}).toString(),
            QStringLiteral("Acme Corporation"), kTimeoutMs);
    QTRY_VERIFY(!dialog); // gone once answered
}

void TestTenancyPages::settingsOpenOnceReadAndSave()
{
    auto *page = new TenantsPage(m_session.get(), m_window.get());
    show(page, m_acme);
    // What another program stored meanwhile: the dialog shows the file, not the loaded list.
    m_test->execRaw("UPDATE tenants SET settings_json = '{\"plan\":\"basic\"}' WHERE slug = "
                    "'acme'");
    page->settingsAction()->trigger();
    QVERIFY(!openDialog<SettingsDialog>()); // the read runs first, on the worker thread
    QTRY_VERIFY_WITH_TIMEOUT(openDialog<SettingsDialog>(), kTimeoutMs);
    SettingsDialog *dialog = openDialog<SettingsDialog>();
    QCOMPARE(dialog->settings().value(QStringLiteral("plan")).toString(), QStringLiteral("basic"));
    dialog->setSettings(QJsonObject{{QStringLiteral("plan"), QStringLiteral("gold")}});
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(
                    m_fixture->value("SELECT settings_json FROM tenants WHERE id = ?", {m_acme})
                            .toByteArray())
                    .object()
                    .value(QStringLiteral("plan"))
                    .toString(),
            QStringLiteral("gold"), kTimeoutMs);
}

void TestTenancyPages::deleteAsksForTheSlugThenDeletes()
{
    auto *page = new TenantsPage(m_session.get(), m_window.get());
    show(page, m_acme);
    page->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(openDialog<DeleteDialog>(), kTimeoutMs);
    DeleteDialog *dialog = openDialog<DeleteDialog>();
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("acme"));
    QVERIFY(dialog->deleteButton()->isEnabled());
    dialog->deleteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
            m_fixture->count("SELECT count(*) FROM tenants WHERE id = ?", {m_acme}), qint64(0),
            kTimeoutMs);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE id = ?", {m_dev}), qint64(0));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), qint64(1));
}

void TestTenancyPages::newWorkspaceGoesToTheActiveTenant()
{
    SwitchTarget acme;
    acme.tenantId = m_acme;
    acme.tenantName = QStringLiteral("Acme");
    acme.tenantSlug = QStringLiteral("acme");
    m_session->context()->setCurrent(acme);
    auto *page = new WorkspacesPage(m_session.get(), m_window.get());
    show(page, m_dev);
    QTRY_VERIFY_WITH_TIMEOUT(page->createAction()->isEnabled(), kTimeoutMs);
    page->createAction()->trigger();
    NameDialog *dialog = openDialog<NameDialog>();
    QVERIFY(dialog);
    dialog->setName(QStringLiteral("Staging"));
    dialog->setSlug(QStringLiteral("staging"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
            m_fixture->value("SELECT tenant_id FROM workspaces WHERE slug = 'staging'").toString(),
            m_acme, kTimeoutMs);
}

void TestTenancyPages::closingThePageTakesItsDialog()
{
    auto *page = new TenantsPage(m_session.get(), m_window.get());
    show(page, m_acme);
    page->renameAction()->trigger();
    const QPointer<NameDialog> dialog = openDialog<NameDialog>();
    QVERIFY(dialog);
    delete page;
    QVERIFY(!dialog);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE id = ?", {m_acme}).toString(),
             QStringLiteral("Acme"));
}

QTEST_MAIN(TestTenancyPages)
#include "tst_tenancypages.moc"
