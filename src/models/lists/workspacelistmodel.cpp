#include "models/lists/workspacelistmodel.h"

#include "core/tenancy/workspaceservice.h"

namespace tenantdesk {

WorkspaceListModel::WorkspaceListModel(DatabaseWorker *worker, QObject *parent)
    : NamedListModel<Workspace>(worker, "workspace", parent)
{
    restart();
}

void WorkspaceListModel::setTenantId(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    restart();
}

WorkspaceListModel::PageJob WorkspaceListModel::pageJob(const Workspace *last, int limit) const
{
    return [query = pageQuery(last, limit), tenantId = m_tenantId](
                   const Database &db, const Actor &actor) -> Result<QList<Workspace>> {
        if (tenantId.isEmpty())
            return QList<Workspace>();
        return WorkspaceService(db, actor).list(tenantId, query);
    };
}

} // namespace tenantdesk
