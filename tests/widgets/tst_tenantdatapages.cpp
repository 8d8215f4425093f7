// A tenant's data in the app (issue 16), offscreen on real files: the footprint under the
// tenants and workspaces lists, the delete dialog's explicit choice for data rows, and
// Export Tenant… / Import Tenant… through TenantTransfer on a worker thread.

#include "tenancypagescene.h"

#include "support/tenancyfixture.h"
#include "support/tenantdatafixture.h"
#include "support/testdatabase.h"

#include "models/context/activecontext.h"
#include "models/session/session.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/footprintpanel.h"
#include "widgets/tenancy/tenantspage.h"
#include "widgets/tenancy/tenanttransfer.h"
#include "widgets/tenancy/workspacespage.h"

#include "models/lists/pagedmodelbase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace tenantdesk;

namespace {

constexpr int kTimeoutMs = TenancyPageScene::kTimeoutMs;

// The tenants and workspaces of TenancyPageScene, with data rows of acme and dev in tables
// of aistack's that have a tenant_id column.
struct Scene : TenancyPageScene
{
    Scene()
    {
        TenantDataFixture data(file.db);
        data.createTables();
        data.addRows(acme, dev, 9, 3, 2, 1);
    }
};

} // namespace

class TestTenantDataPages : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_scene = std::make_unique<Scene>(); }
    void cleanup() { m_scene.reset(); }
    void footprintFollowsTheSelection();
    void workspaceFootprint();
    void footprintIsCountedAgainOnRefreshNotOnPageLoads();
    void deleteNeedsTheExplicitDataChoice();
    void exportThenImportIntoAnotherFile();

private:
    std::unique_ptr<Scene> m_scene;
};

void TestTenantDataPages::footprintFollowsTheSelection()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    m_scene->show(page, m_scene->acme);
    auto *panel = page->findChild<FootprintPanel *>(QStringLiteral("footprintPanel"));
    QVERIFY(panel);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->text().contains(QStringLiteral("9 rows in table notes")),
                              qPrintable(panel->text()), kTimeoutMs);
    QVERIFY(panel->text().contains(QStringLiteral("3 memory entries")));
    const QModelIndex globex = qobject_cast<PagedModelBase *>(page->tableView()->model())
                                       ->indexOfId(m_scene->globex);
    page->tableView()->setCurrentIndex(globex);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->text().contains(QStringLiteral("0 memberships"))
                                      && !panel->text().contains(QStringLiteral("notes")),
                              qPrintable(panel->text()), kTimeoutMs);
}

void TestTenantDataPages::workspaceFootprint()
{
    SwitchTarget acme;
    acme.tenantId = m_scene->acme;
    acme.tenantName = QStringLiteral("Acme");
    acme.tenantSlug = QStringLiteral("acme");
    m_scene->session.context()->setCurrent(acme);
    auto *page = new WorkspacesPage(&m_scene->session, &m_scene->window);
    m_scene->show(page, m_scene->dev);
    auto *panel = page->findChild<FootprintPanel *>(QStringLiteral("footprintPanel"));
    QVERIFY(panel);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->text().contains(QStringLiteral("9 rows in table notes"))
                                      && panel->text().contains(QStringLiteral("2 memory entries")),
                              qPrintable(panel->text()), kTimeoutMs);
}

void TestTenantDataPages::footprintIsCountedAgainOnRefreshNotOnPageLoads()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    m_scene->show(page, m_scene->acme);
    auto *panel = page->findChild<FootprintPanel *>(QStringLiteral("footprintPanel"));
    QTRY_VERIFY2_WITH_TIMEOUT(panel->text().contains(QStringLiteral("9 rows in table notes")),
                              qPrintable(panel->text()), kTimeoutMs);
    // The list loading pages (as scrolling does) leaves the counts alone.
    auto *model = qobject_cast<PagedModelBase *>(page->tableView()->model());
    Q_EMIT model->refreshed();
    QVERIFY2(panel->text().contains(QStringLiteral("9 rows in table notes")),
             qPrintable(panel->text()));
    // Another writer adds rows; the refresh that follows counts again.
    TenantDataFixture(m_scene->file.db).addRows(m_scene->acme, m_scene->dev, 2, 0, 0, 7);
    m_scene->session.refresh();
    QTRY_VERIFY2_WITH_TIMEOUT(panel->text().contains(QStringLiteral("11 rows in table notes")),
                              qPrintable(panel->text()), kTimeoutMs);
}

void TestTenantDataPages::deleteNeedsTheExplicitDataChoice()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    m_scene->show(page, m_scene->acme);
    QTRY_VERIFY_WITH_TIMEOUT(page->deleteAction()->isEnabled(), kTimeoutMs);
    page->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<DeleteDialog *>(QApplication::activeModalWidget()),
                             kTimeoutMs);
    auto *dialog = qobject_cast<DeleteDialog *>(QApplication::activeModalWidget());
    auto *withData = dialog->findChild<QCheckBox *>(QStringLiteral("withDataCheck"));
    QVERIFY(withData && withData->isVisibleTo(dialog));
    QVERIFY2(withData->text().contains(QStringLiteral("15 data rows")),
             qPrintable(withData->text()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("acme"));
    QVERIFY(!dialog->deleteButton()->isEnabled()); // the slug alone is not enough
    withData->setChecked(true);
    QVERIFY(dialog->deleteButton()->isEnabled());
    dialog->deleteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_scene->file.fixture.count(
                                      "SELECT count(*) FROM tenants WHERE id = ?", {m_scene->acme}),
                              qint64(0), kTimeoutMs);
    QCOMPARE(m_scene->file.fixture.count("SELECT count(*) FROM notes"), qint64(0));
    QCOMPARE(m_scene->file.fixture.count("SELECT count(*) FROM memory"), qint64(0));
}

void TestTenantDataPages::exportThenImportIntoAnotherFile()
{
    auto *page = new TenantsPage(&m_scene->session, &m_scene->window);
    m_scene->show(page, m_scene->acme);
    QTRY_VERIFY_WITH_TIMEOUT(page->exportAction()->isEnabled(), kTimeoutMs);
    QVERIFY(page->importAction()->isEnabled());
    const QString path = m_scene->file.db.dir() + QStringLiteral("/acme.tenant");
    bool exported = false;
    bool finished = false;
    page->transfer()->exportTo(m_scene->acme, path, [&](bool ok) {
        exported = ok;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, kTimeoutMs);
    QVERIFY(exported);
    QVERIFY(QFile::exists(path));

    // Another installation, its own session and page.
    TenancyFile other;
    TenantDataFixture(other.db).createTables();
    const Actor otherRoot = other.fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    Session otherSession{TenancyPageScene::options(other.db.path(), otherRoot)};
    auto *otherPage = new TenantsPage(&otherSession, &m_scene->window);
    bool imported = false;
    finished = false;
    otherPage->transfer()->importFrom(path, false, [&](bool ok) {
        imported = ok;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, kTimeoutMs);
    QVERIFY(imported);
    QCOMPARE(other.fixture.count("SELECT count(*) FROM notes WHERE tenant_id = ?", {m_scene->acme}),
             qint64(9));
    QCOMPARE(other.fixture.count("SELECT count(*) FROM tenants WHERE id = ?", {m_scene->acme}),
             qint64(1));
    delete otherPage;
}

QTEST_MAIN(TestTenantDataPages)
#include "tst_tenantdatapages.moc"
