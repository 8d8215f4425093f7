#include "core/tenancy/workspaceservice.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/namedrows.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>

namespace tenantdesk {

using namespace tenancy;

namespace {

// The rows of the tenant the actor may see: all of them with a tenant-wide role (or as
// global admin), else only the workspaces granted to them. The tenant itself must be
// visible; otherwise the list is refused with the rule.
Result<QString> visibleWorkspacesSql(const Database &db, const Actor &actor,
                                     const QString &tenantId, QVariantList &values)
{
    auto tenant = loadTenant(db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    const AccessPolicy policy(db);
    if (auto allowed = policy.require(actor, Action::ViewTenant, {tenantId, {}, {}}); !allowed)
        return allowed.error();
    values << tenantId;
    if (actor.isGlobalAdmin())
        return QString();
    auto tenantWide = policy.effectiveRole(actor.userId, tenantId);
    if (!tenantWide)
        return tenantWide.error();
    if (*tenantWide != TenantRole::None)
        return QString();
    values << tenantId << actor.userId;
    return QStringLiteral(" AND w.id IN (SELECT workspace_id FROM tenant_users WHERE tenant_id = ? "
                          "AND user_id = ? AND workspace_id IS NOT NULL)");
}

} // namespace

WorkspaceService::WorkspaceService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<QList<Workspace>> WorkspaceService::list(const QString &tenantId,
                                                const ListQuery &query) const
{
    QVariantList values;
    auto visible = visibleWorkspacesSql(m_db, m_actor, tenantId, values);
    if (!visible)
        return visible.error();
    const PageSql page = pageSql(query, QStringLiteral("w"));
    values << page.whereValues << page.tailValues;
    auto rows = m_db.exec(QStringLiteral("SELECT %1 FROM workspaces w WHERE w.tenant_id = ?%2%3%4")
                                  .arg(workspaceColumns(), *visible, page.where, page.tail),
                          values);
    if (!rows)
        return explain(m_db, rows.error());
    QList<Workspace> workspaces;
    while (rows->next())
        workspaces.append(workspaceFromQuery(*rows));
    return workspaces;
}

Result<qint64> WorkspaceService::count(const QString &tenantId, const QString &filter) const
{
    QVariantList values;
    auto visible = visibleWorkspacesSql(m_db, m_actor, tenantId, values);
    if (!visible)
        return visible.error();
    const QString filtered = filterSql(filter, QStringLiteral("w"), values);
    auto total = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM workspaces w WHERE w.tenant_id = ?%1%2")
                    .arg(*visible, filtered),
            values);
    if (!total)
        return explain(m_db, total.error());
    return total->toLongLong();
}

Result<PageAnchors> WorkspaceService::anchors(const QString &tenantId, const ListQuery &query,
                                              int pageSize) const
{
    QVariantList values;
    auto visible = visibleWorkspacesSql(m_db, m_actor, tenantId, values);
    if (!visible)
        return visible.error();
    const QString filtered = filterSql(query.filter, QStringLiteral("w"), values);
    auto anchors = scanPageAnchors(
            m_db,
            cursorColumnsSql(query, QStringLiteral("w"))
                    + QStringLiteral(" FROM workspaces w WHERE w.tenant_id = ?%1%2%3")
                              .arg(*visible, filtered, orderSql(query, QStringLiteral("w"))),
            values, pageSize);
    if (!anchors)
        return explain(m_db, anchors.error());
    return anchors;
}

QVariantList WorkspaceService::cursorOf(const Workspace &workspace, ListQuery::SortKey key)
{
    return keysetCursor(workspace, key);
}

Result<Workspace> WorkspaceService::find(const QString &tenantId, const QString &idOrSlug) const
{
    auto found = loadWorkspace(m_db, idOrSlug);
    if (found && *found && !tenantId.isEmpty() && (*found)->tenantId != tenantId)
        found = std::optional<Workspace>();
    if (found && !*found && !tenantId.isEmpty())
        found = loadWorkspaceBySlug(m_db, tenantId, idOrSlug);
    if (!found)
        return found.error();
    if (!*found)
        return workspaceNotFound(idOrSlug);
    auto decision = AccessPolicy(m_db).decide(m_actor, Action::ViewWorkspace,
                                              {(*found)->tenantId, (*found)->id, {}});
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return workspaceNotFound(idOrSlug);
    return **found;
}

Result<Workspace> WorkspaceService::create(const QString &tenantId, const QString &name,
                                           const QString &slug)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    if (auto valid = validateSlug(slug); !valid)
        return valid.error();
    WriteTransaction transaction(m_db);
    auto actor = beginWriteAs(transaction, m_db, m_actor);
    if (!actor)
        return actor.error();
    auto tenant = loadTenant(m_db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    if (auto allowed
        = AccessPolicy(m_db).require(*actor, Action::CreateWorkspace, {tenantId, {}, {}});
        !allowed)
        return allowed.error();
    auto workspace = insertWorkspace(m_db, *actor, **tenant, name, slug);
    if (!workspace)
        return workspace.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor->auditName() << "created workspace" << (*tenant)->slug << slug;
    return *workspace;
}

Result<Workspace> WorkspaceService::rename(const QString &workspaceId, const QString &name)
{
    return renameRow<Workspace>(m_db, m_actor, workspaceId, name);
}

Result<Workspace> WorkspaceService::updateSettings(const QString &workspaceId,
                                                   const QJsonObject &settings)
{
    return updateRowSettings<Workspace>(m_db, m_actor, workspaceId, settings);
}

Result<DeletionImpact> WorkspaceService::deletionImpact(const QString &workspaceId) const
{
    return deletionImpactOf<Workspace>(m_db, m_actor, workspaceId);
}

Result<void> WorkspaceService::remove(const QString &workspaceId, const QString &confirmSlug)
{
    return removeRow<Workspace>(m_db, m_actor, workspaceId, confirmSlug);
}

} // namespace tenantdesk
