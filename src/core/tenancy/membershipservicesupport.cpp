#include "core/tenancy/membershipservicesupport.h"

#include "core/access/currentactor.h"
#include "core/database/database.h"
#include "core/database/rowscan.h"
#include "core/tenancy/changebatch.h"
#include "core/tenancy/membershiprules.h"
#include "core/tenancy/tenancysql.h"

namespace tenantdesk::membership {

using namespace tenancy;

const QString kMembershipSelect = QLatin1String(kSelectSql);

Result<QList<Membership>> membershipsFrom(const Database &db, const QString &sql,
                                          const QVariantList &values)
{
    QList<Membership> memberships;
    auto read = scanRows(db, sql, values, [&memberships](const ScanRow &row) -> Result<void> {
        memberships.append(membership::fromRow(row));
        return {};
    });
    if (!read)
        return explain(db, read.error());
    return memberships;
}

Result<LockedTenant> lockTenant(const Database &db, WriteTransaction &transaction,
                                const Actor &signedIn, const QString &tenantId)
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto actor = currentActor(db, signedIn);
    if (!actor)
        return actor.error();
    auto tenant = loadTenant(db, tenantId);
    if (!tenant)
        return tenant.error();
    if (!*tenant)
        return tenantNotFound(tenantId);
    return LockedTenant{**tenant, *actor};
}

Result<void> applyOne(const Database &db, const Actor &actor, const Tenant &tenant,
                      const MembershipChange &change)
{
    auto result = membership::applyChange(db, actor, tenant, change);
    if (!result)
        return result.error();
    if (result->error)
        return *result->error;
    return {};
}

} // namespace tenantdesk::membership
