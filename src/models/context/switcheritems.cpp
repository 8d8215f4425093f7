#include "models/context/switcheritems.h"

#include "core/tenancy/contextsearch.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

namespace tenantdesk::switcher {

ListQuery pageQuery(const QVariantList &after, int limit)
{
    ListQuery query;
    query.sortKey = ListQuery::SortKey::Name;
    query.after = after;
    query.limit = limit;
    return query;
}

WorkspaceItem itemOf(const Workspace &workspace)
{
    return {workspace.id, workspace.name, workspace.slug,
            WorkspaceService::cursorOf(workspace, ListQuery::SortKey::Name)};
}

TenantItem itemOf(const Tenant &tenant)
{
    TenantItem item;
    item.id = tenant.id;
    item.name = tenant.name;
    item.slug = tenant.slug;
    item.cursor = TenantService::cursorOf(tenant, ListQuery::SortKey::Name);
    return item;
}

Result<Snapshot> loadSnapshot(const Database &db, const Actor &actor, const QString &filter,
                              int tenantLimit, int searchLimit,
                              const QList<QPair<QString, int>> &expanded)
{
    Snapshot snapshot;
    if (filter.isEmpty()) {
        auto tenants = TenantService(db, actor).list(pageQuery({}, tenantLimit));
        if (!tenants)
            return tenants.error();
        snapshot.tenantsComplete = tenants->size() < tenantLimit;
        for (const Tenant &tenant : std::as_const(*tenants))
            snapshot.tenants.push_back(itemOf(tenant));
    } else {
        auto found = ContextSearch(db, actor).search(filter, searchLimit + 1);
        if (!found)
            return found.error();
        snapshot.truncated = found->size() > searchLimit;
        QHash<QString, size_t> rowOf;
        for (const SwitchTarget &target : found->mid(0, searchLimit)) {
            auto at = rowOf.find(target.tenantId);
            if (at == rowOf.end()) {
                TenantItem item;
                item.id = target.tenantId;
                item.name = target.tenantName;
                item.slug = target.tenantSlug;
                item.lazy = false;
                item.complete = true;
                at = rowOf.insert(target.tenantId, snapshot.tenants.size());
                snapshot.tenants.push_back(std::move(item));
            }
            TenantItem &item = snapshot.tenants.at(*at);
            if (target.workspaceId.isEmpty()) {
                // The tenant matched itself: all its workspaces, page by page.
                item.lazy = true;
                item.complete = false;
            } else {
                item.workspaces.push_back(
                        {target.workspaceId, target.workspaceName, target.workspaceSlug, {}});
            }
        }
        for (TenantItem &item : snapshot.tenants) {
            if (item.lazy)
                item.workspaces.clear();
        }
    }
    const WorkspaceService workspaces(db, actor);
    for (const auto &[tenantId, limit] : expanded) {
        auto page = workspaces.list(tenantId, pageQuery({}, limit));
        if (!page)
            continue; // the tenant went away; the merge drops it
        WorkspacePage reloaded;
        reloaded.complete = page->size() < limit;
        for (const Workspace &workspace : std::as_const(*page))
            reloaded.items.push_back(itemOf(workspace));
        snapshot.workspaces.insert(tenantId, std::move(reloaded));
    }
    return snapshot;
}

} // namespace tenantdesk::switcher
