#include "core/tenancy/membershipservice.h"

#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/changebatch.h"
#include "core/tenancy/membershiprules.h"
#include "core/tenancy/membershipservicesupport.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>

#include <algorithm>

// The reads are in membershipreads.cpp, the repairs of orphaned and duplicate rows in
// membershiprepairs.cpp.

namespace tenantdesk {

using namespace tenancy;
using membership::applyOne;
using membership::lockTenant;

MembershipService::MembershipService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<Membership> MembershipService::grant(const QString &tenantId, const QString &userId,
                                            TenantRole role, const QString &workspaceId)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    if (auto applied = applyOne(m_db, locked->actor, tenant,
                                {MembershipChange::Kind::Grant, userId, workspaceId, role});
        !applied)
        return applied.error();
    auto stored = membership::load(m_db, tenantId, userId, workspaceId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return failure(MembershipService::tr("The membership was not stored."));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << locked->actor.auditName() << "granted" << tenantRoleName(role) << "in"
                      << tenant.slug;
    return **stored;
}

Result<void> MembershipService::revoke(const QString &tenantId, const QString &userId,
                                       const QString &workspaceId)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    if (auto applied = applyOne(m_db, locked->actor, tenant,
                                {MembershipChange::Kind::Revoke, userId, workspaceId, {}});
        !applied)
        return applied.error();
    return transaction.commit();
}

Result<void> MembershipService::removeFromTenant(const QString &tenantId, const QString &userId)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    const Tenant &tenant = locked->tenant;
    // Workspace grants first, the tenant-wide one last: every grant goes through the same
    // rules as a single revoke, and one refusal rolls all of them back.
    // DISTINCT: duplicate tenant-wide rows are one grant, which one revoke removes whole.
    auto scopes = m_db.exec(
            QStringLiteral("SELECT workspace_id FROM tenant_users WHERE tenant_id = ? AND "
                           "user_id = ? GROUP BY workspace_id ORDER BY workspace_id IS NULL, "
                           "min(rowid)"),
            {tenantId, userId});
    if (!scopes)
        return explain(m_db, scopes.error());
    QStringList workspaceIds;
    while (scopes->next())
        workspaceIds << scopes->value(0).toString();
    if (workspaceIds.isEmpty())
        return notFound(
                MembershipService::tr("The user holds no role in tenant \"%1\".").arg(tenant.slug));
    for (const QString &workspaceId : std::as_const(workspaceIds)) {
        if (auto applied = applyOne(m_db, locked->actor, tenant,
                                    {MembershipChange::Kind::Revoke, userId, workspaceId, {}});
            !applied)
            return applied.error();
    }
    return transaction.commit();
}

Result<QList<MembershipChangeResult>>
MembershipService::apply(const QString &tenantId, const QList<MembershipChange> &changes,
                         bool allOrNothing, bool dryRun)
{
    WriteTransaction transaction(m_db);
    auto locked = lockTenant(m_db, transaction, m_actor, tenantId);
    if (!locked)
        return locked.error();
    // Each change is judged against the state the changes before it left, as if applied one
    // by one; a refused change writes nothing, so skipping it keeps the others consistent.
    membership::ChangeBatch batch(m_db, locked->actor, locked->tenant);
    auto applied = batch.applyAll(changes);
    if (!applied)
        return applied.error();
    const QList<MembershipChangeResult> &results = *applied;
    const bool anyRefused
            = std::any_of(results.cbegin(), results.cend(), [](const MembershipChangeResult &r) {
                  return r.outcome == MembershipChangeResult::Outcome::Refused;
              });
    if (dryRun || (allOrNothing && anyRefused)) {
        transaction.rollback();
        return results;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

} // namespace tenantdesk
