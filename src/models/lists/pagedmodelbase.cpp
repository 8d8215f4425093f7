#include "models/lists/pagedmodelbase.h"

#include <algorithm>
#include <limits>

namespace tenantdesk {

PagedModelBase::PagedModelBase(DatabaseWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
    , m_window(this, [this] { requestWanted(); })
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

void PagedModelBase::forgetList()
{
    ++m_generation;
    m_window.clear();
    m_anchors = {};
    m_count = 0;
    m_counted = false;
    m_refreshing = false;
    m_refreshPending = false;
}

void PagedModelBase::countArrived(quint64 generation, Result<PageAnchors> anchors)
{
    endJob();
    if (generation != m_generation)
        return;
    if (!anchors) {
        emit errorOccurred(anchors.error().message);
        return;
    }
    const int count = rowsOf(*anchors);
    m_anchors = std::move(anchors).value();
    m_counted = true;
    resizeTo(count);
    emit refreshed();
    requestWanted();
}

void PagedModelBase::refreshDone()
{
    emit refreshed();
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
    requestWanted();
}

void PagedModelBase::requestWanted()
{
    if (m_window.isBatchInFlight() || m_refreshing)
        return;
    const auto loadable = [this](int page) {
        const bool known = page == 0 || page < m_anchors.pageCount();
        return known && !isHeld(page) && page * kPageSize < m_count;
    };
    const PageWindow::Batch batch = m_window.takeWanted(loadable, kMaxBatch);
    // What did not make this batch was scrolled past; should a view still show it, the
    // repaint asks again.
    for (int page : batch.passed)
        emitRowsChanged(page * kPageSize, page * kPageSize + kPageSize - 1);
    if (!batch.load.empty())
        loadPages(batch.load, m_window.startBatch(batch.load));
}

int PagedModelBase::rowsOf(const PageAnchors &anchors)
{
    return int(std::min<qint64>(anchors.count, std::numeric_limits<int>::max()));
}

void PagedModelBase::resizeTo(int count)
{
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        dropRowsFrom(count);
        endRemoveRows();
    }
}

void PagedModelBase::emitRowsChanged(int first, int last, const QList<int> &roles)
{
    last = std::min(last, m_count - 1);
    if (first > last)
        return;
    emit dataChanged(index(first, 0), index(last, columnCount() - 1), roles);
}

QSet<int> PagedModelBase::pinnedPages() const
{
    QSet<int> pinned;
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent)
        pinned.insert(index.row() / kPageSize);
    return pinned;
}

std::vector<int> PagedModelBase::pagesToReload(const QList<int> &held) const
{
    QSet<int> pages(held.cbegin(), held.cend());
    for (int page : pinnedPages()) {
        pages.insert(page);
        if (page > 0)
            pages.insert(page - 1);
        pages.insert(page + 1);
    }
    std::vector<int> ordered(pages.cbegin(), pages.cend());
    std::sort(ordered.begin(), ordered.end());
    return ordered;
}

bool PagedModelBase::followRows(const std::function<int(int row)> &rowAfter,
                                const std::function<void()> &swap)
{
    const auto targets = [this, &rowAfter](const QModelIndexList &from, bool *moved) {
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const int row = rowAfter(index.row());
            if (row == index.row()) {
                to.append(index);
                continue;
            }
            *moved = true;
            to.append(row < 0 || row >= m_count ? QModelIndex() : createIndex(row, index.column()));
        }
        return to;
    };
    bool moved = false;
    targets(persistentIndexList(), &moved);
    if (!moved)
        return false;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Again: views and selection models add indexes of their own in the signal.
    const QModelIndexList from = persistentIndexList();
    const QModelIndexList to = targets(from, &moved);
    swap();
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    return true;
}

Result<PageAnchors> PagedModelBase::walkAnchors(
        const std::function<Result<PageRead>(const QVariantList &after)> &readAfter)
{
    PageAnchors anchors;
    anchors.pageSize = kPageSize;
    QVariantList after;
    for (;;) {
        auto page = readAfter(after);
        if (!page)
            return page.error();
        anchors.count += page->rows;
        if (page->rows < kPageSize)
            break;
        after = page->last;
        anchors.cursors.append(after);
    }
    if (anchors.count > 0 && anchors.count % kPageSize == 0)
        anchors.cursors.removeLast();
    return anchors;
}

std::vector<std::pair<int, int>> PagedModelBase::runsOf(const std::vector<bool> &changed)
{
    std::vector<std::pair<int, int>> runs;
    for (int i = 0; i < int(changed.size());) {
        if (!changed[size_t(i)]) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < int(changed.size()) && changed[size_t(end + 1)])
            ++end;
        runs.emplace_back(i, end);
        i = end + 1;
    }
    return runs;
}

} // namespace tenantdesk
