#include "core/migration/retrofitgenerator.h"

#include "core/migration/migrationledger.h"

#include "core/database/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace tenantdesk {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
}

const QString kDefaultTenant = QStringLiteral("(SELECT id FROM tenants WHERE slug = 'default')");
const QString kDefaultWorkspace
        = QStringLiteral("(SELECT w.id FROM workspaces w JOIN tenants t ON t.id = w.tenant_id "
                         "WHERE t.slug = 'default' AND w.slug = 'default')");

// A statement that fails, changing nothing, unless `condition` holds: SQLite has no ASSERT,
// but a CHECK constraint on a temporary table names itself in its error message.
QString guard(const QString &constraint, const QString &condition)
{
    return QStringLiteral("CREATE TEMP TABLE tenantdesk_retrofit_guard (ok INTEGER CONSTRAINT %1 "
                          "CHECK (ok = 1));\n"
                          "INSERT INTO tenantdesk_retrofit_guard SELECT EXISTS %2;\n"
                          "DROP TABLE tenantdesk_retrofit_guard;\n")
            .arg(constraint, condition);
}

} // namespace

RetrofitGenerator::RetrofitGenerator(const Database &db)
    : m_db(db)
{ }

Result<void> RetrofitGenerator::checkTable(const QString &table, bool workspace) const
{
    static const QStringList reserved{
            QStringLiteral("tenants"),         QStringLiteral("workspaces"),
            QStringLiteral("tenant_users"),    QStringLiteral("users"),
            QStringLiteral("audit_log_chain"), MigrationLedger::tableName()};
    if (reserved.contains(table, Qt::CaseInsensitive) || table.startsWith(QLatin1String("sqlite_")))
        return invalidInput(
                tr("%1 is a tenancy or bookkeeping table, not a domain table; it cannot "
                   "be retrofitted.")
                        .arg(table));
    if (!m_db.hasTable(table))
        return notFound(tr("There is no table named %1 in the database.").arg(table));
    auto columns = m_db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!columns)
        return columns.error();
    while (columns->next()) {
        const QString column = columns->value(0).toString();
        if (column.compare(QLatin1String("tenant_id"), Qt::CaseInsensitive) == 0
            || (workspace
                && column.compare(QLatin1String("workspace_id"), Qt::CaseInsensitive) == 0))
            return conflict(tr("%1 already has a %2 column.").arg(table, column));
    }
    return {};
}

Result<QByteArray> RetrofitGenerator::generate(const RetrofitOptions &options) const
{
    if (options.tables.isEmpty())
        return invalidInput(tr("Name at least one table to retrofit."));
    QStringList tables;
    for (const QString &table : options.tables) {
        if (tables.contains(table))
            continue;
        if (auto checked = checkTable(table, options.workspace); !checked)
            return checked.error();
        tables.append(table);
    }
    const bool workspace = options.workspace;
    QString up;
    QString down;
    up += QStringLiteral("-- Stops here, changing nothing, when there is no default %1 to assign "
                         "rows to.\n")
                  .arg(workspace ? QStringLiteral("tenant and workspace")
                                 : QStringLiteral("tenant"));
    up += guard(QStringLiteral("default_tenant_must_exist"), kDefaultTenant);
    if (workspace)
        up += guard(QStringLiteral("default_workspace_must_exist"), kDefaultWorkspace);
    for (const QString &table : std::as_const(tables)) {
        const QString t = quoted(table);
        const QString tenantIndex = quoted(QStringLiteral("idx_%1_tenant").arg(table));
        const QString workspaceIndex = quoted(QStringLiteral("idx_%1_tenant_workspace").arg(table));
        up += QStringLiteral("\n-- %1\n").arg(table);
        // Nullable, because SQLite cannot add a NOT NULL column without a constant default;
        // the backfill leaves no NULL behind.
        up += QStringLiteral("ALTER TABLE %1 ADD COLUMN tenant_id TEXT REFERENCES tenants(id);\n")
                      .arg(t);
        up += QStringLiteral("UPDATE %1 SET tenant_id = %2 WHERE tenant_id IS NULL;\n")
                      .arg(t, kDefaultTenant);
        up += QStringLiteral("CREATE INDEX %1 ON %2(tenant_id);\n").arg(tenantIndex, t);
        if (workspace) {
            up += QStringLiteral("ALTER TABLE %1 ADD COLUMN workspace_id TEXT REFERENCES "
                                 "workspaces(id);\n")
                          .arg(t);
            up += QStringLiteral("UPDATE %1 SET workspace_id = %2 WHERE workspace_id IS NULL;\n")
                          .arg(t, kDefaultWorkspace);
            up += QStringLiteral("CREATE INDEX %1 ON %2(tenant_id, workspace_id);\n")
                          .arg(workspaceIndex, t);
        }
    }
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        const QString t = quoted(*it);
        down += QStringLiteral("\n-- %1\n").arg(*it);
        // An indexed column cannot be dropped: the indexes go first.
        if (workspace) {
            down += QStringLiteral("DROP INDEX IF EXISTS %1;\n")
                            .arg(quoted(QStringLiteral("idx_%1_tenant_workspace").arg(*it)));
            down += QStringLiteral("ALTER TABLE %1 DROP COLUMN workspace_id;\n").arg(t);
        }
        down += QStringLiteral("DROP INDEX IF EXISTS %1;\n")
                        .arg(quoted(QStringLiteral("idx_%1_tenant").arg(*it)));
        down += QStringLiteral("ALTER TABLE %1 DROP COLUMN tenant_id;\n").arg(t);
    }

    const QString name
            = options.migrationName.isEmpty() ? QStringLiteral("retrofit") : options.migrationName;
    QString text = QStringLiteral("-- Migration %1: tenant scope for %2.\n")
                           .arg(name, tables.join(QStringLiteral(", ")));
    text += QStringLiteral(
                    "-- Generated by TenantDesk on %1. Existing rows go to the default tenant%2 "
                    "(slug\n-- 'default'), which must exist before this runs. Review it before "
                    "applying.\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                         workspace ? QStringLiteral(" and its default workspace") : QString());
    text += QStringLiteral("\n-- ==================== UP ====================\n\n") + up;
    text += QStringLiteral("\n-- ==================== DOWN ====================\n") + down;
    return text.toUtf8();
}

} // namespace tenantdesk
