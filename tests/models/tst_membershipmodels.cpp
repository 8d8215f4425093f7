// The membership, effective access, import and audit models: lazy keyset paging over a
// tenant with 1,000,000 membership rows, and QAbstractItemModelTester on each.

#include "support/bulkdata.h"
#include "support/modeltesting.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/auditlistmodel.h"
#include "models/lists/membershiplistmodel.h"
#include "models/memberships/membershipaccessmodel.h"
#include "models/memberships/membershipimportmodel.h"

#include "core/tenancy/membershipservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace tenantdesk;

namespace {

constexpr int kMemberships = 1000000;
const auto kFirstTenant = QStringLiteral("b0000000-0000-4000-8000-000000000001");
const auto kFirstWorkspace = QStringLiteral("c0000000-0000-4000-8000-000000000001");

} // namespace

class TestMembershipModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void millionRowsOpenWithOnePageAndLoadMoreOnlyWhenAsked();
    void testerOnABoundedFilterOfTheMillionRows();
    void rightsArriveWithTheRowsAndDecideEditability();
    void workspaceAdminSeesOnlyHisRowsAsEditable();
    void accessModelShowsEachWorkspaceAndItsSource();
    void importModelShowsEveryRow();
    void auditModelPagesNewestFirstAndFilters();

private:
    TestDatabase m_bulk;
    std::unique_ptr<DatabaseWorker> m_admin;
};

void TestMembershipModels::initTestCase()
{
    m_bulk.applyBundledSchema();
    BulkSpec spec;
    spec.tenants = 3;
    spec.workspacesPerTenant = 10;
    spec.users = 100000;
    spec.firstTenantMemberships = kMemberships;
    QElapsedTimer timer;
    timer.start();
    fillBulk(m_bulk.path(), spec);
    qInfo("generated %d memberships in %lld ms", kMemberships, timer.elapsed());
    m_admin = std::make_unique<DatabaseWorker>(m_bulk.path(), bulkActor(1, GlobalRole::Admin));
}

void TestMembershipModels::millionRowsOpenWithOnePageAndLoadMoreOnlyWhenAsked()
{
    // The tester leaves paging to the test: it checks each page as it arrives.
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy refreshed(&model, &PagedModelBase::refreshed);
    QElapsedTimer timer;
    timer.start();
    model.setTenantId(kFirstTenant);
    QVERIFY(refreshed.wait(20000));
    qInfo("first page of %d memberships after %lld ms", model.rowCount(), timer.elapsed());
    const int page = model.rowCount();
    QVERIFY(page > 0);
    QVERIFY(page < 1000);
    QVERIFY(model.canFetchMore({}));
    // Nothing more until a view asks: no page is on its way, and none arrives.
    QVERIFY(!model.isLoading());
    QVERIFY(waitForWorker(*m_admin));
    QCOMPARE(model.rowCount(), page);
    QCOMPARE(refreshed.count(), 1);

    // Rows come in rowid order: the tenant admin first, then the generated grants.
    QCOMPARE(model.index(0, MembershipListModel::UserColumn).data(Qt::EditRole).toString(),
             QStringLiteral("user000001"));
    QCOMPARE(model.index(0, MembershipListModel::RoleColumn).data().toString(),
             QStringLiteral("tenant_admin"));
    for (int more = 1; more <= 3; ++more) {
        model.fetchMore({});
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(model.rowCount(), page * (more + 1));
    }
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 rowId = model.membershipAt(row).rowId;
        QVERIFY(rowId > previous);
        previous = rowId;
    }
    QVERIFY(model.canFetchMore({}));
}

void TestMembershipModels::testerOnABoundedFilterOfTheMillionRows()
{
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    model.setTenantId(kFirstTenant);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 20000);
    // One workspace and ten users: a bounded set, loaded to the end.
    model.setWorkspaceScope(kFirstWorkspace);
    model.setFilter(QStringLiteral("user00012"));
    fetchAll(model);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    // Workspace 1 holds the grants m = 100000..199998; user000120..129 appear once each.
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Membership &membership = model.membershipAt(row);
        QCOMPARE(membership.workspaceId, kFirstWorkspace);
        QVERIFY(membership.username.startsWith(QStringLiteral("user00012")));
    }
    model.setWorkspaceScope(QString()); // tenant-wide rows of the same users
    fetchAll(model);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.membershipAt(0).isTenantWide());
}

