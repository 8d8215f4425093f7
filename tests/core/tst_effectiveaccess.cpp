#include "core/access/effectiveaccess.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace tenantdesk;

// The per-workspace breakdown of a user's access, the "may this user do X" check for another
// user, and what the acting user may grant at each scope.
class TestEffectiveAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void breakdownSaysWhereEachRoleComesFrom();
    void breakdownPagesBySlug();
    void workspaceMemberSeesOnlyTheirWorkspaces();
    void outsiderCannotAskAboutATenant();
    void checkAnswersForTheOtherUserWithTheRule();
    void grantRightsFollowTheAccessRules();
    void grantRightsWhereTheActorHoldsGrants();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_root;
    Actor m_alice; // tenant_admin of acme
    Actor m_wade;  // workspace_admin on dev, member tenant-wide
    Actor m_mona;  // member on ops only
    Actor m_bob;   // no role
    QString m_acme;
    QString m_dev;
    QString m_ops;
    QString m_qa;
};

void TestEffectiveAccess::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_wade = m_fixture->addActor(QStringLiteral("wade"));
    m_mona = m_fixture->addActor(QStringLiteral("mona"));
    m_bob = m_fixture->addActor(QStringLiteral("bob"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_ops = m_fixture->addWorkspace(m_acme, QStringLiteral("ops"));
    m_qa = m_fixture->addWorkspace(m_acme, QStringLiteral("qa"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, m_wade.userId, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, m_wade.userId, QStringLiteral("workspace_admin"), m_dev);
    m_fixture->addMembership(m_acme, m_mona.userId, QStringLiteral("member"), m_ops);
    m_db = m_test->open();
}

void TestEffectiveAccess::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestEffectiveAccess::breakdownSaysWhereEachRoleComesFrom()
{
    auto rows = EffectiveAccess(*m_db, m_alice).perWorkspace(m_acme, m_wade.userId);
    QVERIFY2(rows, why(rows));
    QCOMPARE(rows->size(), 3);
    const WorkspaceAccess &dev = rows->at(0);
    QCOMPARE(dev.workspaceSlug, QStringLiteral("dev"));
    QCOMPARE(dev.tenantWideRole, TenantRole::Member);
    QCOMPARE(dev.workspaceRole, TenantRole::WorkspaceAdmin);
    QCOMPARE(dev.effectiveRole(), TenantRole::WorkspaceAdmin); // the higher wins
    QCOMPARE(dev.source(), WorkspaceAccess::Source::Both);
    const WorkspaceAccess &ops = rows->at(1);
    QCOMPARE(ops.workspaceSlug, QStringLiteral("ops"));
    QCOMPARE(ops.effectiveRole(), TenantRole::Member);
    QCOMPARE(ops.source(), WorkspaceAccess::Source::TenantWide);

    auto mona = EffectiveAccess(*m_db, m_root).perWorkspace(m_acme, m_mona.userId);
    QVERIFY2(mona, why(mona));
    QCOMPARE(mona->size(), 3);
    QCOMPARE(mona->at(0).source(), WorkspaceAccess::Source::None); // dev
    QCOMPARE(mona->at(0).effectiveRole(), TenantRole::None);
    QCOMPARE(mona->at(1).source(), WorkspaceAccess::Source::Workspace); // ops
    QCOMPARE(mona->at(1).effectiveRole(), TenantRole::Member);
    auto wide = EffectiveAccess(*m_db, m_root).tenantWideRole(m_acme, m_mona.userId);
    QVERIFY2(wide, why(wide));
    QCOMPARE(*wide, TenantRole::None);

    // The same answer as AccessPolicy::effectiveRole, workspace by workspace.
    const AccessPolicy policy(*m_db);
    for (const WorkspaceAccess &access : std::as_const(*rows))
        QCOMPARE(access.effectiveRole(),
                 *policy.effectiveRole(m_wade.userId, m_acme, access.workspaceId));
}

void TestEffectiveAccess::breakdownPagesBySlug()
{
    const EffectiveAccess access(*m_db, m_root);
    auto first = access.perWorkspace(m_acme, m_wade.userId, {}, 2);
    QVERIFY2(first, why(first));
    QCOMPARE(first->size(), 2);
    auto rest = access.perWorkspace(m_acme, m_wade.userId, first->last().workspaceSlug, 2);
    QVERIFY2(rest, why(rest));
    QCOMPARE(rest->size(), 1);
    QCOMPARE(rest->first().workspaceSlug, QStringLiteral("qa"));
}

void TestEffectiveAccess::workspaceMemberSeesOnlyTheirWorkspaces()
{
    auto rows = EffectiveAccess(*m_db, m_mona).perWorkspace(m_acme, m_wade.userId);
    QVERIFY2(rows, why(rows));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().workspaceSlug, QStringLiteral("ops"));
    QCOMPARE(rows->first().effectiveRole(), TenantRole::Member);
}

void TestEffectiveAccess::outsiderCannotAskAboutATenant()
{
    auto rows = EffectiveAccess(*m_db, m_bob).perWorkspace(m_acme, m_alice.userId);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::Denied);
    auto check = EffectiveAccess(*m_db, m_bob)
                         .check(m_alice.userId, Action::RenameTenant, {m_acme, {}, {}});
    QVERIFY(!check);
    QCOMPARE(check.error().code, ErrorCode::Denied);
    // A workspace-scoped member cannot ask about a workspace they cannot see.
    auto hidden = EffectiveAccess(*m_db, m_mona)
                          .check(m_wade.userId, Action::EditWorkspaceSettings, {m_acme, m_dev, {}});
    QVERIFY(!hidden);
}

