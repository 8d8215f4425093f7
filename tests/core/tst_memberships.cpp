#include "core/audit/auditlog.h"
#include "core/tenancy/membershipservice.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace tenantdesk;

// Granting, changing and revoking roles: the invariants of architecture.md §3 on every path.
class TestMemberships : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesToRevokeLastTenantAdmin();
    void refusesToDemoteLastTenantAdmin();
    void refusesToRescopeLastTenantAdminToAWorkspace();
    void refusesToRemoveLastTenantAdminFromTenant();
    void allowsRemovingAnAdminWhileAnotherRemains();
    void tenantWithoutAdminMayGetOne();
    void grantingTwiceKeepsOneTenantWideRow();
    void grantingAgainChangesTheRole();
    void refusesTenantAdminOnAWorkspaceAsInvalidInput();
    void workspaceAdminManagesRolesUpToWorkspaceAdminOnly();
    void workspaceAdminCannotTouchHigherGrants();
    void refusalNamesTheRuleAndWhoCould();
    void removeFromTenantRevokesEveryGrant();
    void allOrNothingBatchRollsBackOnRefusal();
    void partialBatchSkipsRefusedChanges();
    void dryRunChangesNothing();
    void changesAreAuditedWithBeforeAndAfter();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_root;
    Actor m_alice; // the only tenant_admin of acme
    Actor m_wade;  // workspace_admin on acme/dev
    Actor m_bob;   // no membership
    QString m_acme;
    QString m_dev;
    QString m_ops;
};

void TestMemberships::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_wade = m_fixture->addActor(QStringLiteral("wade"));
    m_bob = m_fixture->addActor(QStringLiteral("bob"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_ops = m_fixture->addWorkspace(m_acme, QStringLiteral("ops"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, m_wade.userId, QStringLiteral("workspace_admin"), m_dev);
    m_db = m_test->open();
}

void TestMemberships::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestMemberships::refusesToRevokeLastTenantAdmin()
{
    for (const Actor &actor : {m_root, m_alice}) {
        const QByteArray before = m_test->dump();
        auto revoked = MembershipService(*m_db, actor).revoke(m_acme, m_alice.userId);
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::Conflict);
        QVERIFY2(revoked.error().message.contains(QStringLiteral("last")),
                 qPrintable(revoked.error().message));
        QCOMPARE(m_test->dump(), before);
    }
}

void TestMemberships::refusesToDemoteLastTenantAdmin()
{
    const QByteArray before = m_test->dump();
    for (TenantRole lower : {TenantRole::WorkspaceAdmin, TenantRole::Member}) {
        auto demoted = MembershipService(*m_db, m_root).grant(m_acme, m_alice.userId, lower);
        QCOMPARE(demoted.error().code, ErrorCode::Conflict);
    }
    QCOMPARE(m_test->dump(), before);
    QCOMPARE(m_fixture->roleOf(m_acme, m_alice.userId), QStringLiteral("tenant_admin"));
}

void TestMemberships::refusesToRescopeLastTenantAdminToAWorkspace()
{
    const QByteArray before = m_test->dump();
    MembershipService service(*m_db, m_alice);
    // Re-scoping is a revoke of the tenant-wide grant and a grant on the workspace.
    auto results = service.apply(
            m_acme,
            {{MembershipChange::Kind::Revoke, m_alice.userId, {}, {}},
             {MembershipChange::Kind::Grant, m_alice.userId, m_dev, TenantRole::WorkspaceAdmin}},
            true);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->at(0).outcome, MembershipChangeResult::Outcome::Refused);
    QCOMPARE(results->at(0).error->code, ErrorCode::Conflict);
    QCOMPARE(m_test->dump(), before);
    // Asking for tenant_admin on the workspace directly is invalid input.
    QCOMPARE(service.grant(m_acme, m_alice.userId, TenantRole::TenantAdmin, m_dev).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(m_test->dump(), before);
}

void TestMemberships::refusesToRemoveLastTenantAdminFromTenant()
{
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("member"), m_ops);
    const QByteArray before = m_test->dump();
    auto removed = MembershipService(*m_db, m_root).removeFromTenant(m_acme, m_alice.userId);
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    // The workspace grant revoked before the refusal is rolled back with it.
    QCOMPARE(m_test->dump(), before);
}

void TestMemberships::allowsRemovingAnAdminWhileAnotherRemains()
{
    MembershipService service(*m_db, m_alice);
    auto granted = service.grant(m_acme, m_bob.userId, TenantRole::TenantAdmin);
    QVERIFY2(granted, why(granted).constData());
    auto removed = service.removeFromTenant(m_acme, m_alice.userId);
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(m_fixture->roleOf(m_acme, m_alice.userId), QString());
    // Now bob is the last one.
    QCOMPARE(MembershipService(*m_db, m_bob).revoke(m_acme, m_bob.userId).error().code,
             ErrorCode::Conflict);
}

