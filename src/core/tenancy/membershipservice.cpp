#include "core/tenancy/membershipservice.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/changebatch.h"
#include "core/tenancy/membershiprules.h"
#include "core/tenancy/tenancysql.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

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

// The tenant a write changes and the actor as the database has them under the write lock.
struct LockedTenant
{
    Tenant tenant;
    Actor actor;
};

// Takes the write lock, then reads the acting user and the tenant under it, so that the
// checks that follow see what the change will be applied to and who applies it now.
Result<LockedTenant> lockTenant(const Database &db, WriteTransaction &transaction,
                                const Actor &signedIn, const QString &tenantId)
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto actor = currentActor(db, signedIn);
    if (!actor)
        return actor.error();
    auto tenant = loadTenant(db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    return LockedTenant{**tenant, *actor};
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

// Prune and merge change tenant-wide grants of any role: the rule of ManageTenantRole for the
// highest role, tenant_admin (architecture.md §3).
Result<void> requireTenantAdmin(const Database &db, const Actor &actor, const QString &tenantId)
{
    return AccessPolicy(db).require(actor, Action::ManageTenantRole,
                                    {tenantId, {}, TenantRole::TenantAdmin});
}

QString roleRankSql(const QString &column)
{
    return QStringLiteral("CASE %1 WHEN 'tenant_admin' THEN 3 WHEN 'workspace_admin' THEN 2 "
                          "WHEN 'member' THEN 1 ELSE 0 END")
            .arg(column);
}

// The tenants (ids, by slug) that `tenantIdsSql` selects and that the actor may see.
Result<QStringList> tenantsWhere(const Database &db, const Actor &actor,
                                 const QString &tenantIdsSql)
{
    auto rows = db.exec(QStringLiteral("SELECT id FROM tenants WHERE id IN (%1) ORDER BY slug")
                                .arg(tenantIdsSql));
    if (!rows)
        return explain(db, rows.error());
    QStringList ids;
    const AccessPolicy policy(db);
    while (rows->next()) {
        const QString id = rows->value(0).toString();
        auto seen = policy.decide(actor, Action::ViewTenant, {id, {}, {}});
        if (!seen)
            return seen.error();
        if (seen->allowed)
            ids << id;
    }
    return ids;
}

} // namespace

QString DuplicateMembership::userLabel() const
{
    return userExists ? username : deletedUserLabel(userId);
}

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

Result<Membership> MembershipService::grant(const QString &tenantId, const QString &userId,
                                            TenantRole role, const QString &workspaceId)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    if (auto applied = applyOne(m_db, locked->actor, tenant,
                                {MembershipChange::Kind::Grant, userId, workspaceId, role});
        !applied)
        return applied.error();
    auto stored = membership::load(m_db, tenantId, userId, workspaceId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return failure(MembershipService::tr("The membership was not stored."));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << locked->actor.auditName() << "granted" << tenantRoleName(role) << "in"
                      << tenant.slug;
    return **stored;
}

Result<void> MembershipService::revoke(const QString &tenantId, const QString &userId,
                                       const QString &workspaceId)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    if (auto applied = applyOne(m_db, locked->actor, tenant,
                                {MembershipChange::Kind::Revoke, userId, workspaceId, {}});
        !applied)
        return applied.error();
    return transaction.commit();
}

Result<void> MembershipService::removeFromTenant(const QString &tenantId, const QString &userId)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    // Workspace grants first, the tenant-wide one last: every grant goes through the same
    // rules as a single revoke, and one refusal rolls all of them back.
    // DISTINCT: duplicate tenant-wide rows are one grant, which one revoke removes whole.
    auto scopes = m_db.exec(
            QStringLiteral("SELECT workspace_id FROM tenant_users WHERE tenant_id = ? AND "
                           "user_id = ? GROUP BY workspace_id ORDER BY workspace_id IS NULL, "
                           "min(rowid)"),
            {tenantId, userId});
    if (!scopes)
        return explain(m_db, scopes.error());
    QStringList workspaceIds;
    while (scopes->next())
        workspaceIds << scopes->value(0).toString();
    if (workspaceIds.isEmpty())
        return notFound(
                MembershipService::tr("The user holds no role in tenant \"%1\".").arg(tenant.slug));
    for (const QString &workspaceId : std::as_const(workspaceIds)) {
        if (auto applied = applyOne(m_db, locked->actor, tenant,
                                    {MembershipChange::Kind::Revoke, userId, workspaceId, {}});
            !applied)
            return applied.error();
    }
    return transaction.commit();
}

Result<QList<Membership>> MembershipService::pruneOrphans(const QString &tenantId, bool dryRun)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    const Actor &actor = locked->actor;
    if (auto allowed = requireTenantAdmin(m_db, actor, tenant.id); !allowed)
        return allowed.error();
    auto rows = membershipsFrom(
            m_db,
            m_db.exec(kMembershipSelect
                              + QStringLiteral("WHERE tu.tenant_id = ? AND u.id IS NULL ORDER BY "
                                               "tu.rowid"),
                      {tenantId}));
    if (!rows)
        return rows.error();
    QList<Membership> orphans;
    QSet<QString> seen; // duplicate tenant-wide rows go with one revoke
    for (const Membership &row : std::as_const(*rows)) {
        if (!seen.contains(row.userId + QLatin1Char('|') + row.workspaceId)) {
            seen.insert(row.userId + QLatin1Char('|') + row.workspaceId);
            orphans.append(row);
        }
    }
    if (dryRun)
        return orphans;
    for (const Membership &orphan : std::as_const(orphans)) {
        if (auto applied
            = applyOne(m_db, actor, tenant,
                       {MembershipChange::Kind::Revoke, orphan.userId, orphan.workspaceId, {}});
            !applied)
            return applied.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor.auditName() << "pruned" << orphans.size()
                      << "orphaned memberships in" << tenant.slug;
    return orphans;
}

