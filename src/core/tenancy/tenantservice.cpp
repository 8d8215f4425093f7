#include "core/tenancy/tenantservice.h"

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

// Non-admins see the tenants they hold any grant in (idx_tenant_users_user).
QString visibleTenantsSql(const Actor &actor, QVariantList &values)
{
    if (actor.isGlobalAdmin())
        return {};
    values << actor.userId;
    return QStringLiteral(" AND t.id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?)");
}

Error duplicateTenantSlug(const QString &slug)
{
    return conflict(
            tr("A tenant with the slug \"%1\" already exists; choose another slug.").arg(slug));
}

QJsonObject tenantState(const Tenant &tenant)
{
    return {{QStringLiteral("name"), tenant.name},
            {QStringLiteral("slug"), tenant.slug},
            {QStringLiteral("settings"), tenant.settings}};
}

QJsonObject auditPayload(const Actor &actor, const Tenant &tenant, const QJsonObject &before,
                         const QJsonObject &after)
{
    return {{QStringLiteral("actor"), actor.auditName()},
            {QStringLiteral("tenant_id"), tenant.id},
            {QStringLiteral("tenant_slug"), tenant.slug},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

Result<DeletionImpact> impactOf(const Database &db, const QString &tenantId)
{
    DeletionImpact impact;
    auto workspaces = db.scalar(
            QStringLiteral("SELECT count(*) FROM workspaces WHERE tenant_id = ?"), {tenantId});
    if (!workspaces)
        return explain(db, workspaces.error());
    auto memberships = db.scalar(
            QStringLiteral("SELECT count(*) FROM tenant_users WHERE tenant_id = ?"), {tenantId});
    if (!memberships)
        return explain(db, memberships.error());
    impact.workspaces = workspaces->toLongLong();
    impact.memberships = memberships->toLongLong();
    return impact;
}

// One edit of an existing tenant: load, check, let `edit` change the copy (it returns the
// audit event type, or nothing when the edit changes nothing), store and audit, all in one
// transaction.
Result<Tenant> change(const Database &db, const Actor &actor, const QString &tenantId,
                      Action action, const std::function<std::optional<QString>(Tenant &)> &edit)
{
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = loadTenant(db, tenantId);
    if (!found)
        return found.error();
    if (!*found)
        return tenantNotFound(tenantId);
    if (auto allowed = AccessPolicy(db).require(actor, action, {tenantId, {}, {}}); !allowed)
        return allowed.error();
    const Tenant before = **found;
    Tenant after = before;
    const std::optional<QString> event = edit(after);
    if (!event)
        return after; // nothing to change, nothing to record
    after.updatedAt = std::max(nowMs(), before.updatedAt);
    auto updated = db.exec(
            QStringLiteral("UPDATE tenants SET name = ?, settings_json = ?, updated_at = ? "
                           "WHERE id = ?"),
            {after.name, settingsToText(after.settings), after.updatedAt, after.id});
    if (!updated)
        return explain(db, updated.error());
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
    if (auto logged = AuditLog(db).append(*event, auditPayload(actor, after, was, now)); !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor.auditName() << *event << after.slug;
    return after;
}

} // namespace

TenantService::TenantService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<QList<Tenant>> TenantService::list(const ListQuery &query) const
{
    QList<Tenant> tenants;
    if (m_actor.bootstrap)
        return tenants; // default deny: a session without a user sees no tenant
    QVariantList values;
    const QString visible = visibleTenantsSql(m_actor, values);
    const PageSql page = pageSql(query, QStringLiteral("t"));
    values << page.whereValues << page.tailValues;
    auto rows = m_db.exec(QStringLiteral("SELECT %1 FROM tenants t WHERE 1%2%3%4")
                                  .arg(tenantColumns(), visible, page.where, page.tail),
                          values);
    if (!rows)
        return explain(m_db, rows.error());
    while (rows->next())
        tenants.append(tenantFromQuery(*rows));
    return tenants;
}

Result<qint64> TenantService::count(const QString &filter) const
{
    if (m_actor.bootstrap)
        return qint64(0);
    QVariantList values;
    const QString visible = visibleTenantsSql(m_actor, values);
    const QString filtered = filterSql(filter, QStringLiteral("t"), values);
    auto total = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM tenants t WHERE 1%1%2").arg(visible, filtered),
            values);
    if (!total)
        return explain(m_db, total.error());
    return total->toLongLong();
}

QVariantList TenantService::cursorOf(const Tenant &tenant, ListQuery::SortKey key)
{
    return keysetCursor(tenant, key);
}

Result<Tenant> TenantService::find(const QString &idOrSlug) const
{
    auto found = loadTenant(m_db, idOrSlug);
    if (found && !*found)
        found = loadTenantBySlug(m_db, idOrSlug);
    if (!found)
        return found.error();
    if (!*found)
        return tenantNotFound(idOrSlug);
    // Hidden and missing look the same to someone who may not see the tenant.
    auto decision = AccessPolicy(m_db).decide(m_actor, Action::ViewTenant, {(*found)->id, {}, {}});
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return tenantNotFound(idOrSlug);
    return **found;
}

Result<Tenant> TenantService::create(const QString &name, const QString &slug,
                                     const QString &firstWorkspaceSlug)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    if (auto valid = validateSlug(slug); !valid)
        return valid.error();
    if (!firstWorkspaceSlug.isEmpty()) {
        if (auto valid = validateSlug(firstWorkspaceSlug); !valid)
            return valid.error();
    }
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::CreateTenant, {}); !allowed)
        return allowed.error();
    auto existing = loadTenantBySlug(m_db, slug);
    if (!existing)
        return existing.error();
    if (*existing)
        return duplicateTenantSlug(slug);

    Tenant tenant;
    tenant.id = newId();
    tenant.name = name;
    tenant.slug = slug;
    tenant.createdAt = tenant.updatedAt = nowMs();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO tenants (id, name, slug, settings_json, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              {tenant.id, tenant.name, tenant.slug, settingsToText(tenant.settings),
                               tenant.createdAt, tenant.updatedAt});
    if (!inserted) // another process may have taken the slug after our check
        return inserted.error().code == ErrorCode::Conflict ? duplicateTenantSlug(slug)
                                                            : explain(m_db, inserted.error());
    const AuditLog audit(m_db);
    if (auto logged = audit.append(QStringLiteral("tenant.created"),
                                   auditPayload(m_actor, tenant, {}, tenantState(tenant)));
        !logged)
        return logged.error();
    if (!firstWorkspaceSlug.isEmpty()) {
        auto workspace
                = insertWorkspace(m_db, m_actor, tenant, firstWorkspaceSlug, firstWorkspaceSlug);
        if (!workspace)
            return workspace.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << m_actor.auditName() << "created tenant" << slug;
    return tenant;
}

