#include "core/tenancy/workspaceservice.h"

#include "core/access/accesspolicy.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>

#include <functional>

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

Result<DeletionImpact> impactOf(const Database &db, const QString &workspaceId)
{
    auto memberships
            = db.scalar(QStringLiteral("SELECT count(*) FROM tenant_users WHERE workspace_id = ?"),
                        {workspaceId});
    if (!memberships)
        return explain(db, memberships.error());
    DeletionImpact impact;
    impact.memberships = memberships->toLongLong();
    return impact;
}

// One edit of an existing workspace, as TenantService edits tenants: one transaction with
// the access check, the update and its audit entry; an edit that changes nothing is not
// recorded.
Result<Workspace> change(const Database &db, const Actor &actor, const QString &workspaceId,
                         Action action,
                         const std::function<std::optional<QString>(Workspace &)> &edit)
{
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = loadWorkspace(db, workspaceId);
    if (!found)
        return found.error();
    if (!*found)
        return workspaceNotFound(workspaceId);
    const Workspace before = **found;
    if (auto allowed = AccessPolicy(db).require(actor, action, {before.tenantId, workspaceId, {}});
        !allowed)
        return allowed.error();
    Workspace after = before;
    const std::optional<QString> event = edit(after);
    if (!event)
        return after;
    after.updatedAt = std::max(nowMs(), before.updatedAt);
    auto updated = db.exec(QStringLiteral("UPDATE workspaces SET name = ?, settings_json = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {after.name, settingsToText(after.settings), after.updatedAt, after.id});
    if (!updated)
        return explain(db, updated.error());
    auto tenantSlug
            = db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {after.tenantId});
    if (!tenantSlug)
        return explain(db, tenantSlug.error());
    QJsonObject was;
    QJsonObject now;
    if (before.name != after.name) {
        was.insert(QStringLiteral("name"), before.name);
        now.insert(QStringLiteral("name"), after.name);
    }
    if (before.settings != after.settings) {
        was.insert(QStringLiteral("settings"), before.settings);
        now.insert(QStringLiteral("settings"), after.settings);
    }
    if (auto logged = AuditLog(db).append(
                *event, workspaceAuditPayload(actor, tenantSlug->toString(), after, was, now));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor.auditName() << *event << after.slug;
    return after;
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
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto tenant = loadTenant(m_db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    if (auto allowed
        = AccessPolicy(m_db).require(m_actor, Action::CreateWorkspace, {tenantId, {}, {}});
        !allowed)
        return allowed.error();
    auto workspace = insertWorkspace(m_db, m_actor, **tenant, name, slug);
    if (!workspace)
        return workspace.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << m_actor.auditName() << "created workspace" << (*tenant)->slug << slug;
    return *workspace;
}

Result<Workspace> WorkspaceService::rename(const QString &workspaceId, const QString &name)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    return change(m_db, m_actor, workspaceId, Action::RenameWorkspace,
                  [&](Workspace &workspace) -> std::optional<QString> {
                      if (workspace.name == name)
                          return std::nullopt;
                      workspace.name = name;
                      return QStringLiteral("workspace.renamed");
                  });
}

Result<Workspace> WorkspaceService::updateSettings(const QString &workspaceId,
                                                   const QJsonObject &settings)
{
    return change(m_db, m_actor, workspaceId, Action::EditWorkspaceSettings,
                  [&](Workspace &workspace) -> std::optional<QString> {
                      if (workspace.settings == settings)
                          return std::nullopt;
                      workspace.settings = settings;
                      return QStringLiteral("workspace.settings_changed");
                  });
}

Result<DeletionImpact> WorkspaceService::deletionImpact(const QString &workspaceId) const
{
    auto workspace = loadWorkspace(m_db, workspaceId);
    if (!workspace)
        return workspace.error();
    if (!*workspace)
        return workspaceNotFound(workspaceId);
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::DeleteWorkspace,
                                                  {(*workspace)->tenantId, workspaceId, {}});
        !allowed)
        return allowed.error();
    return impactOf(m_db, workspaceId);
}

Result<void> WorkspaceService::remove(const QString &workspaceId, const QString &confirmSlug)
{
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = loadWorkspace(m_db, workspaceId);
    if (!found)
        return found.error();
    if (!*found)
        return workspaceNotFound(workspaceId);
    const Workspace workspace = **found;
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::DeleteWorkspace,
                                                  {workspace.tenantId, workspaceId, {}});
        !allowed)
        return allowed.error();
    if (confirmSlug != workspace.slug)
        return invalidInput(tr("To delete workspace \"%1\", confirm with its slug \"%2\".")
                                    .arg(workspace.name.left(80), workspace.slug));
    auto impact = impactOf(m_db, workspaceId);
    if (!impact)
        return impact.error();
    auto tenantSlug = m_db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"),
                                  {workspace.tenantId});
    if (!tenantSlug)
        return explain(m_db, tenantSlug.error());
    for (const QString &sql : {QStringLiteral("DELETE FROM tenant_users WHERE workspace_id = ?"),
                               QStringLiteral("DELETE FROM workspaces WHERE id = ?")}) {
        if (auto deleted = m_db.exec(sql, {workspaceId}); !deleted)
            return explain(m_db, deleted.error());
    }
    QJsonObject before = workspaceState(workspace);
    before.insert(QStringLiteral("memberships"), impact->memberships);
    if (auto logged = AuditLog(m_db).append(
                QStringLiteral("workspace.deleted"),
                workspaceAuditPayload(m_actor, tenantSlug->toString(), workspace, before, {}));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << m_actor.auditName() << "deleted workspace" << workspace.slug;
    return {};
}

} // namespace tenantdesk
