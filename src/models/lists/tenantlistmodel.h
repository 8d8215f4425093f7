#pragma once

#include "models/lists/namedlistmodel.h"

namespace tenantdesk {

// The tenants the signed-in user may see, filtered and sorted in SQL, loaded page by page.
// Columns: NamedRowColumns; ModelRoles::RowRole holds the Tenant.
class TenantListModel : public NamedListModel<Tenant>
{
    Q_OBJECT

public:
    explicit TenantListModel(DatabaseWorker *worker, QObject *parent = nullptr);

protected:
    Source source() const override;
};

} // namespace tenantdesk
