#include "core/tenancy/membershiprules.h"

#include "core/access/accesspolicy.h"
#include "core/audit/auditappender.h"
#include "core/database/database.h"
#include "core/database/preparedstatement.h"
#include "core/tenancy/tenancysql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace tenantdesk::membership {

using namespace tenancy;

const char kSelectSql[]
        = "SELECT tu.rowid, tu.tenant_id, tu.user_id, tu.workspace_id, tu.role, tu.created_at, "
          "u.username, u.email, w.slug, w.name, u.id IS NOT NULL FROM tenant_users tu "
          "LEFT JOIN users u ON u.id = tu.user_id LEFT JOIN workspaces w ON w.id = "
          "tu.workspace_id ";

Membership fromQuery(const QSqlQuery &query)
{
    Membership membership;
    membership.rowId = query.value(0).toLongLong();
    membership.tenantId = query.value(1).toString();
    membership.userId = query.value(2).toString();
    membership.workspaceId = query.value(3).toString();
    membership.role = tenantRoleFromName(query.value(4).toString()).value_or(TenantRole::None);
    membership.createdAt = query.value(5).toLongLong();
    membership.username = query.value(6).toString();
    membership.email = query.value(7).toString();
    membership.workspaceSlug = query.value(8).toString();
    membership.workspaceName = query.value(9).toString();
    membership.userExists = query.value(10).toBool();
    return membership;
}

namespace {

struct MembershipRules
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::membership::MembershipRules)
};

// NULL for the tenant-wide scope, the id otherwise.
QVariant scopeValue(const QString &workspaceId)
{
    return workspaceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(workspaceId);
}

MembershipChangeResult refusal(const Error &error, std::optional<TenantRole> previous)
{
    MembershipChangeResult result;
    result.outcome = MembershipChangeResult::Outcome::Refused;
    result.error = error;
    result.previousRole = previous;
    return result;
}

QString scopeLabel(const Tenant &tenant, const std::optional<Workspace> &workspace)
{
    if (workspace)
        return MembershipRules::tr("workspace \"%1/%2\"").arg(tenant.slug, workspace->slug);
    return MembershipRules::tr("tenant \"%1\"").arg(tenant.slug);
}

QJsonObject roleState(std::optional<TenantRole> role)
{
    if (!role)
        return {};
    return {{QStringLiteral("role"), tenantRoleName(*role)}};
}

// Whether someone other than userId is a tenant-wide tenant_admin of the tenant. Admins are
// people, not rows: a second tenant-wide row of the same user (aistack's schema allows them)
// is no second admin, and a membership of a deleted user is nobody.
Result<bool> hasOtherLivingTenantAdmin(const Database &db, const QString &tenantId,
                                       const QString &userId)
{
    auto found = db.scalar(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM tenant_users tu JOIN users u ON u.id = "
                           "tu.user_id WHERE tu.tenant_id = ? AND tu.workspace_id IS NULL AND "
                           "tu.role = 'tenant_admin' AND tu.user_id <> ?)"),
            {tenantId, userId});
    if (!found)
        return explain(db, found.error());
    return found->toBool();
}

// The membership of one user at one scope; where duplicate tenant-wide rows exist, the highest
// role is the one the user holds.
QString loadSql()
{
    return QLatin1String(kSelectSql)
            + QStringLiteral("WHERE tu.tenant_id = ? AND tu.user_id = ? AND tu.workspace_id IS ? "
                             "ORDER BY CASE tu.role WHEN 'tenant_admin' THEN 3 WHEN "
                             "'workspace_admin' THEN 2 ELSE 1 END DESC, tu.rowid LIMIT 1");
}

} // namespace

Result<std::optional<Membership>> load(const Database &db, const QString &tenantId,
                                       const QString &userId, const QString &workspaceId)
{
    auto query = db.exec(loadSql(), {tenantId, userId, scopeValue(workspaceId)});
    if (!query)
        return explain(db, query.error());
    if (!query->next())
        return std::optional<Membership>();
    return std::optional<Membership>(fromQuery(*query));
}

