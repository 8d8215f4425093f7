#include "core/tenancy/membershipservice.h"

#include "core/access/accesspolicy.h"
#include "core/database/database.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/membershipservicesupport.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace tenantdesk {

using namespace tenancy;
using membership::kMembershipSelect;
using membership::membershipsFrom;

namespace {

// How the text filter on users is applied.
enum class UserFilter {
    InWhere, // as "tu.user_id IN (matching users)": rows are read in rowid order, so a filter
             // that matches many users stops at the first page
    ByJoin,  // left to the caller, who starts from the few matching users
};

const QString kMatchingUsers = QStringLiteral(
        "SELECT id FROM users WHERE username LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'");

// The WHERE clause (after "WHERE") of the rows of one tenant that the actor may see, with its
// values. A workspace-scoped member sees the tenant-wide rows (people who are members of
// every workspace, including theirs) and the rows of their own workspaces only.
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

} // namespace

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
            select
                    + QStringLiteral("WHERE %1 AND tu.rowid > ? ORDER BY tu.rowid LIMIT ?")
                              .arg(*where),
            values);
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

Result<PageAnchors> MembershipService::anchors(const MembershipQuery &query, int pageSize) const
{
    QVariantList values;
    auto where = visibleRowsSql(m_db, m_actor, query, values);
    if (!where)
        return where.error();
    // Only rowids: for a global admin the scan never leaves idx_tenant_users_tenant.
    auto anchors = scanPageAnchors(
            m_db,
            QStringLiteral("SELECT tu.rowid FROM tenant_users tu WHERE %1 ORDER BY tu.rowid")
                    .arg(*where),
            values, pageSize);
    if (!anchors)
        return explain(m_db, anchors.error());
    return anchors;
}

Result<qint64>
MembershipService::scan(const MembershipQuery &query,
                        const std::function<Result<void>(const ScanRow &)> &onRow) const
{
    QVariantList values;
    auto where = visibleRowsSql(m_db, m_actor, query, values);
    if (!where)
        return where.error();
    // A failure of onRow (a full disk) is the caller's, passed on as it is.
    std::optional<Error> failed;
    const auto handle = [&onRow, &failed](const ScanRow &row) -> Result<void> {
        auto handled = onRow(row);
        if (!handled)
            failed = handled.error();
        return handled;
    };
    // The columns of ExportColumn, in its order.
    auto scanned = scanRows(m_db,
                            QStringLiteral("SELECT tu.user_id, u.username, w.slug, tu.role FROM "
                                           "tenant_users tu LEFT JOIN users u ON u.id = tu.user_id "
                                           "LEFT JOIN workspaces w ON w.id = tu.workspace_id "
                                           "WHERE %1 ORDER BY tu.rowid")
                                    .arg(*where),
                            values, handle);
    if (!scanned)
        return failed ? *failed : explain(m_db, scanned.error());
    return scanned;
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
    return membershipsFrom(m_db,
                           kMembershipSelect
                                   + QStringLiteral("WHERE %1 AND tu.user_id = ? ORDER BY "
                                                    "tu.workspace_id IS NOT NULL, w.slug")
                                             .arg(*where),
                           values);
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
    if (m_actor.bootstrap || limit <= 0)
        return QList<User>();
    UserListQuery query;
    query.limit = limit;
    query.afterUsername = afterUsername;
    if (!m_actor.isGlobalAdmin())
        query.visibleTo = m_actor.userId;
    auto users = UserDirectory(m_db).list(query);
    if (!users)
        return explain(m_db, users.error());
    return users;
}

} // namespace tenantdesk