void TestMembershipModels::rightsArriveWithTheRowsAndDecideEditability()
{
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setTenantId(kFirstTenant);
    QVERIFY(inserted.wait(20000));
    // The rights were asked on the worker before the rows were handed over.
    QVERIFY(model.rightsAt(QString()).has_value());
    int tenantWide = -1;
    int onWorkspace = -1;
    for (int row = 0; row < model.rowCount() && (tenantWide < 0 || onWorkspace < 0); ++row)
        (model.membershipAt(row).isTenantWide() ? tenantWide : onWorkspace) = row;
    QVERIFY(tenantWide >= 0);
    const QModelIndex wide = model.index(tenantWide, MembershipListModel::RoleColumn);
    QVERIFY(model.flags(wide) & Qt::ItemIsEditable);
    QCOMPARE(wide.data(MembershipListModel::GrantableRolesRole).toList().size(), 3);
    if (onWorkspace < 0) {
        // The first page is tenant-wide only: load on until a workspace row arrives.
        model.setWorkspaceScope(kFirstWorkspace);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 20000);
        onWorkspace = 0;
    }
    const QModelIndex scoped = model.index(onWorkspace, MembershipListModel::RoleColumn);
    QVERIFY(model.flags(scoped) & Qt::ItemIsEditable);
    const QVariantList roles = scoped.data(MembershipListModel::GrantableRolesRole).toList();
    QCOMPARE(roles, (QVariantList{int(TenantRole::Member), int(TenantRole::WorkspaceAdmin)}));
    QVERIFY(!(model.flags(model.index(0, MembershipListModel::UserColumn)) & Qt::ItemIsEditable));
}

void TestMembershipModels::workspaceAdminSeesOnlyHisRowsAsEditable()
{
    TestDatabase small;
    TenancyFixture fixture(small);
    const Actor wade = fixture.addActor(QStringLiteral("wade"));
    const Actor bob = fixture.addActor(QStringLiteral("bob"));
    const Actor alice = fixture.addActor(QStringLiteral("alice"));
    const QString acme = fixture.addTenant(QStringLiteral("acme"));
    const QString dev = fixture.addWorkspace(acme, QStringLiteral("dev"));
    const QString ops = fixture.addWorkspace(acme, QStringLiteral("ops"));
    fixture.addMembership(acme, alice.userId, QStringLiteral("tenant_admin"));
    fixture.addMembership(acme, wade.userId, QStringLiteral("workspace_admin"), dev);
    fixture.addMembership(acme, bob.userId, QStringLiteral("member"), dev);
    fixture.addMembership(acme, bob.userId, QStringLiteral("member"), ops);

    DatabaseWorker worker(small.path(), wade);
    MembershipListModel model(&worker);
    const auto tester = modelTester(&model);
    model.setTenantId(acme);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() == 3); // alice, wade, bob on dev
    for (int row = 0; row < model.rowCount(); ++row) {
        const Membership &membership = model.membershipAt(row);
        const QModelIndex role = model.index(row, MembershipListModel::RoleColumn);
        const bool editable = model.flags(role) & Qt::ItemIsEditable;
        QCOMPARE(editable, membership.workspaceId == dev);
        if (!editable)
            QVERIFY(!role.data(MembershipListModel::RefusalRole).toString().isEmpty());
        else
            QCOMPARE(role.data(MembershipListModel::GrantableRolesRole).toList().size(), 2);
    }
    QSignalSpy requested(&model, &MembershipListModel::roleChangeRequested);
    const int bobRow = model.rowCount() - 1;
    QVERIFY(model.setData(model.index(bobRow, MembershipListModel::RoleColumn),
                          int(TenantRole::WorkspaceAdmin)));
    QCOMPARE(requested.count(), 1);
    QVERIFY(!model.setData(model.index(0, MembershipListModel::RoleColumn),
                           int(TenantRole::Member)));
    QCOMPARE(requested.count(), 1);
    // The model never writes by itself.
    QCOMPARE(fixture.roleOf(acme, bob.userId, dev), QStringLiteral("member"));
}

