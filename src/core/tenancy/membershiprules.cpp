#include "core/tenancy/membershiprules.h"

#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"

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

// NULL for the tenant-wide scope, the id otherwise.
QVariant scopeValue(const QString &workspaceId)
{
    return workspaceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(workspaceId);
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

} // namespace tenantdesk::membership
