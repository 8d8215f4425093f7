#include "core/tenancy/tenancysql.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace tenantdesk::tenancy {

namespace {

struct TenancySql
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::tenancy::TenancySql)
};

} // namespace

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QString tenantColumns(const QString &alias)
{
    return QStringLiteral("%1.id, %1.name, %1.slug, %1.settings_json, %1.created_at, %1.updated_at")
            .arg(alias);
}

QString workspaceColumns(const QString &alias)
{
    return QStringLiteral("%1.id, %1.tenant_id, %1.name, %1.slug, %1.settings_json, %1.created_at, "
                          "%1.updated_at")
            .arg(alias);
}

Tenant tenantFromQuery(const QSqlQuery &query, int first)
{
    Tenant tenant;
    tenant.id = query.value(first).toString();
    tenant.name = query.value(first + 1).toString();
    tenant.slug = query.value(first + 2).toString();
    tenant.settings = settingsFromText(query.value(first + 3).toString());
    tenant.createdAt = query.value(first + 4).toLongLong();
    tenant.updatedAt = query.value(first + 5).toLongLong();
    return tenant;
}

Workspace workspaceFromQuery(const QSqlQuery &query, int first)
{
    Workspace workspace;
    workspace.id = query.value(first).toString();
    workspace.tenantId = query.value(first + 1).toString();
    workspace.name = query.value(first + 2).toString();
    workspace.slug = query.value(first + 3).toString();
    workspace.settings = settingsFromText(query.value(first + 4).toString());
    workspace.createdAt = query.value(first + 5).toLongLong();
    workspace.updatedAt = query.value(first + 6).toLongLong();
    return workspace;
}

