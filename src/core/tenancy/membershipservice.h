#pragma once

#include "core/access/actor.h"
#include "core/database/pageanchors.h"
#include "core/database/rowscan.h"
#include "core/people/user.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace tenantdesk {

class Database;

// Which memberships of a tenant to list. scope: nullopt = all rows the actor may see,
// "" = tenant-wide rows only, an id = rows of that workspace only. Paged by rowid.
struct MembershipQuery
{
    QString tenantId;
    std::optional<QString> workspaceScope;
    QString filter; // username or e-mail contains, case-insensitive
    qint64 afterRowId = 0;
    int limit = 256;
};

// One requested change in a batch (multi-select edits, CSV import, undo).
struct MembershipChange
{
    enum class Kind { Grant, Revoke };
    Kind kind = Kind::Grant;
    QString userId;
    QString workspaceId;                  // empty: tenant-wide
    TenantRole role = TenantRole::Member; // for Grant
};

// What happened to one change of a batch.
struct MembershipChangeResult
{
    enum class Outcome { Added, Changed, Removed, Unchanged, Refused };
    Outcome outcome = Outcome::Refused;
    std::optional<Error> error; // set when Refused
    std::optional<TenantRole> previousRole;
};

// Several tenant-wide rows of one user in one tenant, and the one row they merge into.
// aistack's schema allows them (NULL workspace ids are distinct in its primary key);
// migration 009 refuses to run while any exist.
struct DuplicateMembership
{
    QString userId;
    QString username; // empty for a deleted user
    bool userExists = true;
    QList<TenantRole> roles; // of every row, highest first
    TenantRole keptRole = TenantRole::None;
    QString userLabel() const;
};

// One tenant in which a user holds grants, with what they add up to (for "whoami").
struct TenantRoleSummary
{
    Tenant tenant;
    TenantRole tenantWideRole = TenantRole::None;
    // The highest role held anywhere in the tenant (tenant-wide or on any workspace).
    TenantRole highestRole = TenantRole::None;
    // Grants on single workspaces (tenant-wide grant excluded), by workspace slug.
    QList<Membership> workspaceGrants;
};

// Memberships (tenant_users) as the acting user may see and change them. Enforces the
// invariants of architecture.md §3 on every path: no grant above the actor's own effective role,
// tenant_admin never workspace-scoped (InvalidInput), a tenant never loses its last
// tenant-wide tenant_admin (Conflict).
class MembershipService
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MembershipService)

public:
    MembershipService(const Database &db, const Actor &actor);

    Result<QList<Membership>> list(const MembershipQuery &query) const;
    Result<qint64> count(const MembershipQuery &query) const;
    // The count and page anchors (rowids) of list(query) for pages of pageSize rows, in one
    // scan of the tenant's index (afterRowId and limit are ignored). For the worker thread.
    Result<PageAnchors> anchors(const MembershipQuery &query, int pageSize) const;
    // Every membership list(query) would page through (afterRowId and limit aside), in rowid
    // order, handed to onRow as one forward-only statement steps it, as UTF-8 (ExportColumn):
    // for exports, which then cost the scan and what onRow does per row. Never on the GUI
    // thread.
    enum ExportColumn { UserIdColumn, UsernameColumn, WorkspaceSlugColumn, RoleColumn };
    Result<qint64> scan(const MembershipQuery &query,
                        const std::function<Result<void>(const ScanRow &)> &onRow) const;
    // All grants of one user in a tenant (tenant-wide and per workspace).
    Result<QList<Membership>> grantsOf(const QString &tenantId, const QString &userId) const;
    // The tenants in which the user holds grants and that the actor may see, by tenant slug,
    // after `afterTenantSlug` (keyset paging). For the actor's own roles pass actor.userId.
    Result<QList<TenantRoleSummary>> rolesOf(const QString &userId, int limit = 1000,
                                             const QString &afterTenantSlug = {}) const;
    // Users the actor may see, by username after `afterUsername`: all users for global
    // admins; otherwise the actor and the users holding a grant the actor may see.
    Result<QList<User>> visibleUsers(int limit, const QString &afterUsername = {}) const;

    // Grants a role, or changes the role of an existing grant of the same scope (never a
    // second row). Returns the stored membership.
    Result<Membership> grant(const QString &tenantId, const QString &userId, TenantRole role,
                             const QString &workspaceId = {});
    Result<void> revoke(const QString &tenantId, const QString &userId,
                        const QString &workspaceId = {});
    // Removes every grant of the user in the tenant. userId may be a deleted user's.
    Result<void> removeFromTenant(const QString &tenantId, const QString &userId);

    // The memberships of users who no longer exist (orphaned), and removing them: each
    // removal is a revoke with its own audit entry. For a global admin or a tenant_admin of
    // the tenant. dryRun only lists them.
    Result<QList<Membership>> pruneOrphans(const QString &tenantId, bool dryRun = false);
    // Ids of the tenants with orphaned memberships that the actor may see, by slug.
    Result<QStringList> tenantsWithOrphans() const;

    // Merges duplicate tenant-wide rows into one per user, keeping the highest role; one
    // audit entry per merged user. For a global admin or a tenant_admin of the tenant. dryRun
    // says what would be merged and changes nothing.
    Result<QList<DuplicateMembership>> mergeDuplicates(const QString &tenantId,
                                                       bool dryRun = false);
    // Ids of the tenants with duplicate tenant-wide rows that the actor may see, by slug.
    Result<QStringList> tenantsWithDuplicates() const;

    // Applies changes in one transaction. With allOrNothing, one refusal rolls back all of
    // them (results still say what each would have done); otherwise refused ones are
    // skipped. dryRun computes the results and changes nothing.
    Result<QList<MembershipChangeResult>> apply(const QString &tenantId,
                                                const QList<MembershipChange> &changes,
                                                bool allOrNothing, bool dryRun = false);

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
