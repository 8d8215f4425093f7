// The membership, effective access, import and audit models: a window of pages over a tenant
// with 200,000 membership rows (the 1,000,000-row file is benchmarks/bench_gui's), and
// QAbstractItemModelTester on each.

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
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace tenantdesk;

namespace {

constexpr int kMemberships = 200000;
constexpr int kUsers = 20000;
constexpr int kPage = 256;
// The model's bound: kMaxPages pages, plus the pages of persistent indexes and their
// neighbours, which a refresh reloads.
constexpr int kMostHeld = 12 * kPage;
const auto kFirstTenant = QStringLiteral("b0000000-0000-4000-8000-000000000001");
const auto kFirstWorkspace = QStringLiteral("c0000000-0000-4000-8000-000000000001");

} // namespace

class TestMembershipModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void bigListOpensWithOnePageAndCountsWithoutLoading();
    void scrollingToTheEndAndBackHoldsABoundedWindow();
    void endJumpsToTheLastRowsWithOnePage();
    void refreshReloadsOnlyTheHeldWindow();
    void refreshKeepsTheSelectionOnItsRowWhenRowsBeforeItGo();
    void testerOnABoundedFilterOfTheBigList();
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
    spec.users = kUsers;
    spec.firstTenantMemberships = kMemberships;
    QElapsedTimer timer;
    timer.start();
    fillBulk(m_bulk.path(), spec);
    qInfo("generated %d memberships in %lld ms", kMemberships, timer.elapsed());
    m_admin = std::make_unique<DatabaseWorker>(m_bulk.path(), bulkActor(1, GlobalRole::Admin));
}

void TestMembershipModels::bigListOpensWithOnePageAndCountsWithoutLoading()
{
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy refreshed(&model, &PagedModelBase::refreshed);
    QElapsedTimer timer;
    timer.start();
    model.setTenantId(kFirstTenant);
    QVERIFY(refreshed.wait(20000));
    qInfo("first page of %d memberships after %lld ms", model.rowCount(), timer.elapsed());
    QCOMPARE(model.rowCount(), kPage);
    // Then the count, from the index alone: every row exists, one page is read.
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 20000);
    QCOMPARE(model.rowCount(), kMemberships);
    QVERIFY(!model.isLoading());
    QVERIFY(waitForWorker(*m_admin));
    QCOMPARE(model.rowsLoaded(), qint64(kPage));
    QCOMPARE(model.rowsHeld(), kPage);

    // Rows come in rowid order: the tenant admin first, then the generated grants.
    QCOMPARE(model.index(0, MembershipListModel::UserColumn).data(Qt::EditRole).toString(),
             QStringLiteral("user000001"));
    QCOMPARE(model.index(0, MembershipListModel::RoleColumn).data().toString(),
             QStringLiteral("tenant_admin"));
    qint64 previous = 0;
    for (int row = 0; row < kPage; ++row) {
        const Membership *membership = model.membershipAt(row);
        QVERIFY(membership);
        QVERIFY(membership->rowId > previous);
        previous = membership->rowId;
    }
    // A row not held answers a placeholder, and is no membership yet.
    QVERIFY(!model.membershipAt(kMemberships / 2));
    QCOMPARE(model.index(kMemberships / 2, 0).data().toString(), QStringLiteral("Loading…"));
}

