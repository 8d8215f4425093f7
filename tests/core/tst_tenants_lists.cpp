#include "core/access/accesspolicy.h"
#include "core/tenancy/contextsearch.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QTest>

#include <algorithm>

using namespace tenantdesk;

// The read paths: what each user sees of tenants, workspaces and memberships, and keyset
// paging that neither skips nor repeats rows.
class TestTenantLists : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void globalAdminSeesEveryTenant();
    void membersSeeOnlyTheirTenants();
    void bootstrapSessionSeesNothing();
    void pagesEveryTenantOnceInEachOrder_data();
    void pagesEveryTenantOnceInEachOrder();
    void filtersByNameOrSlugTakingWildcardsLiterally();
    void findHidesTenantsTheUserMayNotSee();
    void workspaceScopedMemberSeesOnlyTheirWorkspace();
    void workspaceListOfHiddenTenantIsDenied();
    void membershipsArePagedByRowidAndScoped();
    void workspaceScopedMemberSeesOnlyRowsOfTheirWorkspace();
    void contextSearchFindsVisibleTenantsAndWorkspaces();
    void contextSearchIsBoundedByLimit();
    void rolesOfSummarisesGrantsPerTenant();
    void visibleUsersAreThoseSharingAPlace();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    Actor m_alice; // tenant_admin of acme
    Actor m_bob;   // member on acme/dev only
    Actor m_carol; // no membership
    QString m_acme;
    QString m_globex;
    QString m_dev;
    QString m_ops;
};