void TestMembershipModels::accessModelShowsEachWorkspaceAndItsSource()
{
    MembershipAccessModel model(m_admin.get());
    const auto tester = modelTester(&model);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    // user000002 has a tenant-wide grant (m=1) and one on every workspace (m=1+k*99999).
    model.setSubject(kFirstTenant, bulkId('a', 2));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 10, 20000);
    QCOMPARE(model.index(0, MembershipAccessModel::WorkspaceColumn).data().toString(),
             QStringLiteral("Workspace 01 of 000001 (ws-01)"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto access = model.index(row, 0).data(ModelRoles::RowRole).value<WorkspaceAccess>();
        QCOMPARE(access.source(), WorkspaceAccess::Source::Both);
        QCOMPARE(access.tenantWideRole, TenantRole::Member);
        QVERIFY(model.index(row, MembershipAccessModel::SourceColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("higher wins")));
    }
    // Nobody: no rows.
    model.setSubject(kFirstTenant, bulkId('a', 99999999));
    QTRY_VERIFY(!model.isLoading() && model.rowCount() == 10);
    QCOMPARE(model.index(0, MembershipAccessModel::EffectiveRoleColumn).data().toString(),
             QStringLiteral("none"));
}

void TestMembershipModels::importModelShowsEveryRow()
{
    MembershipImportModel model;
    const auto tester = modelTester(&model);
    CsvImportReport report;
    report.rows = {{2,
                    QStringLiteral("alice"),
                    {},
                    QStringLiteral("member"),
                    CsvImportRow::Outcome::Add,
                    {}},
                   {3, QStringLiteral("nobody"), QStringLiteral("dev"), QStringLiteral("member"),
                    CsvImportRow::Outcome::Invalid, QStringLiteral("No user \"nobody\".")}};
    model.setReport(report);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MembershipImportModel::WorkspaceColumn).data().toString(),
             QStringLiteral("(tenant-wide)"));
    QCOMPARE(model.index(1, MembershipImportModel::OutcomeColumn).data().toString(),
             QStringLiteral("invalid"));
    QCOMPARE(model.index(1, MembershipImportModel::MessageColumn).data().toString(),
             QStringLiteral("No user \"nobody\"."));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMembershipModels::auditModelPagesNewestFirstAndFilters()
{
    TestDatabase small;
    TenancyFixture fixture(small);
    const Actor root = fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const QString acme = fixture.addTenant(QStringLiteral("acme"));
    QStringList users;
    for (int i = 0; i < 300; ++i)
        users << fixture.addActor(QStringLiteral("u%1").arg(i, 3, 10, QLatin1Char('0')),
                                  QStringLiteral("developer"), QStringLiteral("pw-123456"))
                         .userId;
    {
        auto db = small.open();
        MembershipService service(*db, root);
        QList<MembershipChange> grants;
        for (const QString &user : std::as_const(users))
            grants.append({MembershipChange::Kind::Grant, user, {}, TenantRole::Member});
        auto applied = service.apply(acme, grants, true);
        QVERIFY2(applied, why(applied));
        QVERIFY(service.revoke(acme, users.first()));
    }
    DatabaseWorker worker(small.path(), root);
    AuditListModel model(&worker);
    const auto tester = modelTester(&model);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    QCOMPARE(model.index(0, AuditListModel::EventColumn).data().toString(),
             QStringLiteral("membership.revoked"));
    QCOMPARE(model.index(0, AuditListModel::ActorColumn).data().toString(), QStringLiteral("root"));
    QCOMPARE(model.index(0, AuditListModel::TargetColumn).data().toString(),
             QStringLiteral("acme u000"));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 301);
    QVERIFY(model.index(0, 0).data(AuditListModel::SeqRole).toLongLong()
            > model.index(300, 0).data(AuditListModel::SeqRole).toLongLong());

    AuditFilter filter;
    filter.eventType = QStringLiteral("membership.revoked");
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() == 1);
    filter = {};
    filter.target = QStringLiteral("u01"); // u010..u019
    model.setFilter(filter);
    fetchAll(model);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    filter.actor = QStringLiteral("someone else");
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    filter = {};
    filter.fromMs = QDateTime::currentMSecsSinceEpoch() + 60000;
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMembershipModels)
#include "tst_membershipmodels.moc"
