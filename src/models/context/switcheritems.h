#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

#include <vector>

namespace tenantdesk {

class Database;
struct Tenant;
struct Workspace;

// The rows of SwitcherModel and how they are loaded on the worker thread. Plain values, so
// that what a job builds can cross threads by copy.
namespace switcher {

struct WorkspaceItem
{
    QString id;
    QString name;
    QString slug;
    QVariantList cursor; // keyset paging position (by name)
};

struct TenantItem
{
    QString id;
    QString name;
    QString slug;
    QVariantList cursor;
    int row = 0;
    std::vector<WorkspaceItem> workspaces;
    // Children page in lazily; false for the fixed matches of a search.
    bool lazy = true;
    bool complete = false;
    bool fetching = false;
};

struct WorkspacePage
{
    std::vector<WorkspaceItem> items;
    bool complete = false;
};

// What one refresh or search found.
struct Snapshot
{
    std::vector<TenantItem> tenants;
    bool tenantsComplete = true;
    bool truncated = false;
    QHash<QString, WorkspacePage> workspaces; // reloaded children of lazy tenants
};

// One page (by name) after `after`.
ListQuery pageQuery(const QVariantList &after, int limit);
WorkspaceItem itemOf(const Workspace &workspace);
TenantItem itemOf(const Tenant &tenant);

// Runs on the worker: the first tenantLimit tenants (empty filter), or the matches of a
// bounded ContextSearch grouped by tenant (a tenant that matched itself pages its
// workspaces lazily; one that matched through workspaces gets exactly those); plus, for
// each (tenant id, limit) in expanded, that tenant's workspaces again.
Result<Snapshot> loadSnapshot(const Database &db, const Actor &actor, const QString &filter,
                              int tenantLimit, int searchLimit,
                              const QList<QPair<QString, int>> &expanded);

} // namespace switcher
} // namespace tenantdesk
