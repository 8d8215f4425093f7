#include "core/tenancy/membershiprules.h"

#include "core/database/database.h"
#include "core/database/rowscan.h"
#include "core/tenancy/tenancysql.h"

namespace tenantdesk::membership {

using namespace tenancy;

const char kSelectSql[]
        = "SELECT tu.rowid, tu.tenant_id, tu.user_id, tu.workspace_id, tu.role, tu.created_at, "
          "u.username, u.email, w.slug, w.name, u.id IS NOT NULL FROM tenant_users tu "
          "LEFT JOIN users u ON u.id = tu.user_id LEFT JOIN workspaces w ON w.id = "
          "tu.workspace_id ";

Membership fromRow(const ScanRow &row)
{
    const auto text = [&row](int column) {
        return QString::fromUtf8(row.utf8(column));
    };
    Membership membership;
    membership.rowId = row.integer(0);
    membership.tenantId = text(1);
    membership.userId = text(2);
    membership.workspaceId = text(3);
    membership.role = tenantRoleFromName(text(4)).value_or(TenantRole::None);
    membership.createdAt = row.integer(5);
    membership.username = text(6);
    membership.email = text(7);
    membership.workspaceSlug = text(8);
    membership.workspaceName = text(9);
    membership.userExists = row.integer(10) != 0;
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
    std::optional<Membership> found;
    auto read = scanRows(db, loadSql(), {tenantId, userId, scopeValue(workspaceId)},
                         [&found](const ScanRow &row) -> Result<void> {
                             found = fromRow(row);
                             return {};
                         });
    if (!read)
        return explain(db, read.error());
    return found;
}

} // namespace tenantdesk::membership