struct ChangeBatch::Statements
{
    explicit Statements(const Database &db)
        : username(db, QStringLiteral("SELECT username FROM users WHERE id = ?"))
        , existing(db, loadSql())
        , update(db,
                 QStringLiteral("UPDATE tenant_users SET role = ? WHERE tenant_id = ? AND "
                                "user_id = ? AND workspace_id IS ?"))
        , insert(db,
                 QStringLiteral("INSERT INTO tenant_users (tenant_id, user_id, workspace_id, "
                                "role, created_at) VALUES (?, ?, ?, ?, ?)"))
        , remove(db,
                 QStringLiteral("DELETE FROM tenant_users WHERE tenant_id = ? AND user_id = ? "
                                "AND workspace_id IS ?"))
        , audit(db)
    { }

    PreparedStatement username;
    PreparedStatement existing;
    PreparedStatement update;
    PreparedStatement insert;
    PreparedStatement remove;
    AuditAppender audit;
    // A batch changes grants, never workspaces: each is read once.
    QHash<QString, std::optional<Workspace>> workspaces;
};

ChangeBatch::ChangeBatch(const Database &db, const Actor &actor, const Tenant &tenant)
    : m_db(db)
    , m_actor(actor)
    , m_tenant(tenant)
    , m_statements(std::make_unique<Statements>(db))
{ }

ChangeBatch::~ChangeBatch() = default;

Result<std::optional<Workspace>> ChangeBatch::workspace(const QString &id)
{
    if (const auto known = m_statements->workspaces.constFind(id);
        known != m_statements->workspaces.cend())
        return *known;
    auto found = loadWorkspace(m_db, id);
    if (found)
        m_statements->workspaces.insert(id, *found);
    return found;
}

Result<MembershipChangeResult> applyChange(const Database &db, const Actor &actor,
                                           const Tenant &tenant, const MembershipChange &change)
{
    return ChangeBatch(db, actor, tenant).apply(change);
}