Result<QStringList> MembershipService::tenantsWithOrphans() const
{
    return tenantsWhere(m_db, m_actor,
                        QStringLiteral("SELECT DISTINCT tu.tenant_id FROM tenant_users tu LEFT "
                                       "JOIN users u ON u.id = tu.user_id WHERE u.id IS NULL"));
}

Result<QList<DuplicateMembership>> MembershipService::mergeDuplicates(const QString &tenantId,
                                                                      bool dryRun)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    const Actor &actor = locked->actor;
    if (auto allowed = requireTenantAdmin(m_db, actor, tenant.id); !allowed)
        return allowed.error();
    // Each user with more than one tenant-wide row, the roles of those rows highest first.
    auto groups = m_db.exec(
            QStringLiteral("SELECT tu.user_id, u.username, u.id IS NOT NULL, group_concat(tu.role) "
                           "FROM (SELECT user_id, role FROM tenant_users WHERE tenant_id = ? AND "
                           "workspace_id IS NULL AND user_id IN (SELECT user_id FROM "
                           "tenant_users WHERE tenant_id = ? AND workspace_id IS NULL GROUP BY "
                           "user_id HAVING count(*) > 1) ORDER BY user_id, %1 DESC, rowid) tu "
                           "LEFT JOIN users u ON u.id = tu.user_id GROUP BY tu.user_id "
                           "ORDER BY u.username, tu.user_id")
                    .arg(roleRankSql(QStringLiteral("role"))),
            {tenantId, tenantId});
    if (!groups)
        return explain(m_db, groups.error());
    QList<DuplicateMembership> merges;
    while (groups->next()) {
        DuplicateMembership merge;
        merge.userId = groups->value(0).toString();
        merge.username = groups->value(1).toString();
        merge.userExists = groups->value(2).toBool();
        const QStringList roles = groups->value(3).toString().split(QLatin1Char(','));
        for (const QString &name : roles)
            merge.roles.append(tenantRoleFromName(name).value_or(TenantRole::None));
        std::sort(merge.roles.begin(), merge.roles.end(), std::greater<TenantRole>());
        merge.keptRole = merge.roles.value(0, TenantRole::None);
        merges.append(merge);
    }
    if (dryRun)
        return merges;
    const AuditLog audit(m_db);
    for (const DuplicateMembership &merge : std::as_const(merges)) {
        // Keep the oldest row of the highest role; the others go.
        auto removed = m_db.exec(
                QStringLiteral("DELETE FROM tenant_users WHERE tenant_id = ? AND user_id = ? AND "
                               "workspace_id IS NULL AND rowid <> (SELECT rowid FROM "
                               "tenant_users WHERE tenant_id = ? AND user_id = ? AND "
                               "workspace_id IS NULL ORDER BY %1 DESC, rowid LIMIT 1)")
                        .arg(roleRankSql(QStringLiteral("role"))),
                {tenantId, merge.userId, tenantId, merge.userId});
        if (!removed)
            return explain(m_db, removed.error());
        QJsonArray roles;
        for (TenantRole role : merge.roles)
            roles.append(tenantRoleName(role));
        QJsonObject payload{
                {QStringLiteral("actor"), actor.auditName()},
                {QStringLiteral("tenant_id"), tenant.id},
                {QStringLiteral("tenant_slug"), tenant.slug},
                {QStringLiteral("user_id"), merge.userId},
                {QStringLiteral("username"),
                 merge.userExists ? QJsonValue(merge.username) : QJsonValue()},
                {QStringLiteral("workspace_id"), QJsonValue()},
                {QStringLiteral("rows_before"), roles},
                {QStringLiteral("after"),
                 QJsonObject{{QStringLiteral("role"), tenantRoleName(merge.keptRole)}}},
        };
        if (!merge.userExists)
            payload.insert(QStringLiteral("user_deleted"), true);
        if (auto logged = audit.append(QStringLiteral("membership.merged"), payload); !logged)
            return logged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor.auditName() << "merged duplicate rows of" << merges.size()
                      << "users in" << tenant.slug;
    return merges;
}

Result<QStringList> MembershipService::tenantsWithDuplicates() const
{
    return tenantsWhere(m_db, m_actor,
                        QStringLiteral("SELECT tenant_id FROM tenant_users WHERE workspace_id IS "
                                       "NULL GROUP BY tenant_id, user_id HAVING count(*) > 1"));
}

Result<QList<MembershipChangeResult>>
MembershipService::apply(const QString &tenantId, const QList<MembershipChange> &changes,
                         bool allOrNothing, bool dryRun)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    // Each change is judged against the state the changes before it left, as if applied one
    // by one; a refused change writes nothing, so skipping it keeps the others consistent.
    membership::ChangeBatch batch(m_db, locked->actor, locked->tenant);
    auto applied = batch.applyAll(changes);
    if (!applied)
        return applied.error();
    const QList<MembershipChangeResult> &results = *applied;
    const bool anyRefused
            = std::any_of(results.cbegin(), results.cend(), [](const MembershipChangeResult &r) {
                  return r.outcome == MembershipChangeResult::Outcome::Refused;
              });
    if (dryRun || (allOrNothing && anyRefused)) {
        transaction.rollback();
        return results;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

} // namespace tenantdesk