void TestMemberships::tenantWithoutAdminMayGetOne()
{
    const QString empty = m_fixture->addTenant(QStringLiteral("empty"));
    MembershipService service(*m_db, m_root);
    QVERIFY(service.grant(empty, m_bob.userId, TenantRole::Member));
    // Revoking a member of a tenant without any admin is not a last-admin case.
    QVERIFY(service.revoke(empty, m_bob.userId));
    QVERIFY(service.grant(empty, m_bob.userId, TenantRole::TenantAdmin));
}

void TestMemberships::grantingTwiceKeepsOneTenantWideRow()
{
    MembershipService service(*m_db, m_alice);
    auto first = service.grant(m_acme, m_bob.userId, TenantRole::Member);
    QVERIFY2(first, why(first).constData());
    const QByteArray afterFirst = m_test->dump();
    auto second = service.grant(m_acme, m_bob.userId, TenantRole::Member);
    QVERIFY2(second, why(second).constData());
    QCOMPARE(second->rowId, first->rowId);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1",
                              {m_bob.userId}),
             1);
    QCOMPARE(m_test->dump(), afterFirst); // the same grant again is not even audited
}

void TestMemberships::grantingAgainChangesTheRole()
{
    MembershipService service(*m_db, m_alice);
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::Member));
    auto changed = service.grant(m_acme, m_bob.userId, TenantRole::WorkspaceAdmin);
    QVERIFY2(changed, why(changed).constData());
    QCOMPARE(changed->role, TenantRole::WorkspaceAdmin);
    QCOMPARE(changed->username, QStringLiteral("bob"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1",
                              {m_bob.userId}),
             1);
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob.userId), QStringLiteral("workspace_admin"));
    // A grant on a workspace is a different scope: a second row.
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::Member, m_dev));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1",
                              {m_bob.userId}),
             2);
}

void TestMemberships::refusesTenantAdminOnAWorkspaceAsInvalidInput()
{
    for (const Actor &actor : {m_root, m_alice, m_wade}) {
        auto granted = MembershipService(*m_db, actor)
                               .grant(m_acme, m_bob.userId, TenantRole::TenantAdmin, m_dev);
        QCOMPARE(granted.error().code, ErrorCode::InvalidInput);
        QVERIFY(granted.error().message.contains(QStringLiteral("tenant-wide")));
    }
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1",
                              {m_bob.userId}),
             0);
}

void TestMemberships::workspaceAdminManagesRolesUpToWorkspaceAdminOnly()
{
    MembershipService service(*m_db, m_wade);
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::Member, m_dev));
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::WorkspaceAdmin, m_dev));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob.userId, m_dev), QStringLiteral("workspace_admin"));
    QVERIFY(service.revoke(m_acme, m_bob.userId, m_dev));
    const QByteArray before = m_test->dump();
    // Not on another workspace, not tenant-wide.
    QCOMPARE(service.grant(m_acme, m_bob.userId, TenantRole::Member, m_ops).error().code,
             ErrorCode::Denied);
    QCOMPARE(service.grant(m_acme, m_bob.userId, TenantRole::Member).error().code,
             ErrorCode::Denied);
    QCOMPARE(m_test->dump(), before);
}

void TestMemberships::workspaceAdminCannotTouchHigherGrants()
{
    // A tenant-wide tenant_admin also holding a workspace grant: wade may change that grant
    // (it is workspace_admin at most) but never the tenant-wide role.
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("workspace_admin"), m_dev);
    MembershipService service(*m_db, m_wade);
    QCOMPARE(service.revoke(m_acme, m_alice.userId).error().code, ErrorCode::Denied);
    QVERIFY(service.grant(m_acme, m_alice.userId, TenantRole::Member, m_dev));
    QCOMPARE(m_fixture->roleOf(m_acme, m_alice.userId), QStringLiteral("tenant_admin"));
}

void TestMemberships::refusalNamesTheRuleAndWhoCould()
{
    auto refused = MembershipService(*m_db, m_wade).grant(m_acme, m_bob.userId, TenantRole::Member);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("tenant-wide role needs a tenant_admin")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("alice")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("global admin")), qPrintable(message));
}

