#include "support/bulkdata.h"
#include "support/modeltesting.h"
#include "support/testdatabase.h"

#include "models/context/activecontext.h"
#include "models/context/switchermodel.h"
#include "models/jobs/databaseworker.h"

#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace tenantdesk;

namespace {

constexpr int kTenants = 10000;

void waitLoaded(SwitcherModel &model)
{
    QSignalSpy loaded(&model, &SwitcherModel::loaded);
    QVERIFY(loaded.wait(10000));
}

QStringList tenantNames(const SwitcherModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

} // namespace

class TestSwitcherModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesTenThousandTenantsLazily();
    void pagesUnderTheTester();
    void loadsWorkspacesWhenATenantIsExpanded();
    void filterSearchesNamesAndSlugsInSql();
    void refreshMergesOtherWritersKeepingIndexes();
    void memberSeesOnlyTheirTenantsAndWorkspaces();
    void resolverFallsBackToTheFirstAccessible();

private:
    TestDatabase m_bulk;
    std::unique_ptr<DatabaseWorker> m_worker;
};

void TestSwitcherModel::initTestCase()
{
    m_bulk.applyBundledSchema();
    BulkSpec spec;
    spec.tenants = kTenants;
    spec.workspacesPerTenant = 10;
    spec.users = 200;
    fillBulk(m_bulk.path(), spec);
    m_worker = std::make_unique<DatabaseWorker>(m_bulk.path(), bulkAdmin());
}

void TestSwitcherModel::pagesTenThousandTenantsLazily()
{
    // Opening costs one page, not the table; scrolling to the end loads all 10,000 in order.
    SwitcherModel model(m_worker.get());
    const auto tester = modelTester(&model);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    waitLoaded(model);
    QCOMPARE(model.rowCount(), SwitcherModel::PageSize);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kTenants);
    QVERIFY(!model.canFetchMore({}));
    const QStringList names = tenantNames(model);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    QCOMPARE(names.last(), QStringLiteral("Tenant 010000"));
}

void TestSwitcherModel::pagesUnderTheTester()
{
    TestDatabase test;
    test.applyBundledSchema();
    BulkSpec spec;
    spec.tenants = 2 * SwitcherModel::PageSize + 50;
    spec.workspacesPerTenant = 2;
    spec.users = 10;
    fillBulk(test.path(), spec);
    DatabaseWorker worker(test.path(), bulkAdmin());
    SwitcherModel model(&worker);
    const auto tester = modelTester(&model);
    // Every page of tenants, then the workspaces of the last one: the tester checks each.
    fetchAll(model, {}, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), spec.tenants, 30000);
    fetchAll(model, model.index(spec.tenants - 1, 0), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.index(spec.tenants - 1, 0)), 2, 30000);
    model.refresh();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), spec.tenants);
}

void TestSwitcherModel::loadsWorkspacesWhenATenantIsExpanded()
{
    SwitcherModel model(m_worker.get());
    const auto tester = modelTester(&model);
    model.fetchMore({});
    waitLoaded(model);
    const QModelIndex tenant = model.index(3, 0);
    QVERIFY(model.hasChildren(tenant));
    QCOMPARE(model.rowCount(tenant), 0);
    QVERIFY(model.canFetchMore(tenant));
    fetchAll(model, tenant);
    QCOMPARE(model.rowCount(tenant), 10);
    const QModelIndex workspace = model.index(0, 0, tenant);
    QCOMPARE(model.parent(workspace), tenant);
    QVERIFY(workspace.data(SwitcherModel::IsWorkspaceRole).toBool());
    const SwitchTarget target = model.targetAt(workspace);
    QCOMPARE(target.tenantId, tenant.data(ModelRoles::IdRole).toString());
    QCOMPARE(target.workspaceId, workspace.data(ModelRoles::IdRole).toString());
    QCOMPARE(model.indexOf(target.tenantId, target.workspaceId), workspace);
}

