#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tenantdesk {

// A user's role inside a tenant, ordered so that a larger value means more rights.
enum class TenantRole { None = 0, Member = 1, WorkspaceAdmin = 2, TenantAdmin = 3 };

// "member", "workspace_admin", "tenant_admin" ("none" for None), as stored in tenant_users.
QString tenantRoleName(TenantRole role);
// Nothing for anything but the three stored names.
std::optional<TenantRole> tenantRoleFromName(const QString &name);

struct Tenant
{
    QString id;
    QString name;
    QString slug;
    QJsonObject settings;
    qint64 createdAt = 0; // ms since epoch
    qint64 updatedAt = 0;

    // Every field equal: a reloaded row that compares equal needs no repaint.
    bool operator==(const Tenant &) const = default;
};

struct Workspace
{
    QString id;
    QString tenantId;
    QString name;
    QString slug;
    QJsonObject settings;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Every field equal: a reloaded row that compares equal needs no repaint.
    bool operator==(const Workspace &) const = default;
};

// One tenant_users row with the names a person needs to read it.
struct Membership
{
    qint64 rowId = 0; // SQLite rowid: the paging key
    QString tenantId;
    QString userId;
    QString workspaceId; // empty: tenant-wide
    TenantRole role = TenantRole::None;
    qint64 createdAt = 0;
    QString username; // empty for an orphaned membership
    QString email;
    QString workspaceSlug; // empty when tenant-wide
    QString workspaceName;
    // aistack deletes users without touching tenant_users: a membership whose user no longer
    // exists is orphaned. It never counts as an admin and is shown as "deleted user <id>".
    bool userExists = true;

    bool isTenantWide() const { return workspaceId.isEmpty(); }
    bool isOrphaned() const { return !userExists; }
    // The username, or "deleted user <id>" for an orphaned membership.
    QString userLabel() const;

    // Every field equal: a reloaded row that compares equal needs no repaint.
    bool operator==(const Membership &) const = default;
};

// How a user who no longer exists is named: "deleted user <id>".
QString deletedUserLabel(const QString &userId);

// What deleting a tenant or workspace removes with it.
struct DeletionImpact
{
    qint64 workspaces = 0;
    qint64 memberships = 0;
    // What else it owns, as TenantFootprint::describe() words it (filled in where the caller
    // counts the footprint), and its data rows: a deletion needs an explicit choice for them.
    QStringList footprint;
    qint64 dataRows = 0;
};

// A page of a list: rows matching `filter` (name or slug contains it, case-insensitive),
// ordered by `sortKey` then id, starting after `after` (the cursor of the previous page's
// last row, as returned by the list call's cursorOf functions). Empty `after`: first page.
struct ListQuery
{
    enum class SortKey { Name, Slug, CreatedAt };
    QString filter;
    SortKey sortKey = SortKey::Name;
    bool ascending = true;
    QVariantList after;
    int limit = 256;
};

// The keyset cursor of a tenant or workspace row for ListQuery::after: its sort value, then
// its id (the tie-breaker every list orders by).
template<typename Row> QVariantList keysetCursor(const Row &row, ListQuery::SortKey key)
{
    switch (key) {
    case ListQuery::SortKey::Name:
        return {row.name, row.id};
    case ListQuery::SortKey::Slug:
        return {row.slug, row.id};
    case ListQuery::SortKey::CreatedAt:
        return {row.createdAt, row.id};
    }
    return {};
}

// Slugs: ^[a-z0-9][a-z0-9-]{0,62}$. The error of an invalid slug shows it with its hidden
// characters escaped.
bool isValidSlug(const QString &slug);
Result<void> validateSlug(const QString &slug);
// Names are stored trimmed (normalisedName). A valid name is not blank, holds no hidden
// character (control characters, line breaks, direction overrides, zero-width characters:
// core/printable.h) and has at most 10,000 characters; anything else is kept exactly.
QString normalisedName(const QString &name);
// Checks normalisedName(name).
Result<void> validateName(const QString &name);
// Settings are a JSON object; anything else (array, scalar, malformed) is refused with
// the parser's reason and position.
Result<QJsonObject> parseSettingsJson(const QString &text);

} // namespace tenantdesk

Q_DECLARE_METATYPE(tenantdesk::Tenant)
Q_DECLARE_METATYPE(tenantdesk::Workspace)
Q_DECLARE_METATYPE(tenantdesk::Membership)
