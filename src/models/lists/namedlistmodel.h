#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"
#include "models/lists/namedrowcolumns.h"

#include "core/tenancy/tenancytypes.h"

#include <QByteArray>
#include <QHash>

namespace tenantdesk {

// What the tenant and workspace lists share: rows with an id, a name, a slug and a creation
// time (Tenant, Workspace), shown in NamedRowColumns, filtered and sorted in SQL. Subclasses
// only say which service loads a page (pageJob, built from pageQuery()).
template<typename Row> class NamedListModel : public KeysetTableModel<Row>
{
public:
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : NamedRowColumns::Count;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        using Check = QAbstractItemModel::CheckIndexOption;
        if (!this->checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid))
            return {};
        const Row &row = this->rowAt(index.row());
        switch (role) {
        case ModelRoles::IdRole:
            return row.id;
        case ModelRoles::SlugRole:
            return row.slug;
        case ModelRoles::RowRole:
            return QVariant::fromValue(row);
        }
        return NamedRowColumns::cellData(index.column(), role, row.name, row.slug, row.createdAt);
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        return NamedRowColumns::headerData(section, orientation, role);
    }

    QHash<int, QByteArray> roleNames() const override
    {
        auto names = KeysetTableModel<Row>::roleNames();
        names.insert(ModelRoles::IdRole, "id");
        names.insert(ModelRoles::SlugRole, "slug");
        names.insert(ModelRoles::RowRole, m_rowRoleName);
        return names;
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        m_query.sortKey = NamedRowColumns::sortKey(column);
        m_query.ascending = order == Qt::AscendingOrder;
        this->restart();
    }

    QString filter() const { return m_query.filter; }
    void setFilter(const QString &filter)
    {
        if (filter == m_query.filter)
            return;
        m_query.filter = filter;
        this->restart();
    }

protected:
    // rowRoleName: the name of ModelRoles::RowRole ("tenant", "workspace").
    NamedListModel(DatabaseWorker *worker, QByteArray rowRoleName, QObject *parent)
        : KeysetTableModel<Row>(worker, parent)
        , m_rowRoleName(std::move(rowRoleName))
    { }

    // The current filter and order, for `limit` rows after `last` (nullptr: the first page).
    ListQuery pageQuery(const Row *last, int limit) const
    {
        ListQuery query = m_query;
        query.limit = limit;
        query.after = last ? keysetCursor(*last, query.sortKey) : QVariantList();
        return query;
    }

    QString idOf(const Row &row) const override { return row.id; }

private:
    ListQuery m_query;
    QByteArray m_rowRoleName;
};

} // namespace tenantdesk
