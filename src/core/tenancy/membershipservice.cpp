#include "core/tenancy/membershipservice.h"

#include "core/access/accesspolicy.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/membershiprules.h"
#include "core/tenancy/tenancysql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tenantdesk {

using namespace tenancy;

namespace {

const QString kMembershipSelect = QLatin1String(membership::kSelectSql);

Result<QList<Membership>> membershipsFrom(const Database &db, Result<QSqlQuery> rows)
{
    if (!rows)
        return explain(db, rows.error());
    QList<Membership> memberships;
    while (rows->next())
        memberships.append(membership::fromQuery(*rows));
    return memberships;
}

// The WHERE clause (after "WHERE") of the rows of one tenant that the actor may see, with its
// values. A workspace-scoped member sees the tenant-wide rows (people who are members of
// every workspace, including theirs) and the rows of their own workspaces only.
// How the text filter on users is applied.
enum class UserFilter {
    InWhere, // as "tu.user_id IN (matching users)": rows are read in rowid order, so a filter
             // that matches many users stops at the first page
    ByJoin,  // left to the caller, who starts from the few matching users
};

const QString kMatchingUsers = QStringLiteral(
        "SELECT id FROM users WHERE username LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'");

Result<QString> visibleRowsSql(const Database &db, const Actor &actor, const MembershipQuery &query,
                               QVariantList &values, UserFilter userFilter = UserFilter::InWhere)
{
    auto tenant = loadTenant(db, query.tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(query.tenantId);
    const AccessPolicy policy(db);
    if (auto allowed = policy.require(actor, Action::ViewTenant, {query.tenantId, {}, {}});
        !allowed)
        return allowed.error();
    // "+" keeps SQLite from walking the whole tenant when it can start from the users instead.
    QString sql = userFilter == UserFilter::ByJoin ? QStringLiteral("+tu.tenant_id = ?")
                                                   : QStringLiteral("tu.tenant_id = ?");
    values << query.tenantId;
    if (query.workspaceScope) {
        if (query.workspaceScope->isEmpty()) {
            sql += QStringLiteral(" AND tu.workspace_id IS NULL");
        } else {
            auto workspace = loadWorkspace(db, *query.workspaceScope);
            if (!workspace)
                return workspace.error();
            if (!*workspace || (*workspace)->tenantId != query.tenantId)
                return workspaceNotFound(*query.workspaceScope);
            if (auto allowed = policy.require(actor, Action::ViewWorkspace,
                                              {query.tenantId, *query.workspaceScope, {}});
                !allowed)
                return allowed.error();
            sql += QStringLiteral(" AND tu.workspace_id = ?");
            values << *query.workspaceScope;
        }
    }
    if (!actor.isGlobalAdmin()) {
        auto tenantWide = policy.effectiveRole(actor.userId, query.tenantId);
        if (!tenantWide)
            return tenantWide.error();
        if (*tenantWide == TenantRole::None) {
            sql += QStringLiteral(
                    " AND (tu.workspace_id IS NULL OR tu.workspace_id IN (SELECT "
                    "workspace_id FROM tenant_users WHERE tenant_id = ? AND user_id = ? "
                    "AND workspace_id IS NOT NULL))");
            values << query.tenantId << actor.userId;
        }
    }
    if (!query.filter.isEmpty() && userFilter == UserFilter::InWhere) {
        const QString pattern = containsPattern(query.filter);
        sql += QStringLiteral(" AND tu.user_id IN (%1)").arg(kMatchingUsers);
        values << pattern << pattern;
    }
    return sql;
}

// Takes the write lock, then reads the tenant under it, so that the checks that follow see
// what the change will be applied to.
Result<Tenant> lockTenant(const Database &db, WriteTransaction &transaction,
                          const QString &tenantId)
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto tenant = loadTenant(db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    return **tenant;
}

// One change whose refusal is the caller's error.
Result<void> applyOne(const Database &db, const Actor &actor, const Tenant &tenant,
                      const MembershipChange &change)
{
    auto result = membership::applyChange(db, actor, tenant, change);
    if (!result)
        return result.error();
    if (result->error)
        return *result->error;
    return {};
}

} // namespace

MembershipService::MembershipService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<QList<Membership>> MembershipService::list(const MembershipQuery &query) const
{
    // A filter that matches few users (typing a name into a million-row tenant) is fastest
    // from those users' side, through idx_tenant_users_user; one that matches many is fastest
    // from the tenant's side in rowid order, where the first page fills quickly.
    constexpr int kFewUsers = 256;
    bool fewUsers = false;
    const QString pattern = containsPattern(query.filter);
    if (!query.filter.isEmpty()) {
        auto matching = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)").arg(kMatchingUsers),
                {pattern, pattern, kFewUsers + 1});
        if (!matching)
            return explain(m_db, matching.error());
        fewUsers = matching->toInt() <= kFewUsers;
    }
    QVariantList values;
    if (fewUsers)
        values << pattern << pattern;
    auto where = visibleRowsSql(m_db, m_actor, query, values,
                                fewUsers ? UserFilter::ByJoin : UserFilter::InWhere);
    if (!where)
        return where.error();
    QString select = kMembershipSelect;
    if (fewUsers)
        select.replace(
                QLatin1String("FROM tenant_users tu "),
                QStringLiteral("FROM (%1) m CROSS JOIN tenant_users tu ON tu.user_id = m.id ")
                        .arg(kMatchingUsers));
    // Keyset paging on rowid: idx_tenant_users_tenant holds rowids in order per tenant.
    values << query.afterRowId << qMax(0, query.limit);
    return membershipsFrom(
            m_db,
            m_db.exec(
                    select
                            + QStringLiteral("WHERE %1 AND tu.rowid > ? ORDER BY tu.rowid LIMIT ?")
                                      .arg(*where),
                    values));
}

