#pragma once

#include "models/lists/keysettablemodel.h"

#include "core/tenancy/tenancytypes.h"

namespace tenantdesk {

// Columns: NamedRowColumns (name, slug, created).
// The tenants the signed-in user may see, filtered and sorted in SQL, loaded page by page.
class TenantListModel : public KeysetTableModel<Tenant>
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SlugRole, TenantRole };

    explicit TenantListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filter() const { return m_query.filter; }
    void setFilter(const QString &filter);

protected:
    PageJob pageJob(const Tenant *last, int limit) const override;
    QString idOf(const Tenant &tenant) const override { return tenant.id; }

private:
    ListQuery m_query;
};

} // namespace tenantdesk
