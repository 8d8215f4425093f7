#include "models/lists/tenantlistmodel.h"

#include "core/tenancy/tenantservice.h"

namespace tenantdesk {

TenantListModel::TenantListModel(DatabaseWorker *worker, QObject *parent)
    : NamedListModel<Tenant>(worker, "tenant", parent)
{
    restart();
}

TenantListModel::PageJob TenantListModel::pageJob(const Tenant *last, int limit) const
{
    return [query = pageQuery(last, limit)](const Database &db, const Actor &actor) {
        return TenantService(db, actor).list(query);
    };
}

} // namespace tenantdesk
