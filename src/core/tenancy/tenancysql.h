#pragma once

// Private to core: the SQL pieces the tenancy services share (row mapping, paging, errors).

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace tenantdesk {

class Database;

namespace tenancy {

qint64 nowMs();
// A random UUID, lower-case and without braces, as aistack writes ids.
QString newId();

// Column lists matching tenantFromQuery / workspaceFromQuery, qualified with an alias.
QString tenantColumns(const QString &alias = QStringLiteral("t"));
QString workspaceColumns(const QString &alias = QStringLiteral("w"));
Tenant tenantFromQuery(const QSqlQuery &query, int first = 0);
Workspace workspaceFromQuery(const QSqlQuery &query, int first = 0);
constexpr int kTenantColumnCount = 6;
constexpr int kWorkspaceColumnCount = 7;

QJsonObject settingsFromText(const QString &text);
QString settingsToText(const QJsonObject &settings);

// A LIKE pattern matching text anywhere, with % _ and \ taken literally (ESCAPE '\').
QString containsPattern(const QString &text);

// The WHERE fragment and ORDER BY / LIMIT tail for one keyset page of a ListQuery over rows
// aliased `alias` (tenants or workspaces), with the values to bind in order.
struct PageSql
{
    QString where; // "" or " AND (...)" fragments for filter and cursor
    QString tail;  // " ORDER BY ... LIMIT ?"
    QVariantList whereValues;
    QVariantList tailValues;
};
PageSql pageSql(const ListQuery &query, const QString &alias);
// For the page anchors of the same list: "SELECT <cursor columns>" (the sort value, then the
// id, as keysetCursor has them) and " ORDER BY ..." without a limit.
QString cursorColumnsSql(const ListQuery &query, const QString &alias);
QString orderSql(const ListQuery &query, const QString &alias);
QString filterSql(const QString &filter, const QString &alias, QVariantList &values);

// Replaces SQLite's "no such table" with a sentence telling the admin what is missing.
Error explain(const Database &db, const Error &error);

// Reads a single tenant or workspace by id without any access check (callers check).
Result<std::optional<Tenant>> loadTenant(const Database &db, const QString &id);
Result<std::optional<Tenant>> loadTenantBySlug(const Database &db, const QString &slug);
Result<std::optional<Workspace>> loadWorkspace(const Database &db, const QString &id);
Result<std::optional<Workspace>> loadWorkspaceBySlug(const Database &db, const QString &tenantId,
                                                     const QString &slug);

// The audit payloads of tenant and workspace changes: the actor, the id and slug of the tenant
// (and of the workspace), what the row was before and after.
QJsonObject auditPayload(const Actor &actor, const Tenant &tenant, const QJsonObject &before,
                         const QJsonObject &after);
QJsonObject auditPayload(const Actor &actor, const QString &tenantSlug, const Workspace &workspace,
                         const QJsonObject &before, const QJsonObject &after);
// A tenant or workspace as its audit entries record it: name, slug and settings.
template<typename Row> QJsonObject rowState(const Row &row)
{
    return {{QStringLiteral("name"), row.name},
            {QStringLiteral("slug"), row.slug},
            {QStringLiteral("settings"), row.settings}};
}
Error duplicateWorkspaceSlug(const QString &tenantSlug, const QString &slug);
// Inserts a workspace and its audit entry inside the caller's write transaction, after the
// caller checked access; refuses a slug the tenant already uses (Conflict).
Result<Workspace> insertWorkspace(const Database &db, const Actor &actor, const Tenant &tenant,
                                  const QString &name, const QString &slug);

Error tenantNotFound(const QString &idOrSlug);
Error workspaceNotFound(const QString &idOrSlug);

} // namespace tenancy
} // namespace tenantdesk
