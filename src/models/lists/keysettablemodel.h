#pragma once

#include "models/jobs/databaseworker.h"
#include "models/lists/pagedmodelbase.h"
#include "models/lists/pagewindow.h"

#include "core/database/pageanchors.h"

#include <QHash>
#include <QList>
#include <QVariantList>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace tenantdesk {

// A table over a keyset-paged list of Row that holds a window of the list, not the list.
//
// rowCount() is the list's real length, counted on the DatabaseWorker together with the page
// anchors (the cursor where each page of kPageSize rows begins, PageAnchors) in one index
// scan. data() never queries: a row whose page is held answers at once; any other answers a
// placeholder and its page is requested. The pages views asked for while painting are loaded
// together, each by one indexed seek from its anchor, so the End key in a million rows costs
// one page. At most kMaxPages pages are held: the least recently shown go first, never those
// holding a persistent index (the selection, the current row). Scrolling a million rows
// costs constant memory, and the scroll bar is honest from the first count.
//
// refresh() (F5, another writer's commit) counts again, reloads only the held pages,
// compares them with what is shown on the worker thread and applies the difference: rows
// added or removed at the end, dataChanged for rows that differ, and a layout change only
// when a row with a persistent index moved (indexes follow their ids). Nothing on the GUI
// thread grows with the length of the list.
//
// A subclass describes its list with source() and calls restart() when its filter or order
// changes (and once in its constructor):
//
//     Source source() const override
//     {
//         Source list;
//         list.read = [prefix = m_prefix](const Database &db, const Actor &actor,
//                                         const QVariantList &after, int limit) {
//             return UserDirectory(db).list(limit, after.value(0).toString(), prefix);
//         };
//         list.cursorOf = [](const User &user) { return QVariantList{user.username}; };
//         list.idOf = [](const User &user) { return user.id; };
//         list.anchors = [prefix = m_prefix](const Database &db, const Actor &, int pageSize) {
//             return UserDirectory(db).anchors(prefix, pageSize);
//         };
//         return list;
//     }
//
// Its data() starts with `const Row *row = rowAt(index.row()); if (!row) return
// placeholderData(index, role);`.
template<typename Row> class KeysetTableModel : public PagedModelBase
{
public:
    // A row's keyset position: what the list call takes as `after` for the rows after it.
    using Cursor = QVariantList;

    // How to read the list as the model shows it now. Every function runs on the worker
    // thread: capture what it needs by value, never `this`.
    struct Source
    {
        // At most `limit` rows after `after` (empty: from the first row), in list order.
        std::function<Result<QList<Row>>(const Database &, const Actor &, const Cursor &after,
                                         int limit)>
                read;
        // The cursor of a row.
        std::function<Cursor(const Row &)> cursorOf;
        // The row's id (ModelRoles::IdRole): how a row is found again after a refresh.
        std::function<QString(const Row &)> idOf;
        // The count and page anchors in one index scan (core's list services have one).
        // Optional: without it the list is read page by page to find them, which suits short
        // lists only.
        std::function<Result<PageAnchors>(const Database &, const Actor &, int pageSize)> anchors;
    };

    void refresh() override
    {
        if (!m_source.read)
            return;
        if (m_refreshing) {
            m_refreshPending = true;
            return;
        }
        m_refreshing = true;
        QHash<int, QList<Row>> shown;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            shown.insert(it.key(), it->rows); // implicitly shared: no copy of the rows
        const std::vector<int> wanted = pagesToReload(m_pages.keys());
        const quint64 generation = m_generation;
        beginJob();
        m_worker->run<Result<Reload>>(
                this,
                [source = m_source, wanted, shown](const Database &db, const Actor &actor) {
                    return reload(source, db, actor, wanted, shown);
                },
                [this, generation](Result<Reload> reloaded) {
                    endJob();
                    if (generation != m_generation)
                        return;
                    m_refreshing = false;
                    if (!reloaded)
                        emit errorOccurred(reloaded.error().message);
                    else
                        applyReload(std::move(reloaded).value());
                    refreshDone();
                });
    }

    QModelIndex indexOfId(const QString &id, int column = 0) const override
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (int i = 0; i < it->rows.size(); ++i) {
                if (m_source.idOf(it->rows.at(i)) == id) {
                    const int row = it.key() * kPageSize + i;
                    return row < m_count ? index(row, column) : QModelIndex();
                }
            }
        }
        return {};
    }

    int rowsHeld() const override
    {
        int rows = 0;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            rows += int(it->rows.size());
        return rows;
    }

    // Calls fn for every row held, in no particular order; requests nothing.
    template<typename Fn> void forEachHeldRow(Fn fn) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (const Row &row : it->rows)
                fn(row);
        }
    }

    // The row if its page is held; otherwise nullptr, and its page is requested as for a view.
    const Row *rowAt(int row) const
    {
        if (row < 0 || row >= m_count)
            return nullptr;
        const int page = row / kPageSize;
        const int offset = row % kPageSize;
        const auto found = m_pages.constFind(page);
        if (found == m_pages.cend()) {
            m_window.want(page);
            return nullptr;
        }
        found->used = m_window.stamp();
        return offset < found->rows.size() ? &found->rows.at(offset) : nullptr;
    }

