#include "core/tenancy/membershipservice.h"

#include "core/access/accesspolicy.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/membershipservicesupport.h"
#include "core/tenancy/tenancysql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace tenantdesk {

using namespace tenancy;
using membership::applyOne;
using membership::kMembershipSelect;
using membership::lockTenant;
using membership::membershipsFrom;

namespace {

// Takes the write lock as lockTenant does, then requires what prune and merge need: they change
// tenant-wide grants of any role, so the rule of ManageTenantRole for the highest role,
// tenant_admin (architecture.md §3).
Result<membership::LockedTenant> lockTenantAsItsAdmin(const Database &db,
                                                      WriteTransaction &transaction,
                                                      const Actor &signedIn,
                                                      const QString &tenantId)
{
    auto locked = lockTenant(db, transaction, signedIn, tenantId);
    if (!locked)
        return locked.error();
    if (auto allowed = AccessPolicy(db).require(locked->actor, Action::ManageTenantRole,
                                                {locked->tenant.id, {}, TenantRole::TenantAdmin});
        !allowed)
        return allowed.error();
    return locked;
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

Result<QList<Membership>> MembershipService::pruneOrphans(const QString &tenantId, bool dryRun)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenantAsItsAdmin(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    const Actor &actor = locked->actor;
    auto rows = membershipsFrom(
            m_db,
            kMembershipSelect
                    + QStringLiteral("WHERE tu.tenant_id = ? AND u.id IS NULL ORDER BY tu.rowid"),
            {tenantId});
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
    auto locked = lockTenantAsItsAdmin(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    const Actor &actor = locked->actor;
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

} // namespace tenantdesk