Result<qint64> MembershipService::count(const MembershipQuery &query) const
{
    QVariantList values;
    auto where = visibleRowsSql(m_db, m_actor, query, values);
    if (!where)
        return where.error();
    auto total = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM tenant_users tu WHERE %1").arg(*where), values);
    if (!total)
        return explain(m_db, total.error());
    return total->toLongLong();
}

Result<QList<Membership>> MembershipService::grantsOf(const QString &tenantId,
                                                      const QString &userId) const
{
    MembershipQuery query;
    query.tenantId = tenantId;
    QVariantList values;
    auto where = visibleRowsSql(m_db, m_actor, query, values);
    if (!where)
        return where.error();
    values << userId;
    return membershipsFrom(
            m_db,
            m_db.exec(kMembershipSelect
                              + QStringLiteral("WHERE %1 AND tu.user_id = ? ORDER BY "
                                               "tu.workspace_id IS NOT NULL, w.slug")
                                        .arg(*where),
                      values));
}

Result<QList<TenantRoleSummary>> MembershipService::rolesOf(const QString &userId, int limit,
                                                            const QString &afterTenantSlug) const
{
    QList<TenantRoleSummary> summaries;
    if (m_actor.bootstrap || limit <= 0)
        return summaries;
    QString sql = QStringLiteral("SELECT %1 FROM tenants t WHERE t.slug > ? AND t.id IN (SELECT "
                                 "tenant_id FROM tenant_users WHERE user_id = ?)")
                          .arg(tenantColumns());
    // A null QString binds as NULL, which compares with nothing: page from "" instead.
    QVariantList values{afterTenantSlug.isNull() ? QStringLiteral("") : afterTenantSlug, userId};
    if (!m_actor.isGlobalAdmin()) {
        sql += QStringLiteral(
                " AND t.id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?)");
        values << m_actor.userId;
    }
    sql += QStringLiteral(" ORDER BY t.slug LIMIT ?");
    values << limit;
    auto rows = m_db.exec(sql, values);
    if (!rows)
        return explain(m_db, rows.error());
    while (rows->next()) {
        TenantRoleSummary summary;
        summary.tenant = tenantFromQuery(*rows);
        summaries.append(summary);
    }
    for (TenantRoleSummary &summary : summaries) {
        auto grants = grantsOf(summary.tenant.id, userId);
        if (!grants)
            return grants.error();
        for (const Membership &grant : std::as_const(*grants)) {
            summary.highestRole = std::max(summary.highestRole, grant.role);
            if (grant.isTenantWide())
                summary.tenantWideRole = grant.role;
            else
                summary.workspaceGrants.append(grant);
        }
    }
    return summaries;
}

