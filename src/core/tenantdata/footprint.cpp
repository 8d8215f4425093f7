#include "core/tenantdata/footprint.h"

#include "core/access/accesspolicy.h"
#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"
#include "core/tenantdata/sqlitestatement.h"

#include <QSet>
#include <QSettings>
#include <QSqlQuery>

namespace tenantdesk {

using tenantdata::quoted;

namespace {

const QString kTenantPlaceholder = QStringLiteral("{tenant}");
const QString kWorkspacePlaceholder = QStringLiteral("{workspace}");

// Tables handled by name (tenancy, people, the audit chain, memory by its namespace) or
// TenantDesk's own bookkeeping: never "owned data", even with a tenant_id column.
bool isHandledByName(const QString &table)
{
    static const QSet<QString> names{
            QStringLiteral("tenants"),         QStringLiteral("workspaces"),
            QStringLiteral("tenant_users"),    QStringLiteral("users"),
            QStringLiteral("audit_log_chain"), QStringLiteral("memory"),
            QStringLiteral("refresh_tokens")};
    return names.contains(table) || table.startsWith(QLatin1String("tenantdesk_"))
            || table.startsWith(QLatin1String("sqlite_"));
}

Result<bool> leadsAnIndex(const Database &db, const QString &table, const QString &column)
{
    auto found = db.scalar(QStringLiteral("SELECT 1 FROM pragma_index_list(?) l "
                                          "JOIN pragma_index_info(l.name) i "
                                          "WHERE l.partial = 0 AND i.seqno = 0 AND i.name = ? "
                                          "LIMIT 1"),
                           {table, column});
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<qint64> countWhere(const Database &db, const QString &table, const QString &condition,
                          const QStringList &values)
{
    QVariantList bound;
    for (const QString &value : values)
        bound << value;
    auto count = db.scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quoted(table), condition),
            bound);
    if (!count)
        return tenancy::explain(db, count.error());
    return count->toLongLong();
}

Result<qint64> countColumn(const Database &db, const QString &table, const QString &column,
                           const QString &id)
{
    return countWhere(db, table, QStringLiteral("%1 = ?").arg(quoted(column)), {id});
}

Result<void> countOwned(const Database &db, Footprint &footprint, const QString &pattern)
{
    const bool workspace = !footprint.workspaceId.isEmpty();
    auto tables = tenantdata::ownedTables(db);
    if (!tables)
        return tables.error();
    for (const OwnedTable &table : *tables) {
        if (workspace && !table.hasWorkspaceId)
            continue;
        TableRows rows;
        rows.table = table.name;
        // A workspace's rows by tenant and workspace: the retrofit's (tenant_id,
        // workspace_id) index serves both counts.
        rows.scanned = !table.tenantIndexed;
        auto count = workspace
                ? countWhere(db, table.name,
                             QStringLiteral("\"tenant_id\" = ? AND \"workspace_id\" = ?"),
                             {footprint.tenantId, footprint.workspaceId})
                : countColumn(db, table.name, QStringLiteral("tenant_id"), footprint.tenantId);
        if (!count)
            return count.error();
        rows.rows = *count;
        footprint.tables.append(rows);
    }
    auto memory = tenantdata::memoryTable(db);
    if (!memory)
        return memory.error();
    footprint.hasMemory = memory->present;
    footprint.namespacePrefix
            = NamespacePattern::prefix(pattern, footprint.tenantId, footprint.workspaceId);
    if (memory->present) {
        QStringList values;
        const QString condition = tenantdata::namespaceCondition(footprint.namespacePrefix, values);
        auto entries = countWhere(db, QStringLiteral("memory"), condition, values);
        if (!entries)
            return entries.error();
        footprint.memoryEntries = *entries;
        footprint.memoryScanned = !memory->indexed;
    }
    return {};
}

} // namespace

QString NamespacePattern::defaultPattern()
{
    return QStringLiteral("tenant:{tenant}:workspace:{workspace}");
}

QString NamespacePattern::settingsKey()
{
    return QStringLiteral("tenantData/namespacePattern");
}

QString NamespacePattern::configured()
{
    const QSettings settings(QStringLiteral("TenantDesk"), QStringLiteral("tenantdesk"));
    const QString pattern = settings.value(settingsKey()).toString();
    return pattern.isEmpty() ? defaultPattern() : pattern;
}

Result<void> NamespacePattern::validate(const QString &pattern)
{
    const qsizetype tenant = pattern.indexOf(kTenantPlaceholder);
    const qsizetype workspace = pattern.indexOf(kWorkspacePlaceholder);
    if (tenant < 0 || (workspace >= 0 && workspace < tenant))
        return invalidInput(tr("The memory namespace pattern \"%1\" must contain {tenant}, "
                               "before {workspace} when it contains both.")
                                    .arg(pattern));
    return {};
}

