#pragma once

#include "models/jobs/databaseworker.h"
#include "models/lists/pagedmodelbase.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>

namespace tenantdesk {

// A table over a keyset-paged list of Row. Pages load on the DatabaseWorker when a view
// asks (canFetchMore/fetchMore), so opening a huge table costs one page. refresh()
// reloads what is loaded and keeps persistent indexes (selection, current row) on the same
// ids, so views keep their selection and scroll position when another process commits.
template<typename Row> class KeysetTableModel : public PagedModelBase
{
public:
    using PageJob = std::function<Result<QList<Row>>(const Database &, const Actor &)>;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_atEnd || m_loading)
            return;
        load(m_rows.isEmpty() ? nullptr : &m_rows.last(), kPageSize, false);
    }

    // Reloads the loaded rows (at least one page) and keeps indexes on the same ids.
    void refresh() override
    {
        if (m_loading) {
            m_refreshPending = true;
            return;
        }
        load(nullptr, std::max(kPageSize, int(m_rows.size())), true);
    }

    QModelIndex indexOfId(const QString &id, int column = 0) const override
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (idOf(m_rows.at(row)) == id)
                return index(row, column);
        }
        return {};
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    static constexpr int kPageSize = 256;

    KeysetTableModel(DatabaseWorker *worker, QObject *parent)
        : PagedModelBase(worker, parent)
    { }

    // The job that loads `limit` rows after `last` (nullptr: from the start) under the
    // current filter and order. It runs on the worker thread: capture by value.
    virtual PageJob pageJob(const Row *last, int limit) const = 0;
    virtual QString idOf(const Row &row) const = 0;

    // Filter or order changed: drop everything and load the first page.
    void restart()
    {
        beginResetModel();
        m_rows.clear();
        m_atEnd = false;
        m_refreshPending = false;
        ++m_generation;
        m_loading = false; // a load of the old generation is now irrelevant
        endResetModel();
        // A view (or QAbstractItemModelTester) may already have asked for the first page
        // while reacting to the reset; fetchMore starts it only if nobody did.
        fetchMore({});
    }

private:
    void load(const Row *last, int limit, bool replace)
    {
        setLoading(true);
        const quint64 generation = m_generation;
        m_worker->run<Result<QList<Row>>>(
                this, pageJob(last, limit),
                [this, generation, limit, replace](Result<QList<Row>> page) {
                    if (generation != m_generation)
                        return; // filter or order changed meanwhile
                    if (!page) {
                        m_atEnd = true;
                        setLoading(false);
                        emit errorOccurred(page.error().message);
                        return;
                    }
                    // Still "loading" while rows go in, so that a
                    // view reacting to the insertion cannot ask
                    // for the same page again.
                    if (replace)
                        replaceRows(std::move(page).value(), limit);
                    else
                        appendRows(std::move(page).value(), limit);
                    setLoading(false);
                    emit refreshed();
                    if (m_refreshPending) {
                        m_refreshPending = false;
                        refresh();
                    }
                });
    }

    void appendRows(QList<Row> rows, int limit)
    {
        m_atEnd = rows.size() < limit;
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }

    void replaceRows(QList<Row> rows, int limit)
    {
        emit layoutAboutToBeChanged();
        QHash<QString, int> newRowOfId;
        newRowOfId.reserve(rows.size());
        for (int row = 0; row < rows.size(); ++row)
            newRowOfId.insert(idOf(rows.at(row)), row);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const auto found = newRowOfId.constFind(idOf(m_rows.at(index.row())));
            after.append(found == newRowOfId.cend() ? QModelIndex()
                                                    : createIndex(*found, index.column()));
        }
        m_rows = std::move(rows);
        m_atEnd = m_rows.size() < limit;
        changePersistentIndexList(before, after);
        emit layoutChanged();
    }

    QList<Row> m_rows;
    bool m_refreshPending = false;
};

} // namespace tenantdesk
