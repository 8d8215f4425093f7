// The tenants and workspaces pages' actions, offscreen on a real file: each dialog opens
// without an event loop of its own (the action returns while the dialog shows), the write it
// asks for lands in the database, and a page closed while its dialog is open takes the dialog
// with it.

#include "tenancypagescene.h"

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

constexpr int kTimeoutMs = TenancyPageScene::kTimeoutMs;

// The dialog the page opened (window-modal, so the active modal widget).
template<typename Dialog> Dialog *openDialog()
{
    return qobject_cast<Dialog *>(QApplication::activeModalWidget());
}

using Scene = TenancyPageScene;

} // namespace

class TestTenancyPages : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_scene = std::make_unique<Scene>(); }
    void cleanup() { m_scene.reset(); }
    void renameOpensWithoutBlockingAndWrites();
    void settingsOpenOnceReadAndSave();
    void deleteAsksForTheSlugThenDeletes();
    void newWorkspaceGoesToTheActiveTenant();
    void closingThePageTakesItsDialog();

private:
    // As Scene::show, then waits until the page's actions apply to that row.
    void show(TenancyListPage *page, const QString &currentId);

    std::unique_ptr<Scene> m_scene;
};

void TestTenancyPages::show(TenancyListPage *page, const QString &currentId)
{
    m_scene->show(page, currentId);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(page->renameAction()->isEnabled(), kTimeoutMs);
}

void TestTenancyPages::renameOpensWithoutBlockingAndWrites()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    show(page, m_scene->acme);
    page->renameAction()->trigger(); // returns while the dialog shows
    const QPointer<NameDialog> dialog = openDialog<NameDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), QStringLiteral("Acme"));
    dialog->setName(QStringLiteral("Acme Corporation"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
            m_scene->file.fixture.value("SELECT name FROM tenants WHERE id = ?", {m_scene->acme})
                    .toString(),
            QStringLiteral("Acme Corporation"), kTimeoutMs);
    QTRY_VERIFY(!dialog); // gone once answered
}

void TestTenancyPages::settingsOpenOnceReadAndSave()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    show(page, m_scene->acme);
    // What another program stored meanwhile: the dialog shows the file, not the loaded list.
    m_scene->file.db.execRaw(
            "UPDATE tenants SET settings_json = '{\"plan\":\"basic\"}' WHERE slug = "
            "'acme'");
    page->settingsAction()->trigger();
    QVERIFY(!openDialog<SettingsDialog>()); // the read runs first, on the worker thread
    QTRY_VERIFY_WITH_TIMEOUT(openDialog<SettingsDialog>(), kTimeoutMs);
    SettingsDialog *dialog = openDialog<SettingsDialog>();
    QCOMPARE(dialog->settings().value(QStringLiteral("plan")).toString(), QStringLiteral("basic"));
    dialog->setSettings(QJsonObject{{QStringLiteral("plan"), QStringLiteral("gold")}});
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(m_scene->file.fixture
                                            .value("SELECT settings_json FROM tenants WHERE id = ?",
                                                   {m_scene->acme})
                                            .toByteArray())
                    .object()
                    .value(QStringLiteral("plan"))
                    .toString(),
            QStringLiteral("gold"), kTimeoutMs);
}

void TestTenancyPages::deleteAsksForTheSlugThenDeletes()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    show(page, m_scene->acme);
    page->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(openDialog<DeleteDialog>(), kTimeoutMs);
    DeleteDialog *dialog = openDialog<DeleteDialog>();
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("acme"));
    QVERIFY(dialog->deleteButton()->isEnabled());
    dialog->deleteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_scene->file.fixture.count(
                                      "SELECT count(*) FROM tenants WHERE id = ?", {m_scene->acme}),
                              qint64(0), kTimeoutMs);
    QCOMPARE(m_scene->file.fixture.count("SELECT count(*) FROM workspaces WHERE id = ?",
                                         {m_scene->dev}),
             qint64(0));
    QCOMPARE(m_scene->file.fixture.count("SELECT count(*) FROM tenants"), qint64(1));
}

void TestTenancyPages::newWorkspaceGoesToTheActiveTenant()
{
    SwitchTarget acme;
    acme.tenantId = m_scene->acme;
    acme.tenantName = QStringLiteral("Acme");
    acme.tenantSlug = QStringLiteral("acme");
    m_scene->session.context()->setCurrent(acme);
    auto *page = new WorkspacesPage(&m_scene->session, &m_scene->window);
    show(page, m_scene->dev);
    QTRY_VERIFY_WITH_TIMEOUT(page->createAction()->isEnabled(), kTimeoutMs);
    page->createAction()->trigger();
    NameDialog *dialog = openDialog<NameDialog>();
    QVERIFY(dialog);
    dialog->setName(QStringLiteral("Staging"));
    dialog->setSlug(QStringLiteral("staging"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
            m_scene->file.fixture.value("SELECT tenant_id FROM workspaces WHERE slug = 'staging'")
                    .toString(),
            m_scene->acme, kTimeoutMs);
}

void TestTenancyPages::closingThePageTakesItsDialog()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    show(page, m_scene->acme);
    page->renameAction()->trigger();
    const QPointer<NameDialog> dialog = openDialog<NameDialog>();
    QVERIFY(dialog);
    delete page;
    QVERIFY(!dialog);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_scene->file.fixture.value("SELECT name FROM tenants WHERE id = ?", {m_scene->acme})
                     .toString(),
             QStringLiteral("Acme"));
}

QTEST_MAIN(TestTenancyPages)
#include "tst_tenancypages.moc"
