#include "models/lists/pagedmodelbase.h"

namespace tenantdesk {

PagedModelBase::PagedModelBase(DatabaseWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{ }

void PagedModelBase::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace tenantdesk