void TestTenantLists::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_admin = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_bob = m_fixture->addActor(QStringLiteral("bob"));
    m_carol = m_fixture->addActor(QStringLiteral("carol"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"), QStringLiteral("Acme Corp"));
    m_globex = m_fixture->addTenant(QStringLiteral("globex"), QStringLiteral("Globex"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"), QStringLiteral("Development"));
    m_ops = m_fixture->addWorkspace(m_acme, QStringLiteral("ops"), QStringLiteral("Operations"));
    m_fixture->addWorkspace(m_globex, QStringLiteral("dev"), QStringLiteral("Globex dev"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("member"), m_dev);
    m_db = m_test->open();
}

void TestTenantLists::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

static QStringList slugsOf(const QList<Tenant> &tenants)
{
    QStringList slugs;
    for (const Tenant &tenant : tenants)
        slugs << tenant.slug;
    return slugs;
}

void TestTenantLists::globalAdminSeesEveryTenant()
{
    auto tenants = TenantService(*m_db, m_admin).list({});
    QVERIFY2(tenants, why(tenants).constData());
    QCOMPARE(slugsOf(*tenants), (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
    QCOMPARE(*TenantService(*m_db, m_admin).count(), 2);
    QCOMPARE(tenants->at(0).name, QStringLiteral("Acme Corp"));
    QCOMPARE(tenants->at(0).createdAt, 1700000000000);
}

void TestTenantLists::membersSeeOnlyTheirTenants()
{
    QCOMPARE(slugsOf(*TenantService(*m_db, m_alice).list({})), QStringList{QStringLiteral("acme")});
    QCOMPARE(slugsOf(*TenantService(*m_db, m_bob).list({})), QStringList{QStringLiteral("acme")});
    QVERIFY(TenantService(*m_db, m_carol).list({})->isEmpty());
    QCOMPARE(*TenantService(*m_db, m_carol).count(), 0);
    QCOMPARE(*TenantService(*m_db, m_bob).count(), 1);
}

void TestTenantLists::bootstrapSessionSeesNothing()
{
    const Actor bootstrap = Actor::bootstrapActor();
    QVERIFY(TenantService(*m_db, bootstrap).list({})->isEmpty());
    QCOMPARE(TenantService(*m_db, bootstrap).find(QStringLiteral("acme")).error().code,
             ErrorCode::NotFound);
    QVERIFY(ContextSearch(*m_db, bootstrap).search({}, 10)->isEmpty());
}

void TestTenantLists::pagesEveryTenantOnceInEachOrder_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("name ascending") << int(ListQuery::SortKey::Name) << true;
    QTest::newRow("name descending") << int(ListQuery::SortKey::Name) << false;
    QTest::newRow("slug ascending") << int(ListQuery::SortKey::Slug) << true;
    QTest::newRow("created descending") << int(ListQuery::SortKey::CreatedAt) << false;
}

void TestTenantLists::pagesEveryTenantOnceInEachOrder()
{
    QFETCH(int, key);
    QFETCH(bool, ascending);
    // Duplicate names and equal timestamps, so that the id tie-break is what keeps order.
    for (int i = 0; i < 23; ++i)
        m_fixture->addTenant(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                             i % 3 == 0 ? QStringLiteral("same name")
                                        : QStringLiteral("Name %1").arg(i));
    const TenantService service(*m_db, m_admin);
    ListQuery query;
    query.sortKey = ListQuery::SortKey(key);
    query.ascending = ascending;
    query.limit = 4;
    QList<Tenant> seen;
    for (int pages = 0; pages < 20; ++pages) {
        auto page = service.list(query);
        QVERIFY2(page, why(page).constData());
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 4);
        seen += *page;
        query.after = TenantService::cursorOf(page->last(), query.sortKey);
    }
    QCOMPARE(seen.size(), 25);
    QStringList ids;
    for (const Tenant &tenant : std::as_const(seen))
        ids << tenant.id;
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 25);
    // Each page continues in the order the key defines.
    for (int i = 1; i < seen.size(); ++i) {
        const Tenant &a = seen.at(i - 1);
        const Tenant &b = seen.at(i);
        int order = 0;
        switch (ListQuery::SortKey(key)) {
        case ListQuery::SortKey::Name:
            order = a.name.compare(b.name, Qt::CaseInsensitive);
            break;
        case ListQuery::SortKey::Slug:
            order = a.slug.compare(b.slug);
            break;
        case ListQuery::SortKey::CreatedAt:
            order = a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
            break;
        }
        if (order == 0)
            order = a.id.compare(b.id);
        QVERIFY2(ascending ? order < 0 : order > 0, qPrintable(a.slug + QLatin1Char(' ') + b.slug));
    }
}

void TestTenantLists::filtersByNameOrSlugTakingWildcardsLiterally()
{
    m_fixture->addTenant(QStringLiteral("percent"), QStringLiteral("100% done"));
    m_fixture->addTenant(QStringLiteral("under"), QStringLiteral("a_b"));
    const TenantService service(*m_db, m_admin);
    ListQuery query;
    query.filter = QStringLiteral("ACME");
    QCOMPARE(slugsOf(*service.list(query)), QStringList{QStringLiteral("acme")});
    query.filter = QStringLiteral("%");
    QCOMPARE(slugsOf(*service.list(query)), QStringList{QStringLiteral("percent")});
    query.filter = QStringLiteral("_");
    QCOMPARE(slugsOf(*service.list(query)), QStringList{QStringLiteral("under")});
    QCOMPARE(*service.count(QStringLiteral("glob")), 1);
}

void TestTenantLists::findHidesTenantsTheUserMayNotSee()
{
    auto byslug = TenantService(*m_db, m_alice).find(QStringLiteral("acme"));
    QVERIFY(byslug);
    QCOMPARE(byslug->id, m_acme);
    QCOMPARE(TenantService(*m_db, m_alice).find(m_acme)->slug, QStringLiteral("acme"));
    QCOMPARE(TenantService(*m_db, m_alice).find(QStringLiteral("globex")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(TenantService(*m_db, m_carol).find(QStringLiteral("acme")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(TenantService(*m_db, m_admin).find(QStringLiteral("nope")).error().code,
             ErrorCode::NotFound);
}

void TestTenantLists::workspaceScopedMemberSeesOnlyTheirWorkspace()
{
    auto bobs = WorkspaceService(*m_db, m_bob).list(m_acme, {});
    QVERIFY2(bobs, why(bobs).constData());
    QCOMPARE(bobs->size(), 1);
    QCOMPARE(bobs->at(0).slug, QStringLiteral("dev"));
    QCOMPARE(*WorkspaceService(*m_db, m_bob).count(m_acme), 1);
    QCOMPARE(WorkspaceService(*m_db, m_bob).find(m_acme, QStringLiteral("ops")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(WorkspaceService(*m_db, m_bob).find(m_acme, QStringLiteral("dev"))->id, m_dev);
    QCOMPARE(WorkspaceService(*m_db, m_alice).list(m_acme, {})->size(), 2);
    QCOMPARE(*WorkspaceService(*m_db, m_alice).count(m_acme, QStringLiteral("oper")), 1);
    QCOMPARE(WorkspaceService(*m_db, m_alice).find({}, m_ops)->slug, QStringLiteral("ops"));
}

void TestTenantLists::workspaceListOfHiddenTenantIsDenied()
{
    auto listed = WorkspaceService(*m_db, m_carol).list(m_acme, {});
    QVERIFY(!listed);
    QCOMPARE(listed.error().code, ErrorCode::Denied);
    QVERIFY(listed.error().message.contains(QStringLiteral("alice")));
    QCOMPARE(WorkspaceService(*m_db, m_admin).list(QStringLiteral("no-such-id"), {}).error().code,
             ErrorCode::NotFound);
}

void TestTenantLists::membershipsArePagedByRowidAndScoped()
{
    QList<QString> users;
    for (int i = 0; i < 9; ++i) {
        const Actor user = m_fixture->addActor(QStringLiteral("user%1").arg(i));
        m_fixture->addMembership(m_acme, user.userId, QStringLiteral("member"));
        users << user.userId;
    }
    const MembershipService service(*m_db, m_alice);
    MembershipQuery query;
    query.tenantId = m_acme;
    query.limit = 4;
    QList<Membership> seen;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = service.list(query);
        QVERIFY2(page, why(page).constData());
        if (page->isEmpty())
            break;
        seen += *page;
        query.afterRowId = page->last().rowId;
    }
    QCOMPARE(seen.size(), 11); // alice, bob on dev, nine users
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i - 1).rowId < seen.at(i).rowId);
    QCOMPARE(seen.at(0).username, QStringLiteral("alice"));
    QCOMPARE(seen.at(0).role, TenantRole::TenantAdmin);
    QVERIFY(seen.at(0).isTenantWide());
    QCOMPARE(seen.at(1).workspaceSlug, QStringLiteral("dev"));

    query.afterRowId = 0;
    query.limit = 100;
    query.workspaceScope = QString();
    QCOMPARE(service.list(query)->size(), 10);
    QCOMPARE(*service.count(query), 10);
    query.workspaceScope = m_dev;
    QCOMPARE(service.list(query)->size(), 1);
    query.workspaceScope.reset();
    query.filter = QStringLiteral("USER1");
    QCOMPARE(*service.count(query), 1);
}

void TestTenantLists::workspaceScopedMemberSeesOnlyRowsOfTheirWorkspace()
{
    const Actor dave = m_fixture->addActor(QStringLiteral("dave"));
    m_fixture->addMembership(m_acme, dave.userId, QStringLiteral("member"), m_ops);
    const MembershipService service(*m_db, m_bob);
    MembershipQuery query;
    query.tenantId = m_acme;
    auto rows = service.list(query);
    QVERIFY2(rows, why(rows).constData());
    QStringList names;
    for (const Membership &row : std::as_const(*rows))
        names << row.username;
    QCOMPARE(names, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    query.workspaceScope = m_ops;
    QCOMPARE(service.list(query).error().code, ErrorCode::Denied);
    QCOMPARE(MembershipService(*m_db, m_carol).list({m_acme, {}, {}, 0, 10}).error().code,
             ErrorCode::Denied);
    auto grants = MembershipService(*m_db, m_alice).grantsOf(m_acme, dave.userId);
    QCOMPARE(grants->size(), 1);
    QCOMPARE(grants->at(0).workspaceSlug, QStringLiteral("ops"));
}

void TestTenantLists::contextSearchFindsVisibleTenantsAndWorkspaces()
{
    auto all = ContextSearch(*m_db, m_admin).search(QStringLiteral("dev"), 10);
    QVERIFY2(all, why(all).constData());
    QCOMPARE(all->size(), 2); // acme/dev and globex/dev
    auto bobs = ContextSearch(*m_db, m_bob).search(QStringLiteral("dev"), 10);
    QCOMPARE(bobs->size(), 1);
    QCOMPARE(bobs->at(0).tenantSlug, QStringLiteral("acme"));
    QCOMPARE(bobs->at(0).workspaceSlug, QStringLiteral("dev"));
    QVERIFY(ContextSearch(*m_db, m_bob).search(QStringLiteral("ops"), 10)->isEmpty());
    auto scoped = ContextSearch(*m_db, m_admin).search(QStringLiteral("glob/dev"), 10);
    QCOMPARE(scoped->size(), 1);
    QCOMPARE(scoped->at(0).tenantSlug, QStringLiteral("globex"));
    auto tenantFirst = ContextSearch(*m_db, m_admin).search(QStringLiteral("acme"), 10);
    QCOMPARE(tenantFirst->at(0).workspaceId, QString());
    QCOMPARE(tenantFirst->at(0).tenantSlug, QStringLiteral("acme"));
    QVERIFY(ContextSearch(*m_db, m_carol).search(QString(), 10)->isEmpty());
}

void TestTenantLists::contextSearchIsBoundedByLimit()
{
    for (int i = 0; i < 30; ++i)
        m_fixture->addWorkspace(m_globex, QStringLiteral("w%1").arg(i));
    auto found = ContextSearch(*m_db, m_admin).search(QStringLiteral("w"), 7);
    QCOMPARE(found->size(), 7);
    QCOMPARE(ContextSearch(*m_db, m_admin).search(QString(), 5)->size(), 5);
}

void TestTenantLists::rolesOfSummarisesGrantsPerTenant()
{
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("workspace_admin"), m_ops);
    m_fixture->addMembership(m_globex, m_bob.userId, QStringLiteral("member"));
    auto own = MembershipService(*m_db, m_bob).rolesOf(m_bob.userId);
    QVERIFY2(own, why(own).constData());
    QCOMPARE(own->size(), 2);
    QCOMPARE(own->at(0).tenant.slug, QStringLiteral("acme"));
    QCOMPARE(own->at(0).tenantWideRole, TenantRole::None);
    QCOMPARE(own->at(0).highestRole, TenantRole::WorkspaceAdmin);
    QCOMPARE(own->at(0).workspaceGrants.size(), 2);
    QCOMPARE(own->at(1).tenantWideRole, TenantRole::Member);
    // alice sees bob's roles in acme only, the tenant she shares with him.
    auto seenByAlice = MembershipService(*m_db, m_alice).rolesOf(m_bob.userId);
    QCOMPARE(seenByAlice->size(), 1);
}

void TestTenantLists::visibleUsersAreThoseSharingAPlace()
{
    auto names = [&](const Actor &actor) {
        QStringList list;
        for (const User &user : *MembershipService(*m_db, actor).visibleUsers(100))
            list << user.username;
        return list;
    };
    QCOMPARE(names(m_admin).size(), 4);
    QCOMPARE(names(m_alice), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(names(m_bob), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(names(m_carol), QStringList{QStringLiteral("carol")});
}

QTEST_GUILESS_MAIN(TestTenantLists)
#include "tst_tenants_lists.moc"
