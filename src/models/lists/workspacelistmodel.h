#pragma once

#include "models/lists/keysettablemodel.h"

#include "core/tenancy/tenancytypes.h"

namespace tenantdesk {

// Columns: NamedRowColumns (name, slug, created).
// The workspaces of one tenant that the signed-in user may see, loaded page by page.
class WorkspaceListModel : public KeysetTableModel<Workspace>
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SlugRole, WorkspaceRole };

    explicit WorkspaceListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString tenantId() const { return m_tenantId; }
    // An empty id shows nothing.
    void setTenantId(const QString &tenantId);
    QString filter() const { return m_query.filter; }
    void setFilter(const QString &filter);

protected:
    PageJob pageJob(const Workspace *last, int limit) const override;
    QString idOf(const Workspace &workspace) const override { return workspace.id; }

private:
    QString m_tenantId;
    ListQuery m_query;
};

} // namespace tenantdesk