void TestSwitcherModel::filterSearchesNamesAndSlugsInSql()
{
    SwitcherModel model(m_worker.get());
    const auto tester = modelTester(&model);
    model.setFilter(QStringLiteral("tenant-000042"));
    fetchAll(model);
    QTRY_VERIFY(model.rowCount() >= 1);
    const QModelIndex tenant = model.index(0, 0);
    QCOMPARE(tenant.data(ModelRoles::SlugRole).toString(), QStringLiteral("tenant-000042"));
    // A workspace slug matches under its tenant; the search is bounded.
    model.setFilter(QStringLiteral("ws-07"));
    fetchAll(model);
    QTRY_VERIFY(model.rowCount() > 0);
    QVERIFY(model.isTruncated());
    int workspaces = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex parent = model.index(row, 0);
        for (int child = 0; child < model.rowCount(parent); ++child) {
            QCOMPARE(model.index(child, 0, parent).data(ModelRoles::SlugRole).toString(),
                     QStringLiteral("ws-07"));
            ++workspaces;
        }
    }
    QCOMPARE(workspaces, SwitcherModel::SearchLimit);
}

void TestSwitcherModel::refreshMergesOtherWritersKeepingIndexes()
{
    TestDatabase test;
    test.applyBundledSchema();
    const QString adminId = test.addUser(QStringLiteral("root"), QStringLiteral("admin"),
                                         QStringLiteral("password 1"));
    Actor admin;
    admin.userId = adminId;
    admin.username = QStringLiteral("root");
    admin.globalRole = GlobalRole::Admin;
    {
        auto db = test.open();
        TenantService tenants(*db, admin);
        for (const char *slug : {"bravo", "delta", "foxtrot", "hotel"})
            QVERIFY(tenants.create(QString::fromLatin1(slug).toUpper(), QString::fromLatin1(slug),
                                   QStringLiteral("main")));
    }
    DatabaseWorker worker(test.path(), admin);
    SwitcherModel model(&worker);
    const auto tester = modelTester(&model);
    fetchAll(model);
    QCOMPARE(tenantNames(model),
             QStringLiteral("BRAVO DELTA FOXTROT HOTEL").split(QLatin1Char(' ')));
    const QModelIndex foxtrot = model.index(2, 0);
    fetchAll(model, foxtrot);
    QCOMPARE(model.rowCount(foxtrot), 1);
    const QPersistentModelIndex keptTenant(foxtrot);
    const QPersistentModelIndex keptWorkspace(model.index(0, 0, foxtrot));
    const QPersistentModelIndex removed(model.index(1, 0));

    // Another process adds, deletes and renames (which moves a row).
    test.execRaw(
            "INSERT INTO tenants (id, name, slug, settings_json, created_at, updated_at) VALUES "
            "('00000000-0000-4000-8000-00000000000a', 'ALPHA', 'alpha', '{}', 1, 1);"
            "INSERT INTO workspaces (id, tenant_id, name, slug, settings_json, created_at, "
            "updated_at) "
            "SELECT '00000000-0000-4000-8000-00000000000b', id, 'second', 'second', '{}', 1, 1 "
            "FROM tenants "
            "WHERE slug = 'foxtrot';"
            "PRAGMA foreign_keys = ON; DELETE FROM tenants WHERE slug = 'delta';"
            "UPDATE tenants SET name = 'GOLF' WHERE slug = 'bravo';");
    model.refresh();
    waitLoaded(model);
    QCOMPARE(tenantNames(model),
             QStringLiteral("ALPHA FOXTROT GOLF HOTEL").split(QLatin1Char(' ')));
    QVERIFY(keptTenant.isValid());
    QCOMPARE(keptTenant.data(ModelRoles::SlugRole).toString(), QStringLiteral("foxtrot"));
    QCOMPARE(keptTenant.row(), 1);
    QVERIFY(keptWorkspace.isValid());
    QCOMPARE(keptWorkspace.parent(), QModelIndex(keptTenant));
    QCOMPARE(model.rowCount(keptTenant), 2); // the expanded tenant's children were reloaded too
    QVERIFY(!removed.isValid());
}

