#include "support/bulkdata.h"
#include "support/modeltesting.h"
#include "support/testdatabase.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/pagedmodelbase.h"
#include "models/lists/tenantlistmodel.h"
#include "models/lists/userlistmodel.h"

#include "core/database/database.h"
#include "core/database/pageanchors.h"
#include "models/lists/workspacelistmodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tenantdesk;

namespace {

constexpr int kTenants = 10000;

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenantModelLoadsOnePageUntilAsked();
    void tenantModelLoadsLazilyAndPassesTester();
    void tenantModelSortsAndFiltersInSql();
    void refreshKeepsSelectionOnSameTenant();
    void workspaceModelShowsOneTenant();
    void userModelFiltersByPrefix();
    void walkedAnchorsAreTheScannedOnes();

private:
    TestDatabase m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
};

void TestListModels::initTestCase()
{
    m_db.applyBundledSchema();
    BulkSpec spec;
    spec.tenants = kTenants;
    spec.workspacesPerTenant = 10;
    spec.users = 2000;
    spec.spreadMemberships = 4000;
    fillBulk(m_db.path(), spec);
    m_worker = std::make_unique<DatabaseWorker>(m_db.path(), bulkAdmin());
}

void TestListModels::tenantModelLoadsOnePageUntilAsked()
{
    // Opening 10,000 tenants costs one page and a count: every row exists for views at
    // once, and only the first page is read.
    TenantListModel model(m_worker.get());
    const auto tester = modelTester(&model);
    QCOMPARE(model.rowCount(), 0);
    // Read when the first answer (the first page) arrives: the count's answer may be handled
    // in the same pass of the event loop, before a wait returns.
    int firstPage = -1;
    connect(&model, &PagedModelBase::refreshed, this, [&] {
        if (firstPage < 0)
            firstPage = model.rowCount();
    });
    QTRY_VERIFY(firstPage >= 0);
    QVERIFY(firstPage > 0);
    QVERIFY(firstPage < kTenants);
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), kTenants);
    QVERIFY(!model.canFetchMore({}));
    // Nothing more until asked: no page is on its way, and none arrives.
    QVERIFY(!model.isLoading());
    QVERIFY(waitForWorker(*m_worker));
    QCOMPARE(model.rowsHeld(), firstPage);
    QCOMPARE(model.rowsLoaded(), qint64(firstPage));
    // A row beyond the first page shows a placeholder until its page arrives: one page.
    QCOMPARE(model.index(firstPage, 0).data().toString(), QStringLiteral("Loading…"));
    QTRY_COMPARE(model.index(firstPage, 0).data().toString(),
                 QStringLiteral("Tenant %1").arg(firstPage + 1, 6, 10, QLatin1Char('0')));
    QCOMPARE(model.rowsHeld(), 2 * firstPage);
    QCOMPARE(model.rowsLoaded(), qint64(2 * firstPage));
}

void TestListModels::tenantModelLoadsLazilyAndPassesTester()
{
    TenantListModel model(m_worker.get());
    const auto tester = modelTester(&model);
    QTRY_VERIFY(model.isComplete() && !model.isLoading());
    QCOMPARE(model.rowCount(), kTenants);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tenant 000001"));
    // The last row is one seek away: its page alone is read.
    (void)model.index(kTenants - 1, 1).data();
    QTRY_COMPARE(model.index(kTenants - 1, 1).data().toString(), QStringLiteral("tenant-010000"));
    QVERIFY(model.rowsLoaded() <= 2 * 256);
    QCOMPARE(model.index(5, 0).data(ModelRoles::RowRole).value<Tenant>().slug,
             QStringLiteral("tenant-000006"));
}

