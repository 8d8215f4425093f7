#pragma once

#include "core/access/accesspolicy.h"
#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace tenantdesk {

class Database;

// A user's role in one workspace and where it comes from (architecture.md §3: the highest of the
// tenant-wide grant and the grant on the workspace wins).
struct WorkspaceAccess
{
    enum class Source { None, TenantWide, Workspace, Both };

    QString workspaceId;
    QString workspaceSlug;
    QString workspaceName;
    TenantRole tenantWideRole = TenantRole::None;
    TenantRole workspaceRole = TenantRole::None;

    TenantRole effectiveRole() const { return std::max(tenantWideRole, workspaceRole); }
    Source source() const;

    // Every field equal: a reloaded row that compares equal needs no repaint.
    bool operator==(const WorkspaceAccess &) const = default;
};

// What the acting user may grant, change or revoke at one scope of a tenant (a workspace,
// or tenant-wide when workspaceId is empty), as AccessPolicy and the membership invariants
// decide it: every role up to `highest` (tenant_admin never on a workspace).
struct GrantRights
{
    QString workspaceId;
    TenantRole highest = TenantRole::None;
    // Core's reason why the next role above `highest` (or any role, when highest is None) is
    // refused; empty when every role is allowed.
    QString refusal;

    // The roles that may be set here, lowest first.
    QList<TenantRole> roles() const;
    // A row that holds `current` here may be changed or revoked.
    bool mayManage(TenantRole current) const
    {
        return highest != TenantRole::None && current <= highest;
    }
    bool mayGrant(TenantRole role) const { return role != TenantRole::None && role <= highest; }

    bool operator==(const GrantRights &) const = default;
};

// Answers "what can this user do here and why" for the effective access panel and the
// membership editor. Everything is read as the acting user may see it: a tenant they have
// no role in is NotFound/Denied, and workspaces they cannot see are left out.
class EffectiveAccess
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::EffectiveAccess)

public:
    EffectiveAccess(const Database &db, const Actor &actor);

    // The user's tenant-wide grant in the tenant (None when there is none).
    Result<TenantRole> tenantWideRole(const QString &tenantId, const QString &userId) const;

    // The user's effective role in each workspace of the tenant the actor may see, by slug
    // after `afterSlug` (keyset paging), at most `limit`.
    Result<QList<WorkspaceAccess>> perWorkspace(const QString &tenantId, const QString &userId,
                                                const QString &afterSlug = {},
                                                int limit = 256) const;

    // AccessPolicy's decision for the user (not the actor) on target. The actor must be able to
    // see the target's tenant (and workspace).
    Result<AccessDecision> check(const QString &userId, Action action,
                                 const AccessTarget &target) const;

    // What the actor may grant at each scope (empty string: tenant-wide), in the same order.
    Result<QList<GrantRights>> grantRights(const QString &tenantId,
                                           const QStringList &workspaceIds) const;

    // What the actor may grant tenant-wide and on each workspace where they hold a grant
    // themselves: the places where they could add a member at all (tenant-wide first).
    Result<QList<GrantRights>> grantRightsWhereActorHolds(const QString &tenantId) const;

private:
    Result<void> requireVisible(const QString &tenantId, const QString &workspaceId) const;

    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk

Q_DECLARE_METATYPE(tenantdesk::WorkspaceAccess)