void TestMemberships::removeFromTenantRevokesEveryGrant()
{
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("workspace_admin"), m_ops);
    auto removed = MembershipService(*m_db, m_alice).removeFromTenant(m_acme, m_bob.userId);
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1",
                              {m_bob.userId}),
             0);
    QCOMPARE(AuditLog(*m_db).list({QStringLiteral("membership.revoked"), {}, {}, {}}, 10)->size(),
             3);
    // wade may only remove someone whose grants are all on his workspace.
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_acme, m_bob.userId, QStringLiteral("member"), m_ops);
    QCOMPARE(MembershipService(*m_db, m_wade).removeFromTenant(m_acme, m_bob.userId).error().code,
             ErrorCode::Denied);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1",
                              {m_bob.userId}),
             2);
}

void TestMemberships::allOrNothingBatchRollsBackOnRefusal()
{
    const QByteArray before = m_test->dump();
    auto results = MembershipService(*m_db, m_wade)
                           .apply(m_acme,
                                  {{MembershipChange::Kind::Grant, m_bob.userId, m_dev,
                                    TenantRole::Member},
                                   {MembershipChange::Kind::Grant, m_bob.userId, m_ops,
                                    TenantRole::Member}},
                                  true);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->at(0).outcome, MembershipChangeResult::Outcome::Added);
    QCOMPARE(results->at(1).outcome, MembershipChangeResult::Outcome::Refused);
    QCOMPARE(results->at(1).error->code, ErrorCode::Denied);
    QCOMPARE(m_test->dump(), before);
}

void TestMemberships::partialBatchSkipsRefusedChanges()
{
    auto results = MembershipService(*m_db, m_wade)
                           .apply(m_acme,
                                  {{MembershipChange::Kind::Grant, m_bob.userId, m_dev,
                                    TenantRole::Member},
                                   {MembershipChange::Kind::Grant, m_bob.userId, m_ops,
                                    TenantRole::Member},
                                   {MembershipChange::Kind::Grant, m_bob.userId, m_dev,
                                    TenantRole::WorkspaceAdmin}},
                                  false);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->at(0).outcome, MembershipChangeResult::Outcome::Added);
    QCOMPARE(results->at(1).outcome, MembershipChangeResult::Outcome::Refused);
    QCOMPARE(results->at(2).outcome, MembershipChangeResult::Outcome::Changed);
    QCOMPARE(results->at(2).previousRole, TenantRole::Member);
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob.userId, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob.userId, m_ops), QString());
}

void TestMemberships::dryRunChangesNothing()
{
    const QByteArray before = m_test->dump();
    auto results = MembershipService(*m_db, m_alice)
                           .apply(m_acme,
                                  {{MembershipChange::Kind::Grant,
                                    m_bob.userId,
                                    {},
                                    TenantRole::Member}},
                                  false, true);
    QCOMPARE(results->at(0).outcome, MembershipChangeResult::Outcome::Added);
    QCOMPARE(m_test->dump(), before);
}

void TestMemberships::changesAreAuditedWithBeforeAndAfter()
{
    MembershipService service(*m_db, m_alice);
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::Member, m_dev));
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::WorkspaceAdmin, m_dev));
    QVERIFY(service.revoke(m_acme, m_bob.userId, m_dev));
    auto entries = AuditLog(*m_db).list({}, 10);
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(2).eventType, QStringLiteral("membership.granted"));
    QCOMPARE(entries->at(1).eventType, QStringLiteral("membership.changed"));
    QCOMPARE(entries->at(0).eventType, QStringLiteral("membership.revoked"));
    const QJsonObject changed
            = QJsonDocument::fromJson(entries->at(1).payloadJson.toUtf8()).object();
    QCOMPARE(changed.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
    QCOMPARE(changed.value(QStringLiteral("user_id")).toString(), m_bob.userId);
    QCOMPARE(changed.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(changed.value(QStringLiteral("workspace_slug")).toString(), QStringLiteral("dev"));
    QCOMPARE(changed.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
             QStringLiteral("member"));
    QCOMPARE(changed.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
             QStringLiteral("workspace_admin"));
    const QJsonObject revoked
            = QJsonDocument::fromJson(entries->at(0).payloadJson.toUtf8()).object();
    QCOMPARE(revoked.value(QStringLiteral("after")).toObject(), QJsonObject());
    // created_at of the new row is in milliseconds.
    QVERIFY(service.grant(m_acme, m_bob.userId, TenantRole::Member));
    QVERIFY(m_fixture
                    ->value("SELECT created_at FROM tenant_users WHERE user_id = ?1",
                            {m_bob.userId})
                    .toLongLong()
            > 1000000000000LL);
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified->valid);
    QCOMPARE(verified->checked, 4);
}

QTEST_GUILESS_MAIN(TestMemberships)
#include "tst_memberships.moc"
