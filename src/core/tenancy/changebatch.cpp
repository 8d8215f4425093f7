#include "core/tenancy/changebatch.h"

#include "core/access/accesspolicy.h"
#include "core/audit/auditappender.h"
#include "core/database/database.h"
#include "core/database/nativestatement.h"
#include "core/tenancy/membershipaudit.h"
#include "core/tenancy/queuedgrants.h"
#include "core/tenancy/tenancysql.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <utility>

namespace tenantdesk::membership {

using namespace tenancy;

namespace {

struct MembershipRules
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::membership::MembershipRules)
};

MembershipChangeResult refusal(const Error &error, std::optional<TenantRole> previous)
{
    MembershipChangeResult result;
    result.outcome = MembershipChangeResult::Outcome::Refused;
    result.error = error;
    result.previousRole = previous;
    return result;
}

QString scopeLabel(const Tenant &tenant, const std::optional<Workspace> &workspace)
{
    if (workspace)
        return MembershipRules::tr("workspace \"%1/%2\"").arg(tenant.slug, workspace->slug);
    return MembershipRules::tr("tenant \"%1\"").arg(tenant.slug);
}

// A write the schema's own guards (unique scope, tenant-wide tenant_admin) refused.
MembershipChangeResult schemaRefusal(const Error &error, const QString &userLabel,
                                     const Tenant &tenant, const std::optional<Workspace> &target,
                                     std::optional<TenantRole> previous)
{
    return refusal(error.message.contains(QLatin1String("tenant_admin"))
                           ? invalidInput(MembershipRules::tr(
                                   "tenant_admin is a tenant-wide role: it cannot "
                                   "be granted on a workspace."))
                           : conflict(MembershipRules::tr("%1 already holds a role on %2.")
                                              .arg(userLabel, scopeLabel(tenant, target))),
                   previous);
}

// Text SQLite holds, as QtSql would have read it.
QString textOf(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8.data(), utf8.size());
}

// A role as stored in tenant_users (None for anything else).
TenantRole roleOf(QByteArrayView stored)
{
    return tenantRoleFromName(textOf(stored)).value_or(TenantRole::None);
}

// Whether someone other than userId is a tenant-wide tenant_admin of the tenant. Admins are
// people, not rows: a second tenant-wide row of the same user (aistack's schema allows them)
// is no second admin, and a membership of a deleted user is nobody.
Result<bool> hasOtherLivingTenantAdmin(const Database &db, const QString &tenantId,
                                       const QString &userId)
{
    auto found = db.scalar(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM tenant_users tu JOIN users u ON u.id = "
                           "tu.user_id WHERE tu.tenant_id = ? AND tu.workspace_id IS NULL AND "
                           "tu.role = 'tenant_admin' AND tu.user_id <> ?)"),
            {tenantId, userId});
    if (!found)
        return explain(db, found.error());
    return found->toBool();
}

} // namespace

// The batch's statements run once or more per row of an import: they bind and read UTF-8
// through SQLite's own API (NativeStatement), not QVariants through QtSql.
struct ChangeBatch::Statements
{
    Statements(const Database &db, const Tenant &tenant)
        : tenantId(tenant.id.toUtf8())
        , username(db, "SELECT username FROM users WHERE id = ?")
        // The role of loadSql's row. Only tenant-wide rows (NULL workspace) can be duplicates,
        // whose highest role counts; a workspace's scope is unique in the primary key, so its
        // look-up needs no sort.
        , existingTenantWideRole(
                  db,
                  "SELECT role FROM tenant_users WHERE tenant_id = ? AND user_id = ? AND "
                  "workspace_id IS NULL ORDER BY CASE role WHEN 'tenant_admin' THEN 3 WHEN "
                  "'workspace_admin' THEN 2 ELSE 1 END DESC, rowid LIMIT 1")
        , existingWorkspaceRole(db,
                                "SELECT role FROM tenant_users WHERE tenant_id = ? AND user_id = "
                                "? AND workspace_id = ?")
        , update(db,
                 "UPDATE tenant_users SET role = ? WHERE tenant_id = ? AND user_id = ? AND "
                 "workspace_id IS ?")
        , insert(db,
                 "INSERT INTO tenant_users (tenant_id, user_id, workspace_id, role, created_at) "
                 "VALUES (?, ?, ?, ?, ?)")
        , remove(db,
                 "DELETE FROM tenant_users WHERE tenant_id = ? AND user_id = ? AND workspace_id "
                 "IS ?")
        , audit(db)
        , policy(db)
        , queued(db, tenant.id)
    {
        policy.rememberWithinTransaction();
    }