Result<MembershipChangeResult> ChangeBatch::apply(const MembershipChange &change)
{
    const Database &db = m_db;
    const Actor &actor = m_actor;
    const Tenant &tenant = m_tenant;
    Statements &statements = *m_statements;
    const bool grant = change.kind == MembershipChange::Kind::Grant;
    const bool onWorkspace = !change.workspaceId.isEmpty();

    // Input first: these are wrong whoever asks.
    if (grant && change.role == TenantRole::None)
        return refusal(invalidInput(MembershipRules::tr(
                               "Choose a role: member, workspace_admin or tenant_admin.")),
                       {});
    if (grant && onWorkspace && change.role == TenantRole::TenantAdmin)
        return refusal(invalidInput(MembershipRules::tr(
                               "tenant_admin is a tenant-wide role: it cannot be granted on a "
                               "workspace. Grant it without a workspace, or grant "
                               "workspace_admin on the workspace.")),
                       {});

    std::optional<Workspace> target;
    if (onWorkspace) {
        auto found = workspace(change.workspaceId);
        if (!found)
            return found.error();
        if (!*found || (*found)->tenantId != tenant.id)
            return refusal(workspaceNotFound(change.workspaceId), {});
        target = **found;
    }
    auto username = statements.username.scalar({change.userId});
    if (!username)
        return explain(db, username.error());
    const bool userExists = !username->isNull();
    const QString userLabel = userExists ? username->toString() : deletedUserLabel(change.userId);
    if (grant && username->isNull())
        return refusal(
                notFound(
                        MembershipRules::tr("There is no user with the id %1.").arg(change.userId)),
                {});

    auto existing
            = statements.existing.run({tenant.id, change.userId, scopeValue(change.workspaceId)});
    if (!existing)
        return explain(db, existing.error());
    std::optional<TenantRole> previous;
    if ((*existing)->next())
        previous = fromQuery(**existing).role;
    (*existing)->finish();
    if (!grant && !previous)
        return refusal(notFound(MembershipRules::tr("%1 holds no role on %2 to revoke.")
                                        .arg(userLabel, scopeLabel(tenant, target))),
                       {});

    // The access rule is judged on the highest role involved: a workspace_admin may neither
    // grant nor take away anything above workspace_admin.
    const TenantRole involved
            = grant ? std::max(previous.value_or(TenantRole::None), change.role) : *previous;
    const AccessPolicy policy(db);
    auto decision = policy.decide(
            actor, onWorkspace ? Action::ManageWorkspaceRole : Action::ManageTenantRole,
            {tenant.id, change.workspaceId, involved});
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return refusal(denied(decision->message()), previous);
    if (!actor.isGlobalAdmin()) {
        auto own = policy.effectiveRole(actor.userId, tenant.id, change.workspaceId);
        if (!own)
            return own.error();
        if (involved > *own)
            return refusal(
                    denied(MembershipRules::tr(
                                   "Refused: nobody grants or changes a role above their own, and "
                                   "%1 holds %2 on %3 while the role involved is %4.")
                                   .arg(actor.username, tenantRoleName(*own),
                                        scopeLabel(tenant, target), tenantRoleName(involved))),
                    previous);
    }

    if (grant && previous == change.role) {
        MembershipChangeResult unchanged;
        unchanged.outcome = MembershipChangeResult::Outcome::Unchanged;
        unchanged.previousRole = previous;
        return unchanged;
    }

    // Revoking, demoting or re-scoping the last tenant-wide tenant_admin would leave the tenant
    // without anyone who may manage it; only deleting the tenant ends it. A deleted user was
    // never one of its admins, so removing their membership is always allowed.
    if (!onWorkspace && userExists && previous == TenantRole::TenantAdmin
        && (!grant || change.role != TenantRole::TenantAdmin)) {
        auto others = hasOtherLivingTenantAdmin(db, tenant.id, change.userId);
        if (!others)
            return others.error();
        if (!*others)
            return refusal(
                    conflict(MembershipRules::tr(
                                     "Tenant \"%1\" must keep at least one tenant_admin, and %2 is "
                                     "its last one: grant tenant_admin to someone else first, or "
                                     "delete the tenant.")
                                     .arg(tenant.slug, userLabel)),
                    previous);
    }

    Result<QSqlQuery *> written = grant && previous
            ? statements.update.run({tenantRoleName(change.role), tenant.id, change.userId,
                                     scopeValue(change.workspaceId)})
            : grant
            ? statements.insert.run({tenant.id, change.userId, scopeValue(change.workspaceId),
                                     tenantRoleName(change.role), nowMs()})
            : statements.remove.run({tenant.id, change.userId, scopeValue(change.workspaceId)});
    if (!written) {
        // The schema's own guards (unique scope, tenant-wide tenant_admin) said no.
        if (written.error().code == ErrorCode::Conflict)
            return refusal(written.error().message.contains(QLatin1String("tenant_admin"))
                                   ? invalidInput(MembershipRules::tr(
                                           "tenant_admin is a tenant-wide role: it cannot "
                                           "be granted on a workspace."))
                                   : conflict(MembershipRules::tr("%1 already holds a role on %2.")
                                                      .arg(userLabel, scopeLabel(tenant, target))),
                           previous);
        return explain(db, written.error());
    }

    MembershipChangeResult result;
    result.previousRole = previous;
    QString event;
    if (!grant) {
        result.outcome = MembershipChangeResult::Outcome::Removed;
        event = QStringLiteral("membership.revoked");
    } else if (previous) {
        result.outcome = MembershipChangeResult::Outcome::Changed;
        event = QStringLiteral("membership.changed");
    } else {
        result.outcome = MembershipChangeResult::Outcome::Added;
        event = QStringLiteral("membership.granted");
    }
    QJsonObject payload{
            {QStringLiteral("actor"), actor.auditName()},
            {QStringLiteral("tenant_id"), tenant.id},
            {QStringLiteral("tenant_slug"), tenant.slug},
            {QStringLiteral("user_id"), change.userId},
            {QStringLiteral("username"), username->isNull() ? QJsonValue() : QJsonValue(userLabel)},
            {QStringLiteral("workspace_id"), target ? QJsonValue(target->id) : QJsonValue()},
            {QStringLiteral("workspace_slug"), target ? QJsonValue(target->slug) : QJsonValue()},
            {QStringLiteral("before"), roleState(previous)},
            {QStringLiteral("after"), grant ? roleState(change.role) : QJsonObject()},
    };
    if (!userExists)
        payload.insert(QStringLiteral("user_deleted"), true);
    if (auto logged = statements.audit.append(event, payload); !logged)
        return logged.error();
    return result;
}

} // namespace tenantdesk::membership
