#include "models/lists/pagedmodelbase.h"

namespace tenantdesk {

PagedModelBase::PagedModelBase(DatabaseWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{ }

void PagedModelBase::beginJob()
{
    if (m_jobs++ == 0)
        emit loadingChanged(true);
}

void PagedModelBase::endJob()
{
    if (--m_jobs == 0)
        emit loadingChanged(false);
}

QVariant PagedModelBase::placeholderData(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 0)
        return tr("Loading…");
    return {};
}

} // namespace tenantdesk