Result<QList<User>> MembershipService::visibleUsers(int limit, const QString &afterUsername) const
{
    QList<User> users;
    if (m_actor.bootstrap || limit <= 0)
        return users;
    QString sql = QStringLiteral("SELECT u.id, u.email, u.username, u.role, u.created_at, "
                                 "u.last_login_at FROM users u WHERE u.username > ?");
    QVariantList values{afterUsername.isNull() ? QStringLiteral("") : afterUsername};
    if (!m_actor.isGlobalAdmin()) {
        // Someone shares a place with the actor when one of their grants is a row the actor
        // may see: anything in a tenant where the actor is tenant-wide, tenant-wide rows of
        // any tenant of the actor, rows of the actor's own workspaces. The set is built from
        // the actor's side through the tenant and workspace indexes ("+" keeps SQLite from
        // scanning every tenant-wide row through the workspace index).
        sql += QStringLiteral(
                " AND (u.id = ? OR u.id IN ("
                "SELECT tu.user_id FROM tenant_users tu WHERE tu.tenant_id IN (SELECT tenant_id "
                "FROM tenant_users WHERE user_id = ? AND workspace_id IS NULL) "
                "UNION SELECT tu.user_id FROM tenant_users tu WHERE +tu.workspace_id IS NULL AND "
                "tu.tenant_id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?) "
                "UNION SELECT tu.user_id FROM tenant_users tu WHERE tu.workspace_id IN (SELECT "
                "workspace_id FROM tenant_users WHERE user_id = ? AND workspace_id IS NOT NULL)))");
        values << m_actor.userId << m_actor.userId << m_actor.userId << m_actor.userId;
    }
    sql += QStringLiteral(" ORDER BY u.username LIMIT ?");
    values << limit;
    auto rows = m_db.exec(sql, values);
    if (!rows)
        return explain(m_db, rows.error());
    while (rows->next()) {
        User user;
        user.id = rows->value(0).toString();
        user.email = rows->value(1).toString();
        user.username = rows->value(2).toString();
        user.globalRole = globalRoleFromString(rows->value(3).toString());
        user.createdAt = rows->value(4).toString();
        user.lastLoginAt = rows->value(5).toString();
        users.append(user);
    }
    return users;
}

Result<Membership> MembershipService::grant(const QString &tenantId, const QString &userId,
                                            TenantRole role, const QString &workspaceId)
{
    WriteTransaction transaction(m_db);
    auto tenant = lockTenant(m_db, transaction, tenantId);
    if (!tenant)
        return tenant.error();
    if (auto applied = applyOne(m_db, m_actor, *tenant,
                                {MembershipChange::Kind::Grant, userId, workspaceId, role});
        !applied)
        return applied.error();
    auto stored = membership::load(m_db, tenantId, userId, workspaceId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return failure(tr("The membership was not stored."));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << m_actor.auditName() << "granted" << tenantRoleName(role) << "in"
                      << tenant->slug;
    return **stored;
}

Result<void> MembershipService::revoke(const QString &tenantId, const QString &userId,
                                       const QString &workspaceId)
{
    WriteTransaction transaction(m_db);
    auto tenant = lockTenant(m_db, transaction, tenantId);
    if (!tenant)
        return tenant.error();
    if (auto applied = applyOne(m_db, m_actor, *tenant,
                                {MembershipChange::Kind::Revoke, userId, workspaceId, {}});
        !applied)
        return applied.error();
    return transaction.commit();
}

Result<void> MembershipService::removeFromTenant(const QString &tenantId, const QString &userId)
{
    WriteTransaction transaction(m_db);
    auto tenant = lockTenant(m_db, transaction, tenantId);
    if (!tenant)
        return tenant.error();
    // Workspace grants first, the tenant-wide one last: every grant goes through the same
    // rules as a single revoke, and one refusal rolls all of them back.
    auto scopes = m_db.exec(
            QStringLiteral("SELECT workspace_id FROM tenant_users WHERE tenant_id = ? AND "
                           "user_id = ? ORDER BY workspace_id IS NULL, rowid"),
            {tenantId, userId});
    if (!scopes)
        return explain(m_db, scopes.error());
    QStringList workspaceIds;
    while (scopes->next())
        workspaceIds << scopes->value(0).toString();
    if (workspaceIds.isEmpty())
        return notFound(tr("The user holds no role in tenant \"%1\".").arg(tenant->slug));
    for (const QString &workspaceId : std::as_const(workspaceIds)) {
        if (auto applied = applyOne(m_db, m_actor, *tenant,
                                    {MembershipChange::Kind::Revoke, userId, workspaceId, {}});
            !applied)
            return applied.error();
    }
    return transaction.commit();
}

Result<QList<MembershipChangeResult>>
MembershipService::apply(const QString &tenantId, const QList<MembershipChange> &changes,
                         bool allOrNothing, bool dryRun)
{
    WriteTransaction transaction(m_db);
    auto tenant = lockTenant(m_db, transaction, tenantId);
    if (!tenant)
        return tenant.error();
    // Each change is judged against the state the changes before it left, as if applied one
    // by one; a refused change writes nothing, so skipping it keeps the others consistent.
    QList<MembershipChangeResult> results;
    bool anyRefused = false;
    for (const MembershipChange &change : changes) {
        auto result = membership::applyChange(m_db, m_actor, *tenant, change);
        if (!result)
            return result.error();
        anyRefused = anyRefused || result->outcome == MembershipChangeResult::Outcome::Refused;
        results.append(*result);
    }
    if (dryRun || (allOrNothing && anyRefused)) {
        transaction.rollback();
        return results;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

} // namespace tenantdesk
