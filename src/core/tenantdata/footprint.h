#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenantdesk {

class Database;

// A table that holds rows of tenants: it has a tenant_id (and maybe a workspace_id) column
// and is not one of the tenancy, people or bookkeeping tables handled by name. Found from
// the schema, so retrofitted tables and aistack's own ones count as soon as they exist.
struct OwnedTable
{
    QString name;
    QStringList columns; // in the table's order
    bool hasWorkspaceId = false;
    // An index (not partial) leads with the column: a count reads only the tenant's rows.
    // Otherwise the count scans the whole table.
    bool tenantIndexed = false;
    bool workspaceIndexed = false;
};

// aistack's memory table scopes entries by a namespace built from the tenant's and the
// workspace's ids. The pattern says how: {tenant} and {workspace} stand for the ids, and a
// tenant's entries are those whose namespace starts with the pattern up to {workspace}.
class NamespacePattern
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::NamespacePattern)

public:
    static QString defaultPattern(); // tenant:{tenant}:workspace:{workspace}
    // The QSettings key both programs' settings use for the pattern.
    static QString settingsKey();
    // The pattern of TenantDesk's settings (QSettings "TenantDesk"/"tenantdesk", shared by
    // both programs), else the default.
    static QString configured();
    // InvalidInput unless the pattern holds {tenant}, before {workspace} when it holds both.
    static Result<void> validate(const QString &pattern);
    // The namespace prefix of a tenant (empty workspaceId) or of one of its workspaces.
    static QString prefix(const QString &pattern, const QString &tenantId,
                          const QString &workspaceId = {});
};

struct TableRows
{
    QString table;
    qint64 rows = 0;
    bool scanned = false; // no index on the column: the count read the whole table
};

// What a tenant or a workspace owns in one database file.
struct Footprint
{
    QString tenantId;
    QString workspaceId; // empty for a tenant's footprint
    qint64 workspaces = 0;
    qint64 memberships = 0;
    QList<TableRows> tables; // every owned table with a matching column, rows or not
    bool hasMemory = false;  // the file has aistack's memory table
    qint64 memoryEntries = 0;
    bool memoryScanned = false;
    QString namespacePrefix;

    // Rows of owned tables plus memory entries: what deleting the tenant would lose.
    qint64 dataRows() const;
    // The tables whose count had to scan the whole table (no index on the column).
    QStringList scannedTables() const;
};

// Counts what a tenant or workspace owns, for the actor who may see it (Action::ViewTenant /
// ViewWorkspace; hidden and missing look alike: NotFound). Read-only; for the worker thread.
class TenantFootprint
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::TenantFootprint)

public:
    TenantFootprint(const Database &db, const Actor &actor,
                    const QString &namespacePattern = NamespacePattern::defaultPattern());

    Result<Footprint> ofTenant(const QString &tenantId) const;
    Result<Footprint> ofWorkspace(const QString &workspaceId) const;

    // One line per kind of data, for confirmations, "tenantctl tenant show --footprint" and
    // the pages: "3 workspaces", "notes: 12 rows (counted by scanning the whole table)".
    static QStringList describe(const Footprint &footprint);
    // The sentence refusing to delete a tenant that still owns data rows.
    static QString deletionRefusal(const QString &tenantSlug, const Footprint &footprint);

private:
    const Database &m_db;
    Actor m_actor;
    QString m_pattern;
};

namespace tenantdata {

// The tables holding tenant rows (see OwnedTable), ordered by name.
Result<QList<OwnedTable>> ownedTables(const Database &db);
// Whether the file has aistack's memory table with a namespace column; indexed: an index
// leads with namespace.
struct MemoryTable
{
    bool present = false;
    bool indexed = false;
    QStringList columns;
};
Result<MemoryTable> memoryTable(const Database &db);
// The WHERE condition (with "?" for each value in `values`) that selects the memory entries
// whose namespace starts with prefix, using an index on namespace when there is one.
QString namespaceCondition(const QString &prefix, QStringList &values);

// The footprint without an access check, for services that have checked already.
Result<Footprint> countTenant(const Database &db, const QString &tenantId,
                              const QString &namespacePattern);
Result<Footprint> countWorkspace(const Database &db, const QString &tenantId,
                                 const QString &workspaceId, const QString &namespacePattern);
// Deletes the tenant's rows of every owned table and its memory entries, inside the caller's
// write transaction (foreign keys are deferred to its commit, so the order does not matter).
Result<void> deleteTenantData(const Database &db, const Footprint &footprint);

} // namespace tenantdata

} // namespace tenantdesk