void TestMembershipModels::scrollingToTheEndAndBackHoldsABoundedWindow()
{
    // No QAbstractItemModelTester here: it walks every row on every signal, which at 200,000
    // rows and a page per screen would take hours. The tester checks the same model at full
    // length in the other tests, and tst_listmodels scrolls a tested model to its end.
    MembershipListModel model(m_admin.get());
    model.setTenantId(kFirstTenant);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 20000);
    // The selection and the current row stay held, wherever the view goes.
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(10, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selectedId = model.index(10, 0).data(ModelRoles::IdRole).toString();

    // A view 40 rows high, paging down by a screen at a time over the whole list, then up.
    constexpr int kScreen = 40;
    int mostHeld = 0;
    int step = 0;
    const auto visit = [&](int first) {
        QVERIFY2(showRows(model, first, kScreen), qPrintable(QString::number(first)));
        mostHeld = std::max(mostHeld, model.rowsHeld());
        ++step;
    };
    // Every screen near both ends, and a screen every 997 rows between them.
    for (int first = 0; first < kMemberships; first += first < 4000 ? kScreen : 997)
        visit(first);
    visit(kMemberships - kScreen);
    const QModelIndex last = model.index(kMemberships - 1, MembershipListModel::UserColumn);
    QVERIFY(last.data().toString().startsWith(QStringLiteral("user")));
    for (int first = kMemberships - kScreen; first > 0;
         first -= first > kMemberships - 4000 ? kScreen : 997)
        visit(first);
    visit(0);
    qInfo("%d screens, at most %d rows held, %lld rows read", step, mostHeld, model.rowsLoaded());
    QVERIFY(mostHeld <= kMostHeld);
    QCOMPARE(model.rowCount(), kMemberships);
    QCOMPARE(selection.currentIndex().row(), 10);
    QCOMPARE(selection.currentIndex().data(ModelRoles::IdRole).toString(), selectedId);
    QVERIFY(selection.isRowSelected(10));
}

void TestMembershipModels::endJumpsToTheLastRowsWithOnePage()
{
    // No QAbstractItemModelTester here: it walks every row on every signal, which at 200,000
    // rows and a page per screen would take hours. The tester checks the same model at full
    // length in the other tests, and tst_listmodels scrolls a tested model to its end.
    MembershipListModel model(m_admin.get());
    model.setTenantId(kFirstTenant);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 20000);
    const qint64 before = model.rowsLoaded();
    // What the End key makes a view ask for: the last screen.
    QVERIFY(showRows(model, kMemberships - 40, 40));
    QVERIFY(model.rowsLoaded() - before <= 2 * kPage);
    // The last row is the tenant's newest grant.
    const Membership *last = model.membershipAt(kMemberships - 1);
    QVERIFY(last);
    auto db = m_bulk.open();
    auto newest
            = db->scalar(QStringLiteral("SELECT max(rowid) FROM tenant_users WHERE tenant_id = ?"),
                         {kFirstTenant});
    QVERIFY(newest);
    QCOMPARE(last->rowId, newest->toLongLong());
}

void TestMembershipModels::refreshReloadsOnlyTheHeldWindow()
{
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    model.setTenantId(kFirstTenant);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 20000);
    constexpr int kFirst = 100000;
    QVERIFY(showRows(model, kFirst, 40));
    const int held = model.rowsHeld();
    QVERIFY(held <= 3 * kPage);
    const Membership shown = *model.membershipAt(kFirst + 5);

    // Another connection commits: one row on screen changes, and a grant is added at the end
    // (user000001 holds no workspace grant in the generated file).
    auto db = m_bulk.open();
    const QString newRole = shown.role == TenantRole::Member ? QStringLiteral("workspace_admin")
                                                             : QStringLiteral("member");
    QVERIFY(db->exec(QStringLiteral("UPDATE tenant_users SET role = ? WHERE rowid = ?"),
                     {newRole, shown.rowId}));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO tenant_users (tenant_id, user_id, workspace_id, "
                                    "role, created_at) VALUES (?, ?, ?, 'member', 1)"),
                     {kFirstTenant, bulkId('a', 1), bulkId('c', 10)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy refreshed(&model, &PagedModelBase::refreshed);
    const qint64 before = model.rowsLoaded();
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    // The held pages were read again, nothing else; the count grew by the new row.
    qInfo("refresh read %lld rows; %d held", model.rowsLoaded() - before, held);
    QVERIFY(model.rowsLoaded() - before <= held);
    QCOMPARE(model.rowCount(), kMemberships + 1);
    QCOMPARE(model.index(kFirst + 5, MembershipListModel::RoleColumn).data().toString(), newRole);
    // The one row that differs was signalled, and no layout change was needed.
    QCOMPARE(layout.count(), 0);
    int rowsSignalled = 0;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        rowsSignalled += bottomRight.row() - topLeft.row() + 1;
        QVERIFY(topLeft.row() <= kFirst + 5 && bottomRight.row() >= kFirst + 5);
    }
    QCOMPARE(rowsSignalled, 1);

    // Put the file back for the other tests.
    QVERIFY(db->exec(QStringLiteral("UPDATE tenant_users SET role = ? WHERE rowid = ?"),
                     {tenantRoleName(shown.role), shown.rowId}));
    QVERIFY(db->exec(QStringLiteral("DELETE FROM tenant_users WHERE created_at = 1")));
}