void TestSwitcherModel::memberSeesOnlyTheirTenantsAndWorkspaces()
{
    TestDatabase test;
    test.applyBundledSchema();
    const QString adminId = test.addUser(QStringLiteral("root"), QStringLiteral("admin"),
                                         QStringLiteral("password 1"));
    const QString memberId = test.addUser(QStringLiteral("mia"), QStringLiteral("developer"),
                                          QStringLiteral("password 1"));
    Actor admin{adminId, QStringLiteral("root"), {}, GlobalRole::Admin, false};
    {
        auto db = test.open();
        TenantService tenants(*db, admin);
        auto visible = tenants.create(QStringLiteral("Visible"), QStringLiteral("visible"),
                                      QStringLiteral("one"));
        QVERIFY(tenants.create(QStringLiteral("Hidden"), QStringLiteral("hidden"),
                               QStringLiteral("one")));
        QVERIFY(visible);
        auto second = WorkspaceService(*db, admin)
                              .create(visible->id, QStringLiteral("Two"), QStringLiteral("two"));
        QVERIFY(second);
        QVERIFY(MembershipService(*db, admin)
                        .grant(visible->id, memberId, TenantRole::Member, second->id));
    }
    DatabaseWorker worker(test.path(),
                          Actor{memberId, QStringLiteral("mia"), {}, GlobalRole::Developer, false});
    SwitcherModel model(&worker);
    const auto tester = modelTester(&model);
    fetchAll(model);
    QCOMPARE(tenantNames(model), QStringList{QStringLiteral("Visible")});
    fetchAll(model, model.index(0, 0));
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QStringLiteral("Two"));
    model.setFilter(QStringLiteral("hid"));
    fetchAll(model);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
}

void TestSwitcherModel::resolverFallsBackToTheFirstAccessible()
{
    auto db = m_bulk.open();
    const Actor admin = bulkAdmin();
    auto first = ContextResolver::resolve(*db, admin, {}, {});
    QVERIFY(first);
    QCOMPARE(first->target.tenantSlug, QStringLiteral("tenant-000001"));
    QCOMPARE(first->target.workspaceSlug, QStringLiteral("ws-01"));
    QVERIFY(!first->tenantLost && !first->workspaceLost);

    auto kept = ContextResolver::resolve(*db, admin, first->target.tenantId, {});
    QVERIFY(kept);
    QCOMPARE(kept->target.tenantId, first->target.tenantId);
    QVERIFY(kept->target.workspaceId.isEmpty()); // a tenant-wide context stays tenant-wide

    auto goneWorkspace
            = ContextResolver::resolve(*db, admin, first->target.tenantId,
                                       QStringLiteral("00000000-dead-4000-8000-000000000000"));
    QVERIFY(goneWorkspace);
    QVERIFY(goneWorkspace->workspaceLost);
    QCOMPARE(goneWorkspace->target.workspaceSlug, QStringLiteral("ws-01"));

    auto goneTenant = ContextResolver::resolve(
            *db, admin, QStringLiteral("00000000-dead-4000-8000-000000000000"),
            first->target.workspaceId);
    QVERIFY(goneTenant);
    QVERIFY(goneTenant->tenantLost);
    QCOMPARE(goneTenant->target.tenantId, first->target.tenantId);

    ActiveContext context;
    QSignalSpy changed(&context, &ActiveContext::contextChanged);
    context.setCurrent(first->target);
    context.setCurrent(first->target);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(context.displayName(),
             first->target.tenantName + QStringLiteral(" / ") + first->target.workspaceName);
}

QTEST_MAIN(TestSwitcherModel)
#include "tst_switchermodel.moc"
