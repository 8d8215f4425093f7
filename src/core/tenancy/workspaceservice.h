#pragma once

#include "core/access/actor.h"
#include "core/database/pageanchors.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QList>

namespace tenantdesk {

class Database;

// Workspaces of a tenant as the acting user may see and change them; same guarantees as
// TenantService.
class WorkspaceService
{
public:
    WorkspaceService(const Database &db, const Actor &actor);

    // Only workspaces the actor may see: all of the tenant for tenant-wide roles, only the
    // granted ones for workspace-scoped members.
    Result<QList<Workspace>> list(const QString &tenantId, const ListQuery &query) const;
    Result<qint64> count(const QString &tenantId, const QString &filter = {}) const;
    // The count and page anchors of list(tenantId, query) for pages of pageSize rows, in one
    // scan (query.after and query.limit are ignored). For the worker thread only.
    Result<PageAnchors> anchors(const QString &tenantId, const ListQuery &query,
                                int pageSize) const;
    static QVariantList cursorOf(const Workspace &workspace, ListQuery::SortKey key);

    // By id, or by slug within the tenant.
    Result<Workspace> find(const QString &tenantId, const QString &idOrSlug) const;

    Result<Workspace> create(const QString &tenantId, const QString &name, const QString &slug);
    Result<Workspace> rename(const QString &workspaceId, const QString &name);
    Result<Workspace> updateSettings(const QString &workspaceId, const QJsonObject &settings);
    Result<DeletionImpact> deletionImpact(const QString &workspaceId) const;
    // confirmSlug must equal the workspace's slug.
    Result<void> remove(const QString &workspaceId, const QString &confirmSlug);

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