void TestListModels::tenantModelSortsAndFiltersInSql()
{
    TenantListModel model(m_worker.get());
    const auto tester = modelTester(&model);
    model.sort(1, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("tenant-010000"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("tenant-009999"));
    model.setFilter(QStringLiteral("Tenant 000123"));
    QTRY_VERIFY(!model.isLoading());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("tenant-000123"));
    model.setFilter(QStringLiteral("TENANT-00999"));
    QTRY_VERIFY(!model.isLoading());
    QTRY_COMPARE(model.rowCount(), 10); // case-insensitive: tenant-009990 ... tenant-009999
}

void TestListModels::refreshKeepsSelectionOnSameTenant()
{
    TenantListModel model(m_worker.get());
    const auto tester = modelTester(&model);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    QItemSelectionModel selection(&model);
    const QModelIndex chosen = model.index(5, 0);
    const QString chosenId = chosen.data(ModelRoles::IdRole).toString();
    selection.setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect);

    // Another process adds a tenant that sorts first.
    m_db.execRaw("INSERT INTO tenants (id, name, slug, created_at, updated_at) VALUES "
                 "('d0000000-0000-4000-8000-000000000001', 'Aardvark Ltd', 'aardvark', 1, 1)");
    QSignalSpy refreshed(&model, &PagedModelBase::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Aardvark Ltd"));
    QCOMPARE(selection.currentIndex().row(), 6);
    QCOMPARE(selection.currentIndex().data(ModelRoles::IdRole).toString(), chosenId);
    QVERIFY(selection.isSelected(model.index(6, 0)));
    m_db.execRaw("DELETE FROM tenants WHERE slug = 'aardvark'");
}

void TestListModels::workspaceModelShowsOneTenant()
{
    WorkspaceListModel model(m_worker.get());
    const auto tester = modelTester(&model);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    model.setTenantId(QStringLiteral("b0000000-0000-4000-8000-000000000042"));
    QTRY_COMPARE(model.rowCount(), 10);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("ws-01"));
    model.sort(1, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() == 10);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("ws-10"));
}

void TestListModels::userModelFiltersByPrefix()
{
    UserListModel model(m_worker.get());
    const auto tester = modelTester(&model);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    model.setFilter(QStringLiteral("user00012"));
    QTRY_VERIFY(!model.isLoading());
    QTRY_COMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("user000120"));
    QCOMPARE(model.index(9, 1).data().toString(), QStringLiteral("user000129@example.com"));
}

// A list whose source has no anchor scan is walked page by page: the walk must find the
// count and cursors that core's one-scan version finds, also where the rows end on a page's
// last row (256, 512).
void TestListModels::walkedAnchorsAreTheScannedOnes()
{
    struct Walker : PagedModelBase
    {
        using PagedModelBase::PageRead;
        using PagedModelBase::walkAnchors;
    };
    auto db = Database::open(m_db.path());
    QVERIFY(db);
    for (int rows : {0, 1, 255, 256, 257, 512, 1000}) {
        const QString tenants
                = QStringLiteral("SELECT slug FROM tenants WHERE rowid <= %1 ").arg(rows);
        auto scanned = scanPageAnchors(**db, tenants + QStringLiteral("ORDER BY slug"), {}, 256);
        QVERIFY(scanned);
        auto walked
                = Walker::walkAnchors([&](const QVariantList &after) -> Result<Walker::PageRead> {
                      auto page = (*db)->exec(
                              tenants + QStringLiteral("AND slug > ? ORDER BY slug LIMIT 256"),
                              {after.isEmpty() ? QStringLiteral("") : after.value(0).toString()});
                      if (!page)
                          return page.error();
                      Walker::PageRead read;
                      while (page->next()) {
                          ++read.rows;
                          read.last = {page->value(0).toString()};
                      }
                      return read;
                  });
        QVERIFY(walked);
        QCOMPARE(walked->count, qint64(rows));
        QCOMPARE(walked->count, scanned->count);
        QCOMPARE(walked->cursors, scanned->cursors);
        QCOMPARE(walked->pageCount(), scanned->pageCount());
    }
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
