#include "core/access/accesspolicy.h"
#include "core/audit/auditlog.h"
#include "core/audit/auditservice.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/provisioner.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <array>
#include <functional>

using namespace tenantdesk;

namespace {

// Who acts. Each holds exactly the grants its name says, in tenant "a" (workspace w1).
enum Role {
    GlobalAdmin,
    TenantAdmin,
    TenantWideWsAdmin,
    WsScopedWsAdmin,
    TenantWideMember,
    WsScopedMember,
    NoMembership,
    Bootstrap,
    RoleCount
};
const std::array<const char *, RoleCount> kRoleNames
        = {"global-admin",       "tenant-admin",     "tenant-wide-ws-admin", "ws-scoped-ws-admin",
           "tenant-wide-member", "ws-scoped-member", "no-membership",        "bootstrap"};

// Where: the actor's own workspace a/w1, another workspace of the same tenant a/w2, and
// workspace x1 of another tenant b.
enum Scope { Own, OtherWorkspace, OtherTenant, ScopeCount };
const std::array<const char *, ScopeCount> kScopeNames = {"own", "other-workspace", "other-tenant"};

enum Op {
    ViewTenant,
    ViewWorkspace,
    CreateTenant,
    DeleteTenant,
    RenameTenant,
    EditTenantSettings,
    CreateWorkspace,
    RenameWorkspace,
    DeleteWorkspace,
    EditWorkspaceSettings,
    GrantTenantRole,
    RevokeTenantRole,
    GrantWorkspaceMember,
    GrantWorkspaceAdmin,
    RevokeWorkspaceRole,
    Provision,
    ViewAudit,
    VerifyAudit,
    RunMigrations,
    OpCount
};

struct OpSpec
{
    const char *name;
    Action action;
    TenantRole role; // the role involved, for the two role-management actions
    // The expected answer per role, written out by hand from architecture.md §3 (not computed by
    // the code under test): one string per role in Role order, one letter per scope in Scope order,
    // Y = allowed, N = refused.
    std::array<const char *, RoleCount> expected;
};

//                                    global tadmin twwa   wswa   twm    wsm    none   bootstrap
const std::array<OpSpec, OpCount> kOps = {{
        {"view-tenant",
         Action::ViewTenant,
         TenantRole::None,
         {"YYY", "YYN", "YYN", "YYN", "YYN", "YYN", "NNN", "NNN"}},
        {"view-workspace",
         Action::ViewWorkspace,
         TenantRole::None,
         {"YYY", "YYN", "YYN", "YNN", "YYN", "YNN", "NNN", "NNN"}},
        {"create-tenant",
         Action::CreateTenant,
         TenantRole::None,
         {"YYY", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"delete-tenant",
         Action::DeleteTenant,
         TenantRole::None,
         {"YYY", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"rename-tenant",
         Action::RenameTenant,
         TenantRole::None,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"edit-tenant-settings",
         Action::EditTenantSettings,
         TenantRole::None,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"create-workspace",
         Action::CreateWorkspace,
         TenantRole::None,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"rename-workspace",
         Action::RenameWorkspace,
         TenantRole::None,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"delete-workspace",
         Action::DeleteWorkspace,
         TenantRole::None,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"edit-workspace-settings",
         Action::EditWorkspaceSettings,
         TenantRole::None,
         {"YYY", "YYN", "YYN", "YNN", "NNN", "NNN", "NNN", "NNN"}},
        {"grant-tenant-role",
         Action::ManageTenantRole,
         TenantRole::Member,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"revoke-tenant-role",
         Action::ManageTenantRole,
         TenantRole::Member,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"grant-workspace-member",
         Action::ManageWorkspaceRole,
         TenantRole::Member,
         {"YYY", "YYN", "YYN", "YNN", "NNN", "NNN", "NNN", "NNN"}},
        {"grant-workspace-admin",
         Action::ManageWorkspaceRole,
         TenantRole::WorkspaceAdmin,
         {"YYY", "YYN", "YYN", "YNN", "NNN", "NNN", "NNN", "NNN"}},
        {"revoke-workspace-role",
         Action::ManageWorkspaceRole,
         TenantRole::Member,
         {"YYY", "YYN", "YYN", "YNN", "NNN", "NNN", "NNN", "NNN"}},
        {"provision",
         Action::Provision,
         TenantRole::None,
         {"YYY", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"view-audit",
         Action::ViewAudit,
         TenantRole::None,
         {"YYY", "YYN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"verify-audit",
         Action::VerifyAudit,
         TenantRole::None,
         {"YYY", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN"}},
        {"run-migrations",
         Action::RunMigrations,
         TenantRole::None,
         {"YYY", "NNN", "NNN", "NNN", "NNN", "NNN", "NNN", "YYY"}},
}};

bool isRead(Op op)
{
    return op == ViewTenant || op == ViewWorkspace || op == ViewAudit || op == VerifyAudit
            || op == RunMigrations;
}

} // namespace

// The whole access matrix of architecture.md §3: every role × every action × own scope, another
// workspace of the same tenant and another tenant. Each row asks AccessPolicy::decide() and
// then performs the action through the services on a fresh copy of the same database,
// checking that the database changed exactly when the table says the action is allowed.
class TestAccessMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void everyActionHasAName();

private:
    std::unique_ptr<TestDatabase> m_template;
    std::array<Actor, RoleCount> m_actors;
    QString m_a, m_b, m_w1, m_w2, m_x1, m_victim, m_newbie;
};

void TestAccessMatrix::initTestCase()
{
    m_template = std::make_unique<TestDatabase>();
    TenancyFixture fixture(*m_template);
    m_actors[GlobalAdmin] = fixture.addActor(QStringLiteral("global"), QStringLiteral("admin"));
    m_actors[TenantAdmin] = fixture.addActor(QStringLiteral("tadmin"));
    m_actors[TenantWideWsAdmin] = fixture.addActor(QStringLiteral("twwa"));
    m_actors[WsScopedWsAdmin] = fixture.addActor(QStringLiteral("wswa"));
    m_actors[TenantWideMember] = fixture.addActor(QStringLiteral("twm"));
    m_actors[WsScopedMember] = fixture.addActor(QStringLiteral("wsm"));
    m_actors[NoMembership] = fixture.addActor(QStringLiteral("none"));
    m_actors[Bootstrap] = Actor::bootstrapActor();
    const Actor otherAdmin = fixture.addActor(QStringLiteral("badmin"));
    m_victim = fixture.addActor(QStringLiteral("victim")).userId;
    m_newbie = fixture.addActor(QStringLiteral("newbie")).userId;

    m_a = fixture.addTenant(QStringLiteral("a"));
    m_b = fixture.addTenant(QStringLiteral("b"));
    m_w1 = fixture.addWorkspace(m_a, QStringLiteral("w1"));
    m_w2 = fixture.addWorkspace(m_a, QStringLiteral("w2"));
    m_x1 = fixture.addWorkspace(m_b, QStringLiteral("x1"));
    fixture.addMembership(m_a, m_actors[TenantAdmin].userId, QStringLiteral("tenant_admin"));
    fixture.addMembership(m_a, m_actors[TenantWideWsAdmin].userId,
                          QStringLiteral("workspace_admin"));
    fixture.addMembership(m_a, m_actors[WsScopedWsAdmin].userId, QStringLiteral("workspace_admin"),
                          m_w1);
    fixture.addMembership(m_a, m_actors[TenantWideMember].userId, QStringLiteral("member"));
    fixture.addMembership(m_a, m_actors[WsScopedMember].userId, QStringLiteral("member"), m_w1);
    fixture.addMembership(m_b, otherAdmin.userId, QStringLiteral("tenant_admin"));
    // The victim holds a member grant at every scope, for the revoke actions.
    const QList<std::pair<QString, QString>> victimScopes{
            {m_a, QString()}, {m_a, m_w1}, {m_a, m_w2}, {m_b, QString()}, {m_b, m_x1}};
    for (const auto &[tenant, workspace] : victimScopes)
        fixture.addMembership(tenant, m_victim, QStringLiteral("member"), workspace);
}

void TestAccessMatrix::cleanupTestCase()
{
    m_template.reset();
}

void TestAccessMatrix::matrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("scope");
    QTest::addColumn<bool>("expected");
    for (int role = 0; role < RoleCount; ++role) {
        for (int op = 0; op < OpCount; ++op) {
            for (int scope = 0; scope < ScopeCount; ++scope) {
                const bool expected = kOps[op].expected[role][scope] == 'Y';
                QTest::addRow("%s %s %s", kRoleNames[role], kOps[op].name, kScopeNames[scope])
                        << role << op << scope << expected;
            }
        }
    }
}

void TestAccessMatrix::matrix()
{
    QFETCH(int, role);
    QFETCH(int, op);
    QFETCH(int, scope);
    QFETCH(bool, expected);

    TestDatabase test;
    QVERIFY(QFile::copy(m_template->path(), test.path()));
    const TenancyFixture fixture(test, false);
    auto db = test.open();
    const Actor &actor = m_actors[role];
    const QString tenant = scope == OtherTenant ? m_b : m_a;
    const QString tenantSlug = scope == OtherTenant ? QStringLiteral("b") : QStringLiteral("a");
    const QString workspace = scope == Own ? m_w1 : scope == OtherWorkspace ? m_w2 : m_x1;
    const QString workspaceSlug = scope == Own ? QStringLiteral("w1")
            : scope == OtherWorkspace          ? QStringLiteral("w2")
                                               : QStringLiteral("x1");
    const OpSpec &spec = kOps[op];

    // 1. The answer of the policy, for the GUI and `tenantctl can`.
    AccessTarget target;
    const bool workspaceAction = spec.action == Action::ViewWorkspace
            || spec.action == Action::RenameWorkspace || spec.action == Action::DeleteWorkspace
            || spec.action == Action::EditWorkspaceSettings
            || spec.action == Action::ManageWorkspaceRole;
    target.tenantId = tenant;
    target.workspaceId = workspaceAction ? workspace : QString();
    target.role = spec.role;
    auto decision = AccessPolicy(*db).decide(actor, spec.action, target);
    QVERIFY2(decision, why(decision).constData());
    QVERIFY2(decision->allowed == expected, qPrintable(decision->message()));
    QVERIFY(!decision->rule.isEmpty());
    if (!expected)
        QVERIFY2(decision->message().contains(QStringLiteral("Who could")),
                 qPrintable(decision->message()));

    // 2. The real thing, through the services.
    const QByteArray before = test.dump();
    TenantService tenants(*db, actor);
    WorkspaceService workspaces(*db, actor);
    MembershipService memberships(*db, actor);
    Error error;
    bool done = false;
    auto take = [&](const auto &result) {
        done = result.ok();
        if (!done)
            error = result.error();
    };
    // What the database must show after an allowed write.
    std::function<bool()> changed = [] {
        return true;
    };
    switch (Op(op)) {
    case ViewTenant:
        take(tenants.find(tenantSlug));
        break;
    case ViewWorkspace:
        take(workspaces.find(tenant, workspaceSlug));
        break;
    case CreateTenant:
        take(tenants.create(QStringLiteral("New"), QStringLiteral("new")));
        changed = [&] {
            return fixture.count("SELECT count(*) FROM tenants WHERE slug = 'new'") == 1;
        };
        break;
    case DeleteTenant:
        take(tenants.remove(tenant, tenantSlug));
        changed = [&] {
            return fixture.count("SELECT count(*) FROM tenants WHERE id = ?1", {tenant}) == 0
                    && fixture.count("SELECT count(*) FROM tenant_users WHERE tenant_id = ?1",
                                     {tenant})
                    == 0;
        };
        break;
    case RenameTenant:
        take(tenants.rename(tenant, QStringLiteral("Renamed")));
        changed = [&] {
            return fixture.value("SELECT name FROM tenants WHERE id = ?1", {tenant})
                    == QStringLiteral("Renamed");
        };
        break;
    case EditTenantSettings:
        take(tenants.updateSettings(tenant, {{QStringLiteral("k"), 1}}));
        changed = [&] {
            return fixture.value("SELECT settings_json FROM tenants WHERE id = ?1", {tenant})
                    == QStringLiteral("{\"k\":1}");
        };
        break;
    case CreateWorkspace:
        take(workspaces.create(tenant, QStringLiteral("New"), QStringLiteral("new-ws")));
        changed = [&] {
            return fixture.count("SELECT count(*) FROM workspaces WHERE tenant_id = ?1 AND slug = "
                                 "'new-ws'",
                                 {tenant})
                    == 1;
        };
        break;
    case RenameWorkspace:
        take(workspaces.rename(workspace, QStringLiteral("Renamed")));
        changed = [&] {
            return fixture.value("SELECT name FROM workspaces WHERE id = ?1", {workspace})
                    == QStringLiteral("Renamed");
        };
        break;
    case DeleteWorkspace:
        take(workspaces.remove(workspace, workspaceSlug));
        changed = [&] {
            return fixture.count("SELECT count(*) FROM workspaces WHERE id = ?1", {workspace}) == 0;
        };
        break;
    case EditWorkspaceSettings:
        take(workspaces.updateSettings(workspace, {{QStringLiteral("k"), 1}}));
        changed = [&] {
            return fixture.value("SELECT settings_json FROM workspaces WHERE id = ?1", {workspace})
                    == QStringLiteral("{\"k\":1}");
        };
        break;
    case GrantTenantRole:
        take(memberships.grant(tenant, m_newbie, TenantRole::Member));
        changed = [&] {
            return fixture.roleOf(tenant, m_newbie) == QStringLiteral("member");
        };
        break;
    case RevokeTenantRole:
        take(memberships.revoke(tenant, m_victim));
        changed = [&] {
            return fixture.roleOf(tenant, m_victim).isEmpty();
        };
        break;
    case GrantWorkspaceMember:
        take(memberships.grant(tenant, m_newbie, TenantRole::Member, workspace));
        changed = [&] {
            return fixture.roleOf(tenant, m_newbie, workspace) == QStringLiteral("member");
        };
        break;
    case GrantWorkspaceAdmin:
        take(memberships.grant(tenant, m_newbie, TenantRole::WorkspaceAdmin, workspace));
        changed = [&] {
            return fixture.roleOf(tenant, m_newbie, workspace) == QStringLiteral("workspace_admin");
        };
        break;
    case RevokeWorkspaceRole:
        take(memberships.revoke(tenant, m_victim, workspace));
        changed = [&] {
            return fixture.roleOf(tenant, m_victim, workspace).isEmpty();
        };
        break;
    case Provision:
        take(Provisioner(*db, actor).provision({}));
        changed = [&] {
            return fixture.count("SELECT count(*) FROM tenants WHERE slug = 'default'") == 1;
        };
        break;
    case ViewAudit: {
        // The entries of the tenant: a tenant_admin of it sees them, others are refused.
        AuditFilter filter;
        filter.tenantId = tenant;
        take(AuditService(*db, actor).list(filter, 10));
        break;
    }
    case VerifyAudit:
        take(AuditService(*db, actor).verify());
        break;
    case RunMigrations:
        // Applying migrations is the migration engine's, which asks require() first.
        take(AccessPolicy(*db).require(actor, Action::RunMigrations, {}));
        break;
    case OpCount:
        break;
    }

    QVERIFY2(done == expected,
             qPrintable(done ? QStringLiteral("performed, expected a refusal") : error.message));
    if (!expected) {
        // Reads of what one may not see say "not found" (existence is not leaked); everything
        // else says "denied" and names the rule.
        const bool hidden = op == ViewTenant || op == ViewWorkspace;
        QCOMPARE(int(error.code), int(hidden ? ErrorCode::NotFound : ErrorCode::Denied));
        if (!hidden)
            QVERIFY2(error.message.contains(QStringLiteral("Refused")), qPrintable(error.message));
        QCOMPARE(test.dump(), before);
    } else if (isRead(Op(op))) {
        QCOMPARE(test.dump(), before);
    } else {
        QVERIFY(test.dump() != before);
        QVERIFY(changed());
        // Every allowed write left exactly the audit entries that verify.
        QVERIFY(fixture.count("SELECT count(*) FROM audit_log_chain") >= 1);
        QVERIFY(AuditLog(*db).verify()->valid);
    }
}

void TestAccessMatrix::everyActionHasAName()
{
    QCOMPARE(actionNames().size(), 18); // tenant.transfer (export, import, move) is the 18th
    for (const QString &name : actionNames())
        QCOMPARE(actionName(*actionFromName(name)), name);
    QVERIFY(!actionFromName(QStringLiteral("tenant.explode")));
}

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_access_matrix.moc"
