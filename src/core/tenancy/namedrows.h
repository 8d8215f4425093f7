#pragma once

// Private to core: what TenantService and WorkspaceService share about their rows (a tenant
// or a workspace: an id, a name, a slug and settings). One edit, the deletion impact and the
// deletion itself are written once here for both, each with its access check and audit entry.

#include "core/access/accesspolicy.h"
#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tenantdesk {

class Database;

namespace tenancy {

// Renames a tenant or workspace (RenameTenant/RenameWorkspace), or replaces its settings
// (EditTenantSettings/EditWorkspaceSettings): load the row, check the action on it, store the
// change with a new updated_at and append its audit entry ("tenant.renamed",
// "workspace.settings_changed", ...), all in one transaction. A change to what the row holds
// already is neither stored nor recorded.
template<typename Row>
Result<Row> renameRow(const Database &db, const Actor &actor, const QString &id,
                      const QString &name);
template<typename Row>
Result<Row> updateRowSettings(const Database &db, const Actor &actor, const QString &id,
                              const QJsonObject &settings);

// What deleting the row removes with it, after checking that the actor may delete it.
template<typename Row>
Result<DeletionImpact> deletionImpactOf(const Database &db, const Actor &actor, const QString &id);

// Runs inside removeRow's transaction before the row's own deletes, with the actor as the
// database has it now and the audit payload's "before" object to add to; an error stops the
// deletion and changes nothing.
using BeforeRemoval = std::function<Result<void>(const Actor &actor, QJsonObject &before)>;

// Deletes the row and what belongs to it, with its audit entry, in one transaction;
// confirmSlug must equal the row's slug.
template<typename Row>
Result<void> removeRow(const Database &db, const Actor &actor, const QString &id,
                       const QString &confirmSlug, const BeforeRemoval &beforeRemoval = {});

} // namespace tenancy
} // namespace tenantdesk
