#include "models/lists/tenantlistmodel.h"

#include "models/lists/namedrowcolumns.h"

#include "core/tenancy/tenantservice.h"

namespace tenantdesk {

TenantListModel::TenantListModel(DatabaseWorker *worker, QObject *parent)
    : KeysetTableModel<Tenant>(worker, parent)
{
    restart();
}

int TenantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NamedRowColumns::Count;
}

QVariant TenantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tenant &tenant = rowAt(index.row());
    switch (role) {
    case IdRole:
        return tenant.id;
    case SlugRole:
        return tenant.slug;
    case TenantRole:
        return QVariant::fromValue(tenant);
    }
    return NamedRowColumns::cellData(index.column(), role, tenant.name, tenant.slug,
                                     tenant.createdAt);
}

QVariant TenantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return NamedRowColumns::headerData(section, orientation, role);
}

QHash<int, QByteArray> TenantListModel::roleNames() const
{
    auto names = KeysetTableModel<Tenant>::roleNames();
    names.insert(IdRole, "id");
    names.insert(SlugRole, "slug");
    names.insert(TenantRole, "tenant");
    return names;
}

void TenantListModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortKey = NamedRowColumns::sortKey(column);
    m_query.ascending = order == Qt::AscendingOrder;
    restart();
}

void TenantListModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    restart();
}

TenantListModel::PageJob TenantListModel::pageJob(const Tenant *last, int limit) const
{
    ListQuery query = m_query;
    query.limit = limit;
    query.after = last ? TenantService::cursorOf(*last, query.sortKey) : QVariantList();
    return [query](const Database &db, const Actor &actor) {
        return TenantService(db, actor).list(query);
    };
}

} // namespace tenantdesk