protected:
    KeysetTableModel(DatabaseWorker *worker, QObject *parent)
        : PagedModelBase(worker, parent)
    { }

    virtual Source source() const = 0;

    QString idOf(const Row &row) const { return m_source.idOf(row); }

    // Filter or order changed: drop everything, load the first page, then count.
    void restart()
    {
        beginResetModel();
        forgetList();
        m_source = source();
        m_pages.clear();
        endResetModel();
        loadFirstPage();
    }

    // dataChanged over every held row, for a subclass whose answers changed for reasons of
    // its own (what the signed-in user may do there).
    void emitHeldChanged(const QList<int> &roles = {})
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            emitRowsChanged(it.key() * kPageSize, it.key() * kPageSize + int(it->rows.size()) - 1,
                            roles);
    }

private:
    struct Page
    {
        QList<Row> rows;
        mutable quint64 used = 0; // the LRU clock when a view last asked for one of its rows
    };

    // What a refresh found: new anchors, the reloaded pages and, per row, whether it differs
    // from what was shown; computed on the worker.
    struct Reload
    {
        PageAnchors anchors;
        QHash<int, QList<Row>> pages;
        QHash<int, std::vector<bool>> changed;
        QHash<QString, int> rowOfId; // rows of the reloaded pages
    };

    static Result<PageAnchors> anchorsOf(const Source &source, const Database &db,
                                         const Actor &actor)
    {
        if (source.anchors)
            return source.anchors(db, actor, kPageSize);
        return walkAnchors([&](const Cursor &after) -> Result<PageRead> {
            auto rows = source.read(db, actor, after, kPageSize);
            if (!rows)
                return rows.error();
            return PageRead{int(rows->size()),
                            rows->isEmpty() ? Cursor() : source.cursorOf(rows->last())};
        });
    }

    static Result<Reload> reload(const Source &source, const Database &db, const Actor &actor,
                                 const std::vector<int> &wanted,
                                 const QHash<int, QList<Row>> &shown)
    {
        Reload result;
        auto anchors = anchorsOf(source, db, actor);
        if (!anchors)
            return anchors.error();
        result.anchors = std::move(anchors).value();
        for (int page : wanted) {
            if (page >= result.anchors.pageCount())
                break;
            auto rows = source.read(db, actor, result.anchors.after(page), kPageSize);
            if (!rows)
                return rows.error();
            const QList<Row> &before = shown.value(page);
            std::vector<bool> changed(size_t(std::max(rows->size(), before.size())), true);
            for (int i = 0; i < rows->size(); ++i) {
                changed[size_t(i)] = i >= before.size() || !(before.at(i) == rows->at(i));
                result.rowOfId.insert(source.idOf(rows->at(i)), page * kPageSize + i);
            }
            result.changed.insert(page, std::move(changed));
            result.pages.insert(page, std::move(rows).value());
        }
        return result;
    }

    void loadFirstPage()
    {
        const quint64 generation = m_generation;
        beginJob();
        m_worker->run<Result<QList<Row>>>(
                this,
                [read = m_source.read](const Database &db, const Actor &actor) {
                    return read(db, actor, Cursor(), kPageSize);
                },
                [this, generation](Result<QList<Row>> rows) {
                    endJob();
                    if (generation != m_generation)
                        return;
                    if (!rows) {
                        emit errorOccurred(rows.error().message);
                        return;
                    }
                    m_rowsLoaded += rows->size();
                    // The count may have come first only when a refresh overtook the first
                    // page; then the rows are already in.
                    if (m_counted || m_count > 0) {
                        storePage(0, std::move(rows).value());
                    } else {
                        const int size = int(rows->size());
                        if (size > 0) {
                            // Still "in flight" while rows go in, so that a view reacting to
                            // the insertion cannot ask for the same page again.
                            m_window.request(0);
                            beginInsertRows({}, 0, size - 1);
                            m_pages.insert(0, Page{std::move(rows).value(), m_window.stamp()});
                            m_count = size;
                            endInsertRows();
                            m_window.arrived(0);
                        }
                        // A short first page is the whole list: no count needed.
                        m_counted = size < kPageSize;
                    }
                    emit refreshed();
                });
        // Counted at once behind it: the first rows show while the scan runs.
        beginJob();
        m_worker->run<Result<PageAnchors>>(
                this,
                [source = m_source](const Database &db, const Actor &actor) {
                    return anchorsOf(source, db, actor);
                },
                [this, generation](Result<PageAnchors> anchors) {
                    countArrived(generation, std::move(anchors));
                });
    }

    bool isHeld(int page) const override { return m_pages.contains(page); }

    void dropRowsFrom(int count) override
    {
        const int pages = (count + kPageSize - 1) / kPageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() >= pages) {
                it = m_pages.erase(it);
            } else {
                if (it.key() == pages - 1)
                    it->rows.resize(
                            std::min<qsizetype>(it->rows.size(), count - it.key() * kPageSize));
                ++it;
            }
        }
    }

    void applyReload(Reload reload)
    {
        for (auto it = reload.pages.cbegin(); it != reload.pages.cend(); ++it)
            m_rowsLoaded += it->size();
        const int count = rowsOf(reload.anchors);
        // Rows added at the end go in first, with the old contents: rows a persistent index
        // moves to must exist before it moves.
        if (count > m_count)
            resizeTo(count);

        // Persistent indexes on held rows follow their ids; those on rows not held stay.
        const auto rowAfter = [this, &reload](int row) {
            const int page = row / kPageSize;
            const auto held = m_pages.constFind(page);
            const int offset = row % kPageSize;
            if (held == m_pages.cend() || offset >= held->rows.size()
                || !reload.pages.contains(page))
                return row;
            return reload.rowOfId.value(m_source.idOf(held->rows.at(offset)), -1);
        };
        if (!followRows(rowAfter, [this, &reload] { swapPages(reload, false); }))
            swapPages(reload, true);
        if (count < m_count)
            resizeTo(count);
        evict();
    }

    // Takes the reloaded pages and the new anchors; other held pages stay only where their
    // anchor did not move. With notify, emits dataChanged for every row that differs.
    void swapPages(Reload &reload, bool notify)
    {
        std::vector<std::pair<int, int>> changedRuns;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            const int page = it.key();
            if (!reload.pages.contains(page)
                && m_anchors.after(page) != reload.anchors.after(page)) {
                changedRuns.emplace_back(page * kPageSize,
                                         page * kPageSize + int(it->rows.size()) - 1);
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        for (auto it = reload.pages.begin(); it != reload.pages.end(); ++it) {
            const int first = it.key() * kPageSize;
            for (const auto &[from, to] : runsOf(reload.changed.value(it.key())))
                changedRuns.emplace_back(first + from, first + to);
            m_pages[it.key()] = Page{std::move(it.value()), m_window.stamp()};
        }
        m_anchors = std::move(reload.anchors);
        m_counted = true;
        m_window.askAgain();
        if (notify) {
            for (const auto &[first, last] : changedRuns)
                emitRowsChanged(first, last);
        }
    }

    void loadPages(const std::vector<int> &batch, quint64 epoch) override
    {
        QList<std::pair<int, Cursor>> pages;
        for (int page : batch)
            pages.append({page, m_anchors.after(page)});
        const quint64 generation = m_generation;
        using Loaded = QList<std::pair<int, QList<Row>>>;
        beginJob();
        m_worker->run<Result<Loaded>>(
                this,
                [read = m_source.read, pages](const Database &db,
                                              const Actor &actor) -> Result<Loaded> {
                    Loaded loaded;
                    for (const auto &[page, after] : pages) {
                        auto rows = read(db, actor, after, kPageSize);
                        if (!rows)
                            return rows.error();
                        loaded.append({page, std::move(rows).value()});
                    }
                    return loaded;
                },
                [this, generation, epoch](Result<Loaded> loaded) {
                    endJob();
                    if (generation != m_generation || !m_window.isCurrent(epoch))
                        return; // a restart or refresh asks again
                    if (!loaded) {
                        m_window.failBatch();
                        emit errorOccurred(loaded.error().message);
                        return;
                    }
                    m_window.endBatch();
                    for (auto &[page, rows] : *loaded) {
                        m_window.arrived(page);
                        m_rowsLoaded += rows.size();
                        storePage(page, std::move(rows));
                    }
                    evict();
                    emit refreshed();
                    requestWanted();
                });
    }

    void storePage(int page, QList<Row> rows)
    {
        const int size = int(rows.size());
        m_pages.insert(page, Page{std::move(rows), m_window.stamp()});
        emitRowsChanged(page * kPageSize, page * kPageSize + std::max(size, kPageSize) - 1);
    }

    // Drops the least recently shown pages beyond kMaxPages. A dropped row is a cache miss,
    // not a change of data: no signal; a view that paints it again asks for it again.
    void evict()
    {
        if (m_pages.size() <= kMaxPages)
            return;
        std::vector<std::pair<quint64, int>> held;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            held.emplace_back(it->used, it.key());
        for (int page : PageWindow::victims(std::move(held), pinnedPages(), kMaxPages))
            m_pages.remove(page);
    }

    Source m_source;
    QHash<int, Page> m_pages;
};

} // namespace tenantdesk