void TestMembershipModels::refreshKeepsTheSelectionOnItsRowWhenRowsBeforeItGo()
{
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    model.setTenantId(kFirstTenant);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 20000);
    constexpr int kChosen = 50000;
    QVERIFY(showRows(model, kChosen - 20, 40));
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(kChosen, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Membership chosen = *model.membershipAt(kChosen);
    const Membership gone = *model.membershipAt(kChosen - 3);

    // Another process revokes a grant three rows above the selection.
    auto db = m_bulk.open();
    QVERIFY(db->exec(QStringLiteral("DELETE FROM tenant_users WHERE rowid = ?"), {gone.rowId}));
    QSignalSpy refreshed(&model, &PagedModelBase::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(model.rowCount(), kMemberships - 1);
    QCOMPARE(selection.currentIndex().row(), kChosen - 1);
    QCOMPARE(selection.currentIndex().data(ModelRoles::IdRole).toString(),
             QString::number(chosen.rowId));
    QVERIFY(selection.isRowSelected(kChosen - 1));
    QVERIFY(!selection.isRowSelected(kChosen));

    QVERIFY(db->exec(QStringLiteral("INSERT INTO tenant_users (rowid, tenant_id, user_id, "
                                    "workspace_id, role, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {gone.rowId, gone.tenantId, gone.userId,
                      gone.workspaceId.isEmpty() ? QVariant() : QVariant(gone.workspaceId),
                      tenantRoleName(gone.role), gone.createdAt}));
}

void TestMembershipModels::testerOnABoundedFilterOfTheBigList()
{
    MembershipListModel model(m_admin.get());
    const auto tester = modelTester(&model);
    model.setTenantId(kFirstTenant);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 20000);
    // One workspace and ten users: a bounded set, counted at once.
    model.setWorkspaceScope(kFirstWorkspace);
    model.setFilter(QStringLiteral("user00012"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 20000);
    // Workspace 1 holds the grants m = 20000..39998; user000120..129 appear once each.
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Membership *membership = model.membershipAt(row);
        QVERIFY(membership);
        QCOMPARE(membership->workspaceId, kFirstWorkspace);
        QVERIFY(membership->username.startsWith(QStringLiteral("user00012")));
    }
    model.setWorkspaceScope(QString()); // tenant-wide rows of the same users
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 20000);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.membershipAt(0)->isTenantWide());
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
    for (int row = 0; row < model.rowCount() && (tenantWide < 0 || onWorkspace < 0); ++row) {
        const Membership *membership = model.membershipAt(row);
        QVERIFY(membership);
        (membership->isTenantWide() ? tenantWide : onWorkspace) = row;
    }
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
        const Membership *membership = model.membershipAt(row);
        QVERIFY(membership);
        const QModelIndex role = model.index(row, MembershipListModel::RoleColumn);
        const bool editable = model.flags(role) & Qt::ItemIsEditable;
        QCOMPARE(editable, membership->workspaceId == dev);
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
    // user000002 has a tenant-wide grant (m=1) and one on every workspace (m=1+k*19999).
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
    QTRY_VERIFY(model.isComplete() && !model.isLoading());
    QCOMPARE(model.rowCount(), 301);
    QVERIFY(showRows(model, 280, 21));
    QVERIFY(model.index(0, 0).data(AuditListModel::SeqRole).toLongLong()
            > model.index(300, 0).data(AuditListModel::SeqRole).toLongLong());

    AuditFilter filter;
    filter.eventType = QStringLiteral("membership.revoked");
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() == 1);
    filter = {};
    filter.target = QStringLiteral("u01"); // u010..u019
    model.setFilter(filter);
    QTRY_VERIFY(model.isComplete() && !model.isLoading());
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