    QByteArray tenantId;
    NativeStatement username;
    NativeStatement existingTenantWideRole;
    NativeStatement existingWorkspaceRole;
    NativeStatement update;
    NativeStatement insert;
    NativeStatement remove;
    AuditAppender audit;
    // A batch changes grants, never workspaces: each is read once.
    QHash<QString, std::optional<Workspace>> workspaces;
    // Remembers the acting user's roles, the tenant and the workspaces for the batch: only the
    // batch writes while it holds the write lock, and it forgets the roles when it writes the
    // acting user's own grants.
    AccessPolicy policy;
    // applyAll's new grants not written yet.
    QueuedGrants queued;
};

ChangeBatch::ChangeBatch(const Database &db, const Actor &actor, const Tenant &tenant)
    : m_db(db)
    , m_actor(actor)
    , m_tenant(tenant)
    , m_statements(std::make_unique<Statements>(db, tenant))
{ }

ChangeBatch::~ChangeBatch() = default;

Result<std::optional<Workspace>> ChangeBatch::workspace(const QString &id)
{
    if (const auto known = m_statements->workspaces.constFind(id);
        known != m_statements->workspaces.cend())
        return *known;
    auto found = loadWorkspace(m_db, id);
    if (found)
        m_statements->workspaces.insert(id, *found);
    return found;
}

Result<MembershipChangeResult> applyChange(const Database &db, const Actor &actor,
                                           const Tenant &tenant, const MembershipChange &change)
{
    return ChangeBatch(db, actor, tenant).apply(change);
}

Result<MembershipChangeResult> ChangeBatch::apply(const MembershipChange &change)
{
    if (auto flushed = flushPending(); !flushed)
        return flushed.error();
    return applyOne(change);
}

Result<QList<MembershipChangeResult>> ChangeBatch::applyAll(const QList<MembershipChange> &changes)
{
    QList<MembershipChangeResult> results;
    results.reserve(changes.size());
    m_results = &results;
    const auto done = qScopeGuard([this] {
        m_results = nullptr;
        m_statements->queued.clear();
    });
    for (const MembershipChange &change : changes) {
        auto result = applyOne(change);
        if (!result)
            return result.error();
        results.append(*result);
    }
    if (auto flushed = flushPending(); !flushed)
        return flushed.error();
    return results;
}

// Called before anything that could see the queued grants (a look-up of the same scope, the
// acting user's own roles, the tenant's admins, another write or audit entry) and at the end
// of applyAll.
Result<void> ChangeBatch::flushPending()
{
    Statements &statements = *m_statements;
    if (statements.queued.isEmpty())
        return {};
    if (statements.queued.holdsActorsOwn())
        statements.policy.forgetRoles();
    auto refused = statements.queued.write(statements.audit);
    if (!refused)
        return refused.error();
    for (const QueuedGrants::Refused &one : *refused)
        (*m_results)[one.grant.resultIndex]
                = schemaRefusal(one.error, one.grant.userLabel, m_tenant, one.grant.target, {});
    return {};
}

