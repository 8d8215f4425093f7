#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"
#include "models/lists/namedrowcolumns.h"

#include "core/tenancy/tenancytypes.h"

#include <functional>

#include <QByteArray>
#include <QHash>

namespace tenantdesk {

// What the tenant and workspace lists share: rows with an id, a name, a slug and a creation
// time (Tenant, Workspace), shown in NamedRowColumns, filtered and sorted in SQL. Subclasses
// only say which service lists and counts them (source(), built with namedSource()).
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
        const Row *row = this->rowAt(index.row());
        if (!row)
            return this->placeholderData(index, role);
        switch (role) {
        case ModelRoles::IdRole:
            return row->id;
        case ModelRoles::SlugRole:
            return row->slug;
        case ModelRoles::RowRole:
            return QVariant::fromValue(*row);
        }
        return NamedRowColumns::cellData(index.column(), role, row->name, row->slug,
                                         row->createdAt);
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

    using Source = typename KeysetTableModel<Row>::Source;
    // A service's page of the list and its anchors under a ListQuery (run on the worker).
    using ReadPage
            = std::function<Result<QList<Row>>(const Database &, const Actor &, const ListQuery &)>;
    using ReadAnchors = std::function<Result<PageAnchors>(const Database &, const Actor &,
                                                          const ListQuery &, int pageSize)>;

    // The source for the current filter and order, from the service's two calls.
    Source namedSource(ReadPage read, ReadAnchors anchors) const
    {
        Source source;
        const ListQuery query = m_query;
        source.read = [query, read = std::move(read)](const Database &db, const Actor &actor,
                                                      const QVariantList &after, int limit) {
            ListQuery page = query;
            page.after = after;
            page.limit = limit;
            return read(db, actor, page);
        };
        source.cursorOf = [key = query.sortKey](const Row &row) {
            return keysetCursor(row, key);
        };
        source.idOf = [](const Row &row) {
            return row.id;
        };
        source.anchors = [query, anchors = std::move(anchors)](const Database &db,
                                                               const Actor &actor, int pageSize) {
            return anchors(db, actor, query, pageSize);
        };
        return source;
    }

private:
    ListQuery m_query;
    QByteArray m_rowRoleName;
};

} // namespace tenantdesk
