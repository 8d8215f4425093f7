#pragma once

// Private to core: what MembershipService's reads, writes and repairs (its three .cpp files) share.

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenancytypes.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace tenantdesk {

class Database;
class WriteTransaction;

namespace membership {

// membership::kSelectSql as a QString, for building statements on it.
extern const QString kMembershipSelect;

// The rows of sql, a statement on kMembershipSelect with values bound in order, or its failure
// explained.
Result<QList<Membership>> membershipsFrom(const Database &db, const QString &sql,
                                          const QVariantList &values);

// The tenant a write changes and the actor as the database has them under the write lock.
struct LockedTenant
{
    Tenant tenant;
    Actor actor;
};

// Takes the write lock, then reads the acting user and the tenant under it, so that the
// checks that follow see what the change will be applied to and who applies it now.
Result<LockedTenant> lockTenant(const Database &db, WriteTransaction &transaction,
                                const Actor &signedIn, const QString &tenantId);

// One change whose refusal is the caller's error.
Result<void> applyOne(const Database &db, const Actor &actor, const Tenant &tenant,
                      const MembershipChange &change);

} // namespace membership
} // namespace tenantdesk
