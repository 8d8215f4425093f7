#pragma once

#include "core/access/actor.h"
#include "core/database/pageanchors.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace tenantdesk {

class Database;

// How a deletion treats the tenant's data rows (tables with a tenant_id column, memory
// entries in its namespaces: TenantFootprint).
struct TenantRemoval
{
    bool withData = false;    // delete them in the same transaction; otherwise refuse
    QString namespacePattern; // empty: NamespacePattern::defaultPattern()
    // Runs inside the deletion's transaction before anything is deleted; an error stops
    // it (a move checks there that the source still equals its export).
    std::function<Result<void>()> verify;
};

// Tenants as the acting user may see and change them. Every call checks access first
// (AccessPolicy); every change is one transaction together with its audit entry.
class TenantService
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::TenantService)

public:
    TenantService(const Database &db, const Actor &actor);

    // Only tenants the actor may see (global admins: all).
    Result<QList<Tenant>> list(const ListQuery &query) const;
    Result<qint64> count(const QString &filter = {}) const;
    // The count and page anchors of list(query) for pages of pageSize rows, in one scan
    // (query.after and query.limit are ignored). For the worker thread only.
    Result<PageAnchors> anchors(const ListQuery &query, int pageSize) const;
    // The paging cursor of a row for ListQuery::after.
    static QVariantList cursorOf(const Tenant &tenant, ListQuery::SortKey key);

    // By id or slug; NotFound when missing or not visible to the actor.
    Result<Tenant> find(const QString &idOrSlug) const;

    // Creates a tenant; with firstWorkspaceSlug also its first workspace (named like the
    // slug). The creator is not made a member: global admins see every tenant.
    Result<Tenant> create(const QString &name, const QString &slug,
                          const QString &firstWorkspaceSlug = {});
    Result<Tenant> rename(const QString &tenantId, const QString &name);
    Result<Tenant> updateSettings(const QString &tenantId, const QJsonObject &settings);
    Result<DeletionImpact> deletionImpact(const QString &tenantId) const;
    using Removal = TenantRemoval;
    // Deletes the tenant with its workspaces and memberships; confirmSlug must equal the
    // tenant's slug. A tenant that still owns data rows is refused (Conflict, naming the
    // counts) unless removal.withData, which deletes them too.
    Result<void> remove(const QString &tenantId, const QString &confirmSlug,
                        const Removal &removal = {});

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
