#include "core/tenantdata/exportplan.h"

#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"
#include "core/tenantdata/footprint.h"

#include <algorithm>

namespace tenantdesk::tenantdata {

Result<Tenant> findTenant(const Database &db, const QString &idOrSlug)
{
    auto found = tenancy::loadTenant(db, idOrSlug);
    if (found && !*found)
        found = tenancy::loadTenantBySlug(db, idOrSlug);
    if (!found)
        return found.error();
    if (!*found)
        return tenancy::tenantNotFound(idOrSlug);
    return **found;
}

QString tenantCondition(const QString &table, const QString &kind, const QString &prefix,
                        const QString &tenantId, QStringList &values)
{
    if (kind == QLatin1String("memory"))
        return namespaceCondition(prefix, values);
    values << tenantId;
    if (table == QLatin1String("tenants"))
        return QStringLiteral("\"id\" = ?");
    return QStringLiteral("\"tenant_id\" = ?");
}

Result<QList<ExportedTable>> planExport(const Database &db, const QString &tenantId,
                                        const QString &namespacePattern)
{
    QList<ExportedTable> plan;
    const QString prefix = NamespacePattern::prefix(namespacePattern, tenantId);
    auto add = [&](const QString &name, const QString &kind) -> Result<void> {
        auto columns = tableColumns(db.handle(), name);
        if (!columns)
            return columns.error();
        ExportedTable table;
        table.name = name;
        table.kind = kind;
        table.columns = *columns;
        std::sort(table.columns.begin(), table.columns.end());
        table.storedAs = QStringLiteral("t%1").arg(plan.size() + 1);
        table.where = tenantCondition(name, kind, prefix, tenantId, table.values);
        plan.append(table);
        return {};
    };
    for (const QString &name : {QStringLiteral("tenants"), QStringLiteral("workspaces"),
                                QStringLiteral("tenant_users")}) {
        if (auto added = add(name, QStringLiteral("tenancy")); !added)
            return added.error();
    }
    auto owned = ownedTables(db);
    if (!owned)
        return owned.error();
    for (const OwnedTable &table : *owned) {
        if (auto added = add(table.name, QStringLiteral("data")); !added)
            return added.error();
    }
    auto memory = memoryTable(db);
    if (!memory)
        return memory.error();
    if (memory->present) {
        if (auto added = add(QStringLiteral("memory"), QStringLiteral("memory")); !added)
            return added.error();
    }
    return plan;
}

QString exportSchemaSql()
{
    return QStringLiteral(
            "CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE export_tables (seq INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "stored_as TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, columns_json TEXT NOT NULL, "
            "rows INTEGER NOT NULL, sha256 TEXT NOT NULL);"
            "CREATE TABLE members (user_id TEXT PRIMARY KEY, username TEXT NOT NULL, "
            "email TEXT NOT NULL, role TEXT, created_at TEXT, password_hash TEXT);");
}

} // namespace tenantdesk::tenantdata