QString NamespacePattern::prefix(const QString &pattern, const QString &tenantId,
                                 const QString &workspaceId)
{
    QString text = pattern;
    const qsizetype workspace = text.indexOf(kWorkspacePlaceholder);
    if (workspaceId.isEmpty()) {
        if (workspace >= 0)
            text.truncate(workspace);
    } else if (workspace >= 0) {
        text.replace(kWorkspacePlaceholder, workspaceId);
    }
    return text.replace(kTenantPlaceholder, tenantId);
}

qint64 Footprint::dataRows() const
{
    qint64 total = memoryEntries;
    for (const TableRows &table : tables)
        total += table.rows;
    return total;
}

QStringList Footprint::scannedTables() const
{
    QStringList names;
    for (const TableRows &table : tables) {
        if (table.scanned)
            names << table.table;
    }
    if (hasMemory && memoryScanned)
        names << QStringLiteral("memory");
    return names;
}

TenantFootprint::TenantFootprint(const Database &db, const Actor &actor,
                                 const QString &namespacePattern)
    : m_db(db)
    , m_actor(actor)
    , m_pattern(namespacePattern)
{ }

Result<Footprint> TenantFootprint::ofTenant(const QString &tenantId) const
{
    if (auto valid = NamespacePattern::validate(m_pattern); !valid)
        return valid.error();
    auto tenant = tenancy::loadTenant(m_db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenancy::tenantNotFound(tenantId);
    auto decision = AccessPolicy(m_db).decide(m_actor, Action::ViewTenant, {tenantId, {}, {}});
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return tenancy::tenantNotFound(tenantId);
    return tenantdata::countTenant(m_db, tenantId, m_pattern);
}

Result<Footprint> TenantFootprint::ofWorkspace(const QString &workspaceId) const
{
    if (auto valid = NamespacePattern::validate(m_pattern); !valid)
        return valid.error();
    auto workspace = tenancy::loadWorkspace(m_db, workspaceId);
    if (!workspace)
        return workspace.error();
    if (!*workspace)
        return tenancy::workspaceNotFound(workspaceId);
    auto decision = AccessPolicy(m_db).decide(m_actor, Action::ViewWorkspace,
                                              {(*workspace)->tenantId, workspaceId, {}});
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return tenancy::workspaceNotFound(workspaceId);
    return tenantdata::countWorkspace(m_db, (*workspace)->tenantId, workspaceId, m_pattern);
}

QStringList TenantFootprint::describe(const Footprint &footprint)
{
    QStringList lines;
    if (footprint.workspaceId.isEmpty())
        lines << tr("%n workspace(s)", "", int(footprint.workspaces));
    lines << tr("%n membership(s)", "", int(footprint.memberships));
    for (const TableRows &table : footprint.tables) {
        if (table.rows == 0)
            continue;
        lines << (table.scanned
                          ? tr("%n row(s) in table %1 (counted by reading the whole table: "
                               "no index on its tenant column)",
                               "", int(table.rows))
                                    .arg(table.table)
                          : tr("%n row(s) in table %1", "", int(table.rows)).arg(table.table));
    }
    if (footprint.hasMemory)
        lines << tr("%n memory entry(s) in namespaces starting with \"%1\"", "",
                    int(footprint.memoryEntries))
                         .arg(footprint.namespacePrefix);
    return lines;
}

QString TenantFootprint::deletionRefusal(const QString &tenantSlug, const Footprint &footprint)
{
    QStringList data;
    for (const TableRows &table : footprint.tables) {
        if (table.rows > 0)
            data << tr("%n row(s) in table %1", "", int(table.rows)).arg(table.table);
    }
    if (footprint.memoryEntries > 0)
        data << tr("%n memory entry(s)", "", int(footprint.memoryEntries));
    return tr("Tenant %1 still owns data (%2); it is deleted only together with that data "
              "(tenantctl: --with-data), or after moving it to another installation.")
            .arg(tenantSlug, data.join(QStringLiteral(", ")));
}

namespace tenantdata {

Result<QList<OwnedTable>> ownedTables(const Database &db)
{
    auto rows = db.exec(QStringLiteral(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
            "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' "
            "ORDER BY m.name, p.cid"));
    if (!rows)
        return tenancy::explain(db, rows.error());
    QList<OwnedTable> all;
    while (rows->next()) {
        const QString table = rows->value(0).toString();
        if (isHandledByName(table))
            continue;
        if (all.isEmpty() || all.last().name != table)
            all.append(OwnedTable{table, {}, false, false, false});
        all.last().columns << rows->value(1).toString();
    }
    QList<OwnedTable> owned;
    for (OwnedTable &table : all) {
        if (!table.columns.contains(QStringLiteral("tenant_id")))
            continue;
        table.hasWorkspaceId = table.columns.contains(QStringLiteral("workspace_id"));
        auto tenantIndexed = leadsAnIndex(db, table.name, QStringLiteral("tenant_id"));
        if (!tenantIndexed)
            return tenancy::explain(db, tenantIndexed.error());
        table.tenantIndexed = *tenantIndexed;
        if (table.hasWorkspaceId) {
            auto workspaceIndexed = leadsAnIndex(db, table.name, QStringLiteral("workspace_id"));
            if (!workspaceIndexed)
                return tenancy::explain(db, workspaceIndexed.error());
            table.workspaceIndexed = *workspaceIndexed;
        }
        owned.append(table);
    }
    return owned;
}

Result<MemoryTable> memoryTable(const Database &db)
{
    MemoryTable memory;
    auto columns = db.exec(QStringLiteral("SELECT name FROM pragma_table_info('memory')"));
    if (!columns)
        return tenancy::explain(db, columns.error());
    while (columns->next())
        memory.columns << columns->value(0).toString();
    memory.present = memory.columns.contains(QStringLiteral("namespace"));
    if (!memory.present)
        return memory;
    auto indexed = leadsAnIndex(db, QStringLiteral("memory"), QStringLiteral("namespace"));
    if (!indexed)
        return tenancy::explain(db, indexed.error());
    memory.indexed = *indexed;
    return memory;
}

QString namespaceCondition(const QString &prefix, QStringList &values)
{
    // A range on the column lets SQLite use an index on namespace; it is exact when the
    // prefix ends in a printable ASCII character (the default pattern's ids and colons).
    const QChar last = prefix.isEmpty() ? QChar() : prefix.back();
    if (last.unicode() >= 0x20 && last.unicode() < 0x7e) {
        QString upper = prefix;
        upper.back() = QChar(last.unicode() + 1);
        values << prefix << upper;
        return QStringLiteral("\"namespace\" >= ? AND \"namespace\" < ?");
    }
    values << prefix;
    return QStringLiteral("substr(\"namespace\", 1, %1) = ?").arg(prefix.toUcs4().size());
}

Result<Footprint> countTenant(const Database &db, const QString &tenantId,
                              const QString &namespacePattern)
{
    Footprint footprint;
    footprint.tenantId = tenantId;
    auto workspaces
            = countColumn(db, QStringLiteral("workspaces"), QStringLiteral("tenant_id"), tenantId);
    if (!workspaces)
        return workspaces.error();
    footprint.workspaces = *workspaces;
    auto memberships = countColumn(db, QStringLiteral("tenant_users"), QStringLiteral("tenant_id"),
                                   tenantId);
    if (!memberships)
        return memberships.error();
    footprint.memberships = *memberships;
    if (auto counted = countOwned(db, footprint, namespacePattern); !counted)
        return counted.error();
    return footprint;
}

Result<Footprint> countWorkspace(const Database &db, const QString &tenantId,
                                 const QString &workspaceId, const QString &namespacePattern)
{
    Footprint footprint;
    footprint.tenantId = tenantId;
    footprint.workspaceId = workspaceId;
    auto memberships = countColumn(db, QStringLiteral("tenant_users"),
                                   QStringLiteral("workspace_id"), workspaceId);
    if (!memberships)
        return memberships.error();
    footprint.memberships = *memberships;
    if (auto counted = countOwned(db, footprint, namespacePattern); !counted)
        return counted.error();
    return footprint;
}

Result<void> deleteTenantData(const Database &db, const Footprint &footprint)
{
    // Owned tables may refer to each other; checking at the commit makes the order free.
    if (auto deferred = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return tenancy::explain(db, deferred.error());
    for (const TableRows &table : footprint.tables) {
        if (table.rows == 0)
            continue;
        auto deleted = db.exec(
                QStringLiteral("DELETE FROM %1 WHERE \"tenant_id\" = ?").arg(quoted(table.table)),
                {footprint.tenantId});
        if (!deleted)
            return tenancy::explain(db, deleted.error());
    }
    if (footprint.hasMemory && footprint.memoryEntries > 0) {
        QStringList values;
        const QString condition = namespaceCondition(footprint.namespacePrefix, values);
        QVariantList bound;
        for (const QString &value : values)
            bound << value;
        auto deleted
                = db.exec(QStringLiteral("DELETE FROM \"memory\" WHERE %1").arg(condition), bound);
        if (!deleted)
            return tenancy::explain(db, deleted.error());
    }
    return {};
}

} // namespace tenantdata

} // namespace tenantdesk