QJsonObject settingsFromText(const QString &text)
{
    // aistack may have stored NULL, "" or something else than an object: read it as empty
    // rather than failing the whole list.
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString settingsToText(const QJsonObject &settings)
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString filterSql(const QString &filter, const QString &alias, QVariantList &values)
{
    if (filter.isEmpty())
        return {};
    const QString pattern = containsPattern(filter);
    values << pattern << pattern;
    // LIKE is case-insensitive for ASCII, which is what slugs are made of.
    return QStringLiteral(" AND (%1.name LIKE ? ESCAPE '\\' OR %1.slug LIKE ? ESCAPE '\\')")
            .arg(alias);
}

namespace {

// The sort value as compared (names without regard to case), and as stored.
QString sortKeySql(ListQuery::SortKey sortKey, const QString &alias, bool compared)
{
    switch (sortKey) {
    case ListQuery::SortKey::Name:
        return alias
                + (compared ? QStringLiteral(".name COLLATE NOCASE") : QStringLiteral(".name"));
    case ListQuery::SortKey::Slug:
        return alias + QStringLiteral(".slug");
    case ListQuery::SortKey::CreatedAt:
        return alias + QStringLiteral(".created_at");
    }
    return {};
}

} // namespace

QString orderSql(const ListQuery &query, const QString &alias)
{
    const QString direction = query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %3, %2.id %3")
            .arg(sortKeySql(query.sortKey, alias, true), alias, direction);
}

QString cursorColumnsSql(const ListQuery &query, const QString &alias)
{
    return QStringLiteral("SELECT %1, %2.id").arg(sortKeySql(query.sortKey, alias, false), alias);
}

PageSql pageSql(const ListQuery &query, const QString &alias)
{
    PageSql page;
    const QString key = sortKeySql(query.sortKey, alias, true);
    page.where = filterSql(query.filter, alias, page.whereValues);
    if (query.after.size() == 2) {
        page.where += QStringLiteral(" AND (%1, %2.id) %3 (?, ?)")
                              .arg(key, alias,
                                   query.ascending ? QStringLiteral(">") : QStringLiteral("<"));
        page.whereValues << query.after.at(0) << query.after.at(1);
    }
    page.tail = orderSql(query, alias) + QStringLiteral(" LIMIT ?");
    page.tailValues << qMax(0, query.limit);
    return page;
}

Error explain(const Database &db, const Error &error)
{
    if (!error.message.contains(QLatin1String("no such table")))
        return error;
    for (const char *table : {"tenants", "workspaces", "tenant_users", "users"}) {
        if (!db.hasTable(QLatin1String(table)))
            return failure(
                    TenancySql::tr("This database has no %1 table yet: apply the migrations first.")
                            .arg(QLatin1String(table)));
    }
    return error;
}

namespace {

Result<std::optional<Tenant>> oneTenant(const Database &db, const QString &where,
                                        const QVariantList &values)
{
    auto query = db.exec(
            QStringLiteral("SELECT %1 FROM tenants t WHERE %2").arg(tenantColumns(), where),
            values);
    if (!query)
        return explain(db, query.error());
    if (!query->next())
        return std::optional<Tenant>();
    return std::optional<Tenant>(tenantFromQuery(*query));
}

Result<std::optional<Workspace>> oneWorkspace(const Database &db, const QString &where,
                                              const QVariantList &values)
{
    auto query = db.exec(
            QStringLiteral("SELECT %1 FROM workspaces w WHERE %2").arg(workspaceColumns(), where),
            values);
    if (!query)
        return explain(db, query.error());
    if (!query->next())
        return std::optional<Workspace>();
    return std::optional<Workspace>(workspaceFromQuery(*query));
}

} // namespace

Result<std::optional<Tenant>> loadTenant(const Database &db, const QString &id)
{
    return oneTenant(db, QStringLiteral("t.id = ?"), {id});
}

Result<std::optional<Tenant>> loadTenantBySlug(const Database &db, const QString &slug)
{
    return oneTenant(db, QStringLiteral("t.slug = ?"), {slug});
}

Result<std::optional<Workspace>> loadWorkspace(const Database &db, const QString &id)
{
    return oneWorkspace(db, QStringLiteral("w.id = ?"), {id});
}

Result<std::optional<Workspace>> loadWorkspaceBySlug(const Database &db, const QString &tenantId,
                                                     const QString &slug)
{
    return oneWorkspace(db, QStringLiteral("w.tenant_id = ? AND w.slug = ?"), {tenantId, slug});
}

namespace {

QJsonObject payloadOf(const Actor &actor, const QString &tenantId, const QString &tenantSlug,
                      const QJsonObject &before, const QJsonObject &after)
{
    return {{QStringLiteral("actor"), actor.auditName()},
            {QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("tenant_slug"), tenantSlug},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

} // namespace

QJsonObject auditPayload(const Actor &actor, const Tenant &tenant, const QJsonObject &before,
                         const QJsonObject &after)
{
    return payloadOf(actor, tenant.id, tenant.slug, before, after);
}

QJsonObject auditPayload(const Actor &actor, const QString &tenantSlug, const Workspace &workspace,
                         const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject payload = payloadOf(actor, workspace.tenantId, tenantSlug, before, after);
    payload.insert(QStringLiteral("workspace_id"), workspace.id);
    payload.insert(QStringLiteral("workspace_slug"), workspace.slug);
    return payload;
}

Error duplicateWorkspaceSlug(const QString &tenantSlug, const QString &slug)
{
    return conflict(
            TenancySql::tr(
                    "Tenant \"%1\" already has a workspace with the slug \"%2\"; choose another "
                    "slug.")
                    .arg(tenantSlug, slug));
}

Result<Workspace> insertWorkspace(const Database &db, const Actor &actor, const Tenant &tenant,
                                  const QString &name, const QString &slug)
{
    auto existing = loadWorkspaceBySlug(db, tenant.id, slug);
    if (!existing)
        return existing.error();
    if (*existing)
        return duplicateWorkspaceSlug(tenant.slug, slug);
    Workspace workspace;
    workspace.id = newId();
    workspace.tenantId = tenant.id;
    workspace.name = normalisedName(name);
    workspace.slug = slug;
    workspace.createdAt = workspace.updatedAt = nowMs();
    auto inserted = db.exec(QStringLiteral("INSERT INTO workspaces (id, tenant_id, name, slug, "
                                           "settings_json, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {workspace.id, workspace.tenantId, workspace.name, workspace.slug,
                             settingsToText(workspace.settings), workspace.createdAt,
                             workspace.updatedAt});
    if (!inserted) // a concurrent writer may have taken the slug after the check
        return inserted.error().code == ErrorCode::Conflict
                ? duplicateWorkspaceSlug(tenant.slug, slug)
                : explain(db, inserted.error());
    if (auto logged
        = AuditLog(db).append(QStringLiteral("workspace.created"),
                              auditPayload(actor, tenant.slug, workspace, {}, rowState(workspace)));
        !logged)
        return logged.error();
    return workspace;
}

Error tenantNotFound(const QString &idOrSlug)
{
    return notFound(TenancySql::tr("There is no tenant \"%1\" that you may see.").arg(idOrSlug));
}

Error workspaceNotFound(const QString &idOrSlug)
{
    return notFound(TenancySql::tr("There is no workspace \"%1\" that you may see.").arg(idOrSlug));
}

} // namespace tenantdesk::tenancy