void TestEffectiveAccess::checkAnswersForTheOtherUserWithTheRule()
{
    const EffectiveAccess access(*m_db, m_alice);
    auto onDev = access.check(m_wade.userId, Action::EditWorkspaceSettings, {m_acme, m_dev, {}});
    QVERIFY2(onDev, why(onDev));
    QVERIFY(onDev->allowed);
    QVERIFY(onDev->reason.contains(QStringLiteral("wade")));
    auto onOps = access.check(m_wade.userId, Action::EditWorkspaceSettings, {m_acme, m_ops, {}});
    QVERIFY2(onOps, why(onOps));
    QVERIFY(!onOps->allowed);
    QVERIFY(!onOps->rule.isEmpty());
    QVERIFY(onOps->message().contains(QStringLiteral("alice"))); // who could: the tenant admin
    auto tenantAdminRole = access.check(m_wade.userId, Action::ManageWorkspaceRole,
                                        {m_acme, m_dev, TenantRole::TenantAdmin});
    QVERIFY2(tenantAdminRole, why(tenantAdminRole));
    QVERIFY(!tenantAdminRole->allowed);
    auto missing
            = access.check(QStringLiteral("no-such-user"), Action::ViewTenant, {m_acme, {}, {}});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestEffectiveAccess::grantRightsFollowTheAccessRules()
{
    const QStringList scopes{QString(), m_dev, m_ops};
    auto alice = EffectiveAccess(*m_db, m_alice).grantRights(m_acme, scopes);
    QVERIFY2(alice, why(alice));
    QCOMPARE(alice->at(0).highest, TenantRole::TenantAdmin);
    QCOMPARE(alice->at(0).roles().size(), 3);
    // tenant_admin is never offered on a workspace, even to a tenant admin.
    QCOMPARE(alice->at(1).highest, TenantRole::WorkspaceAdmin);
    QCOMPARE(alice->at(1).roles(),
             (QList<TenantRole>{TenantRole::Member, TenantRole::WorkspaceAdmin}));
    QVERIFY(alice->at(1).refusal.contains(QStringLiteral("tenant-wide")));

    auto wade = EffectiveAccess(*m_db, m_wade).grantRights(m_acme, scopes);
    QVERIFY2(wade, why(wade));
    QCOMPARE(wade->at(0).highest, TenantRole::None); // tenant-wide: tenant admins only
    QVERIFY(!wade->at(0).mayManage(TenantRole::Member));
    QVERIFY(wade->at(0).refusal.startsWith(QStringLiteral("Refused")));
    QCOMPARE(wade->at(1).highest, TenantRole::WorkspaceAdmin); // his workspace
    QVERIFY(wade->at(1).mayManage(TenantRole::WorkspaceAdmin));
    QVERIFY(!wade->at(1).mayManage(TenantRole::TenantAdmin));
    QCOMPARE(wade->at(2).highest, TenantRole::None); // another workspace

    auto mona = EffectiveAccess(*m_db, m_mona).grantRights(m_acme, scopes);
    QVERIFY2(mona, why(mona));
    for (const GrantRights &rights : std::as_const(*mona))
        QCOMPARE(rights.highest, TenantRole::None);
    auto root = EffectiveAccess(*m_db, m_root).grantRights(m_acme, scopes);
    QVERIFY2(root, why(root));
    QCOMPARE(root->at(0).highest, TenantRole::TenantAdmin);
    QVERIFY(root->at(0).refusal.isEmpty());
}

void TestEffectiveAccess::grantRightsWhereTheActorHoldsGrants()
{
    auto wade = EffectiveAccess(*m_db, m_wade).grantRightsWhereActorHolds(m_acme);
    QVERIFY2(wade, why(wade));
    QCOMPARE(wade->size(), 2); // tenant-wide, and dev where he is workspace_admin
    QCOMPARE(wade->at(0).highest, TenantRole::None);
    QCOMPARE(wade->at(1).workspaceId, m_dev);
    QCOMPARE(wade->at(1).highest, TenantRole::WorkspaceAdmin);
    auto mona = EffectiveAccess(*m_db, m_mona).grantRightsWhereActorHolds(m_acme);
    QVERIFY2(mona, why(mona));
    QCOMPARE(mona->size(), 2);
    QVERIFY(std::none_of(mona->cbegin(), mona->cend(), [](const GrantRights &rights) {
        return rights.highest != TenantRole::None;
    }));
    auto root = EffectiveAccess(*m_db, m_root).grantRightsWhereActorHolds(m_acme);
    QVERIFY2(root, why(root));
    QCOMPARE(root->size(), 1);
    QCOMPARE(root->first().highest, TenantRole::TenantAdmin);
}

QTEST_GUILESS_MAIN(TestEffectiveAccess)
#include "tst_effectiveaccess.moc"
