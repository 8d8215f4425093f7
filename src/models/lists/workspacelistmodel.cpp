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

WorkspaceListModel::Source WorkspaceListModel::source() const
{
    const QString tenantId = m_tenantId;
    return namedSource(
            [tenantId](const Database &db, const Actor &actor,
                       const ListQuery &query) -> Result<QList<Workspace>> {
                if (tenantId.isEmpty())
                    return QList<Workspace>();
                return WorkspaceService(db, actor).list(tenantId, query);
            },
            [tenantId](const Database &db, const Actor &actor, const ListQuery &query,
                       int pageSize) -> Result<PageAnchors> {
                if (tenantId.isEmpty())
                    return PageAnchors{0, pageSize, {}};
                return WorkspaceService(db, actor).anchors(tenantId, query, pageSize);
            });
}

} // namespace tenantdesk
