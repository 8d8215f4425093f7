#pragma once

#include <Qt>

namespace tenantdesk::ModelRoles {

// The item data roles every model shares, so that a page or view asks any model for a row's
// id (or slug, or whole row) the same way. A model's own roles start at FirstModelRole.
enum Role : int {
    IdRole = Qt::UserRole + 1, // the row's id as text: a uuid, a rowid, an audit seq
    SlugRole,                  // the row's slug, where rows have one
    RowRole,                   // the whole row (Tenant, Workspace, User, Membership, ...)
    FirstModelRole = Qt::UserRole + 16,
};

} // namespace tenantdesk::ModelRoles
