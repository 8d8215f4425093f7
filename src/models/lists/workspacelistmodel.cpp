#include "models/lists/workspacelistmodel.h"

#include "models/lists/namedrowcolumns.h"

#include "core/tenancy/workspaceservice.h"

namespace tenantdesk {

WorkspaceListModel::WorkspaceListModel(DatabaseWorker *worker, QObject *parent)
    : KeysetTableModel<Workspace>(worker, parent)
{
    restart();
}

int WorkspaceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NamedRowColumns::Count;
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workspace &workspace = rowAt(index.row());
    switch (role) {
    case IdRole:
        return workspace.id;
    case SlugRole:
        return workspace.slug;
    case WorkspaceRole:
        return QVariant::fromValue(workspace);
    }
    return NamedRowColumns::cellData(index.column(), role, workspace.name, workspace.slug,
                                     workspace.createdAt);
}

QVariant WorkspaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return NamedRowColumns::headerData(section, orientation, role);
}

QHash<int, QByteArray> WorkspaceListModel::roleNames() const
{
    auto names = KeysetTableModel<Workspace>::roleNames();
    names.insert(IdRole, "id");
    names.insert(SlugRole, "slug");
    names.insert(WorkspaceRole, "workspace");
    return names;
}

void WorkspaceListModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortKey = NamedRowColumns::sortKey(column);
    m_query.ascending = order == Qt::AscendingOrder;
    restart();
}

void WorkspaceListModel::setTenantId(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    restart();
}

void WorkspaceListModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    restart();
}

WorkspaceListModel::PageJob WorkspaceListModel::pageJob(const Workspace *last, int limit) const
{
    ListQuery query = m_query;
    query.limit = limit;
    query.after = last ? WorkspaceService::cursorOf(*last, query.sortKey) : QVariantList();
    return [query, tenantId = m_tenantId](const Database &db,
                                          const Actor &actor) -> Result<QList<Workspace>> {
        if (tenantId.isEmpty())
            return QList<Workspace>();
        return WorkspaceService(db, actor).list(tenantId, query);
    };
}

} // namespace tenantdesk