Result<Tenant> TenantService::rename(const QString &tenantId, const QString &name)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    return change(m_db, m_actor, tenantId, Action::RenameTenant,
                  [&](Tenant &tenant) -> std::optional<QString> {
                      if (tenant.name == name)
                          return std::nullopt;
                      tenant.name = name;
                      return QStringLiteral("tenant.renamed");
                  });
}

Result<Tenant> TenantService::updateSettings(const QString &tenantId, const QJsonObject &settings)
{
    return change(m_db, m_actor, tenantId, Action::EditTenantSettings,
                  [&](Tenant &tenant) -> std::optional<QString> {
                      if (tenant.settings == settings)
                          return std::nullopt;
                      tenant.settings = settings;
                      return QStringLiteral("tenant.settings_changed");
                  });
}

Result<DeletionImpact> TenantService::deletionImpact(const QString &tenantId) const
{
    auto tenant = loadTenant(m_db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    if (auto allowed
        = AccessPolicy(m_db).require(m_actor, Action::DeleteTenant, {tenantId, {}, {}});
        !allowed)
        return allowed.error();
    return impactOf(m_db, tenantId);
}

Result<void> TenantService::remove(const QString &tenantId, const QString &confirmSlug)
{
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = loadTenant(m_db, tenantId);
    if (!found)
        return found.error();
    if (!*found)
        return tenantNotFound(tenantId);
    const Tenant tenant = **found;
    if (auto allowed
        = AccessPolicy(m_db).require(m_actor, Action::DeleteTenant, {tenantId, {}, {}});
        !allowed)
        return allowed.error();
    if (confirmSlug != tenant.slug)
        return invalidInput(tr("To delete tenant \"%1\", confirm with its slug \"%2\".")
                                    .arg(tenant.name.left(80), tenant.slug));
    auto impact = impactOf(m_db, tenantId);
    if (!impact)
        return impact.error();
    // Explicit deletes rather than trusting ON DELETE CASCADE alone: a file written by another
    // tool may have been created without the foreign keys.
    for (const QString &sql : {QStringLiteral("DELETE FROM tenant_users WHERE tenant_id = ?"),
                               QStringLiteral("DELETE FROM workspaces WHERE tenant_id = ?"),
                               QStringLiteral("DELETE FROM tenants WHERE id = ?")}) {
        if (auto deleted = m_db.exec(sql, {tenantId}); !deleted)
            return explain(m_db, deleted.error());
    }
    QJsonObject before = tenantState(tenant);
    before.insert(QStringLiteral("workspaces"), impact->workspaces);
    before.insert(QStringLiteral("memberships"), impact->memberships);
    if (auto logged = AuditLog(m_db).append(QStringLiteral("tenant.deleted"),
                                            auditPayload(m_actor, tenant, before, {}));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << m_actor.auditName() << "deleted tenant" << tenant.slug;
    return {};
}

} // namespace tenantdesk
