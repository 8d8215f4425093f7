#include "core/tenancy/tenantservice.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/namedrows.h"
#include "core/tenancy/tenancysql.h"
#include "core/tenantdata/footprint.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
            TenantService::tr("A tenant with the slug \"%1\" already exists; choose another slug.")
                    .arg(slug));
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

Result<PageAnchors> TenantService::anchors(const ListQuery &query, int pageSize) const
{
    if (m_actor.bootstrap)
        return PageAnchors{0, pageSize, {}};
    QVariantList values;
    const QString visible = visibleTenantsSql(m_actor, values);
    const QString filtered = filterSql(query.filter, QStringLiteral("t"), values);
    auto anchors = scanPageAnchors(
            m_db,
            cursorColumnsSql(query, QStringLiteral("t"))
                    + QStringLiteral(" FROM tenants t WHERE 1%1%2%3")
                              .arg(visible, filtered, orderSql(query, QStringLiteral("t"))),
            values, pageSize);
    if (!anchors)
        return explain(m_db, anchors.error());
    return anchors;
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
    auto actor = beginWriteAs(transaction, m_db, m_actor, Action::CreateTenant);
    if (!actor)
        return actor.error();
    auto existing = loadTenantBySlug(m_db, slug);
    if (!existing)
        return existing.error();
    if (*existing)
        return duplicateTenantSlug(slug);

    Tenant tenant;
    tenant.id = newId();
    tenant.name = normalisedName(name);
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
                                   auditPayload(*actor, tenant, {}, rowState(tenant)));
        !logged)
        return logged.error();
    if (!firstWorkspaceSlug.isEmpty()) {
        auto workspace
                = insertWorkspace(m_db, *actor, tenant, firstWorkspaceSlug, firstWorkspaceSlug);
        if (!workspace)
            return workspace.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor->auditName() << "created tenant" << slug;
    return tenant;
}

Result<Tenant> TenantService::rename(const QString &tenantId, const QString &name)
{
    return renameRow<Tenant>(m_db, m_actor, tenantId, name);
}

Result<Tenant> TenantService::updateSettings(const QString &tenantId, const QJsonObject &settings)
{
    return updateRowSettings<Tenant>(m_db, m_actor, tenantId, settings);
}

Result<DeletionImpact> TenantService::deletionImpact(const QString &tenantId) const
{
    return deletionImpactOf<Tenant>(m_db, m_actor, tenantId);
}

Result<void> TenantService::remove(const QString &tenantId, const QString &confirmSlug,
                                   const Removal &removal)
{
    const QString pattern = removal.namespacePattern.isEmpty() ? NamespacePattern::defaultPattern()
                                                               : removal.namespacePattern;
    if (auto valid = NamespacePattern::validate(pattern); !valid)
        return valid.error();
    // Inside the deletion's transaction: the counts are those the deletes remove.
    auto withData = [&](const Actor &actor, QJsonObject &before) -> Result<void> {
        if (removal.verify) {
            if (auto verified = removal.verify(); !verified)
                return verified.error();
        }
        auto footprint = tenantdata::countTenant(m_db, tenantId, pattern);
        if (!footprint)
            return footprint.error();
        if (footprint->dataRows() == 0)
            return {};
        if (!removal.withData)
            return conflict(TenantFootprint::deletionRefusal(confirmSlug, *footprint));
        if (auto allowed
            = AccessPolicy(m_db).require(actor, Action::TransferTenant, {tenantId, {}, {}});
            !allowed)
            return allowed.error();
        QJsonObject rows;
        for (const TableRows &table : footprint->tables) {
            if (table.rows > 0)
                rows.insert(table.table, table.rows);
        }
        before.insert(QStringLiteral("data_rows"), rows);
        if (footprint->hasMemory)
            before.insert(QStringLiteral("memory_entries"), footprint->memoryEntries);
        return tenantdata::deleteTenantData(m_db, *footprint);
    };
    return removeRow<Tenant>(m_db, m_actor, tenantId, confirmSlug, withData);
}

} // namespace tenantdesk
