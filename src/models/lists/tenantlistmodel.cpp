#include "models/lists/tenantlistmodel.h"

#include "core/tenancy/tenantservice.h"

namespace tenantdesk {

TenantListModel::TenantListModel(DatabaseWorker *worker, QObject *parent)
    : NamedListModel<Tenant>(worker, "tenant", parent)
{
    restart();
}

TenantListModel::Source TenantListModel::source() const
{
    return namedSource(
            [](const Database &db, const Actor &actor, const ListQuery &query) {
                return TenantService(db, actor).list(query);
            },
            [](const Database &db, const Actor &actor, const ListQuery &query, int pageSize) {
                return TenantService(db, actor).anchors(query, pageSize);
            });
}

} // namespace tenantdesk