Result<MembershipChangeResult> ChangeBatch::applyOne(const MembershipChange &change)
{
    const Database &db = m_db;
    const Actor &actor = m_actor;
    const Tenant &tenant = m_tenant;
    Statements &statements = *m_statements;
    const bool grant = change.kind == MembershipChange::Kind::Grant;
    const bool onWorkspace = !change.workspaceId.isEmpty();

    // Input first: these are wrong whoever asks.
    if (grant && change.role == TenantRole::None)
        return refusal(invalidInput(MembershipRules::tr(
                               "Choose a role: member, workspace_admin or tenant_admin.")),
                       {});
    if (grant && onWorkspace && change.role == TenantRole::TenantAdmin)
        return refusal(invalidInput(MembershipRules::tr(
                               "tenant_admin is a tenant-wide role: it cannot be granted on a "
                               "workspace. Grant it without a workspace, or grant "
                               "workspace_admin on the workspace.")),
                       {});

    std::optional<Workspace> target;
    if (onWorkspace) {
        auto found = workspace(change.workspaceId);
        if (!found)
            return found.error();
        if (!*found || (*found)->tenantId != tenant.id)
            return refusal(workspaceNotFound(change.workspaceId), {});
        target = **found;
    }
    const QByteArray userId = change.userId.toUtf8();
    const QByteArray workspaceId = change.workspaceId.toUtf8();
    std::optional<QString> username;
    statements.username.bindText(1, userId);
    auto userFound = statements.username.step();
    if (userFound && *userFound && !statements.username.isNull(0))
        username = textOf(statements.username.utf8(0));
    statements.username.reset();
    if (!userFound)
        return explain(db, userFound.error());
    const bool userExists = username.has_value();
    const QString userLabel = userExists ? *username : deletedUserLabel(change.userId);
    if (grant && !userExists)
        return refusal(
                notFound(
                        MembershipRules::tr("There is no user with the id %1.").arg(change.userId)),
                {});

    if (statements.queued.holdsScope(userId, workspaceId)) {
        if (auto flushed = flushPending(); !flushed)
            return flushed.error();
    }
    std::optional<TenantRole> previous;
    NativeStatement &existingRole
            = onWorkspace ? statements.existingWorkspaceRole : statements.existingTenantWideRole;
    existingRole.bindText(1, statements.tenantId);
    existingRole.bindText(2, userId);
    if (onWorkspace)
        existingRole.bindText(3, workspaceId);
    auto existing = existingRole.step();
    if (existing && *existing)
        previous = roleOf(existingRole.utf8(0));
    existingRole.reset();
    if (!existing)
        return explain(db, existing.error());
    if (!grant && !previous)
        return refusal(notFound(MembershipRules::tr("%1 holds no role on %2 to revoke.")
                                        .arg(userLabel, scopeLabel(tenant, target))),
                       {});

    // The access rule is judged on the highest role involved: a workspace_admin may neither
    // grant nor take away anything above workspace_admin.
    const TenantRole involved
            = grant ? std::max(previous.value_or(TenantRole::None), change.role) : *previous;
    // A global admin's decision reads nothing. Anyone else's reads their own grants (pending
    // ones of theirs are written first) and, to say who could, the tenant's admins.
    if (statements.queued.holdsActorsOwn() && !actor.isGlobalAdmin()) {
        if (auto flushed = flushPending(); !flushed)
            return flushed.error();
    }
    const AccessPolicy &policy = statements.policy;
    const AccessTarget accessTarget{tenant.id, change.workspaceId, involved};
    const Action action = onWorkspace ? Action::ManageWorkspaceRole : Action::ManageTenantRole;
    auto decision = policy.decide(actor, action, accessTarget);
    if (decision && !decision->allowed && !statements.queued.isEmpty()) {
        if (auto flushed = flushPending(); !flushed)
            return flushed.error();
        decision = policy.decide(actor, action, accessTarget);
    }
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return refusal(denied(decision->message()), previous);
    if (!actor.isGlobalAdmin()) {
        auto own = policy.effectiveRole(actor.userId, tenant.id, change.workspaceId);
        if (!own)
            return own.error();
        if (involved > *own)
            return refusal(
                    denied(MembershipRules::tr(
                                   "Refused: nobody grants or changes a role above their own, and "
                                   "%1 holds %2 on %3 while the role involved is %4.")
                                   .arg(actor.username, tenantRoleName(*own),
                                        scopeLabel(tenant, target), tenantRoleName(involved))),
                    previous);
    }

    if (grant && previous == change.role) {
        MembershipChangeResult unchanged;
        unchanged.outcome = MembershipChangeResult::Outcome::Unchanged;
        unchanged.previousRole = previous;
        return unchanged;
    }

    // Revoking, demoting or re-scoping the last tenant-wide tenant_admin would leave the tenant
    // without anyone who may manage it; only deleting the tenant ends it. A deleted user was
    // never one of its admins, so removing their membership is always allowed.
    if (!onWorkspace && userExists && previous == TenantRole::TenantAdmin
        && (!grant || change.role != TenantRole::TenantAdmin)) {
        if (auto flushed = flushPending(); !flushed)
            return flushed.error();
        auto others = hasOtherLivingTenantAdmin(db, tenant.id, change.userId);
        if (!others)
            return others.error();
        if (!*others)
            return refusal(
                    conflict(MembershipRules::tr(
                                     "Tenant \"%1\" must keep at least one tenant_admin, and %2 is "
                                     "its last one: grant tenant_admin to someone else first, or "
                                     "delete the tenant.")
                                     .arg(tenant.slug, userLabel)),
                    previous);
    }

    MembershipChangeResult result;
    result.previousRole = previous;
    QString event;
    if (!grant) {
        result.outcome = MembershipChangeResult::Outcome::Removed;
        event = QStringLiteral("membership.revoked");
    } else if (previous) {
        result.outcome = MembershipChangeResult::Outcome::Changed;
        event = QStringLiteral("membership.changed");
    } else {
        result.outcome = MembershipChangeResult::Outcome::Added;
        event = QStringLiteral("membership.granted");
    }
    AuditRecord record;
    record.actor = actor.auditName();
    record.tenantId = tenant.id;
    record.tenantSlug = tenant.slug;
    record.userId = change.userId;
    record.username = username;
    if (target) {
        record.workspaceId = target->id;
        record.workspaceSlug = target->slug;
    }
    record.before = previous;
    if (grant)
        record.after = change.role;

    if (m_results && grant && !previous) {
        QueuedGrants::Grant queued;
        queued.resultIndex = m_results->size();
        queued.userId = userId;
        queued.workspaceId = workspaceId;
        queued.role = tenantRoleName(change.role).toLatin1();
        queued.createdAt = nowMs();
        queued.event = event;
        queued.record = record;
        queued.userLabel = userLabel;
        queued.target = target;
        statements.queued.add(std::move(queued), change.userId == actor.userId);
        if (statements.queued.isFull()) {
            if (auto flushed = flushPending(); !flushed)
                return flushed.error();
        }
        return result;
    }
    if (auto flushed = flushPending(); !flushed)
        return flushed.error();

    NativeStatement &write = grant && previous ? statements.update
            : grant                            ? statements.insert
                                               : statements.remove;
    if (grant && previous) {
        write.bindText(1, tenantRoleName(change.role).toLatin1());
        write.bindText(2, statements.tenantId);
        write.bindText(3, userId);
        write.bindTextOrNull(4, workspaceId);
    } else if (grant) {
        write.bindText(1, statements.tenantId);
        write.bindText(2, userId);
        write.bindTextOrNull(3, workspaceId);
        write.bindText(4, tenantRoleName(change.role).toLatin1());
        write.bindInt64(5, nowMs());
    } else {
        write.bindText(1, statements.tenantId);
        write.bindText(2, userId);
        write.bindTextOrNull(3, workspaceId);
    }
    const Result<void> written = write.run();
    if (change.userId == actor.userId)
        statements.policy.forgetRoles();
    if (!written) {
        if (written.error().code == ErrorCode::Conflict)
            return schemaRefusal(written.error(), userLabel, tenant, target, previous);
        return explain(db, written.error());
    }
    if (auto logged = statements.audit.appendCanonical(event, auditPayload(record)); !logged)
        return logged.error();
    return result;
}

} // namespace tenantdesk::membership
