#pragma once

#include "models/lists/pagewindow.h"

#include "core/database/pageanchors.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>
#include <utility>
#include <vector>

namespace tenantdesk {

class DatabaseWorker;

// The non-template part of KeysetTableModel: the signals, loading state and calls that views
// and widgets use without knowing the row type, and what does not depend on it either: the
// count and anchors, when to load which pages (with PageWindow), persistent indexes following
// their rows. Compiled once rather than once per list; KeysetTableModel adds the rows and the
// jobs that read them.
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_count;
    }

    bool isLoading() const { return m_jobs > 0; }
    // True once rowCount() is the number of rows the list has (counted on the worker); before
    // that it is the number of rows of the first page.
    bool isComplete() const { return m_counted; }
    DatabaseWorker *worker() const { return m_worker; }

    // Reloads what is held (the pages views showed last, and the rows of the selection) and
    // the count, and applies the difference; keeps indexes on the same ids.
    virtual void refresh() = 0;
    // The index of the row whose ModelRoles::IdRole is id, if it is held.
    virtual QModelIndex indexOfId(const QString &id, int column = 0) const = 0;

    // How many rows the model keeps in memory now: bounded, whatever rowCount() is.
    virtual int rowsHeld() const = 0;
    // Rows read from the database since the model was made (pages, not counts): what a
    // refresh costs is the growth of this number.
    qint64 rowsLoaded() const { return m_rowsLoaded; }

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    // After the first page, the count, a page a view asked for or a refresh: the rows the model
    // holds match the database again.
    void refreshed();

protected:
    static constexpr int kPageSize = 256;
    // Held pages beyond those with a persistent index: several screens of rows.
    static constexpr int kMaxPages = 8;
    // Pages asked for in one job; a view shows two or three.
    static constexpr int kMaxBatch = 4;

    PagedModelBase(DatabaseWorker *worker, QObject *parent);
    void beginJob();
    void endJob();
    // What data() answers for a row whose page is on its way: "Loading…" in the first column.
    QVariant placeholderData(const QModelIndex &index, int role) const;

    // Filter or order changed: the count, the anchors and the pages asked for no longer apply,
    // and answers to jobs started before are dropped.
    void forgetList();
    // The answer of the count job started in generation: new anchors without reloaded pages,
    // so rows change at the end only.
    void countArrived(quint64 generation, Result<PageAnchors> anchors);
    // After a refresh: the refresh asked for while it ran, and the pages views asked for.
    void refreshDone();
    // Loads the pages views asked for since the last call, the latest first.
    void requestWanted();
    // The anchors' count as a row count, which stops at INT_MAX.
    static int rowsOf(const PageAnchors &anchors);
    void resizeTo(int count);
    void emitRowsChanged(int first, int last, const QList<int> &roles = {});
    // The pages that hold a persistent index (the selection, the current row).
    QSet<int> pinnedPages() const;
    // What a refresh reloads, in order: the held pages, and next to each page with a
    // persistent index its neighbours, so that a selected row that a few inserts pushed over
    // a page boundary is found again.
    std::vector<int> pagesToReload(const QList<int> &held) const;
    // Persistent indexes go to the row that rowAfter gives for theirs (-1: the row is gone),
    // in one layout change with swap in its middle. When none would move, returns false and
    // neither signals nor swaps.
    bool followRows(const std::function<int(int row)> &rowAfter, const std::function<void()> &swap);
    // One page read while walking the list: its number of rows and the cursor of its last.
    struct PageRead
    {
        int rows = 0;
        QVariantList last;
    };
    // Finds the anchors by reading the whole list page by page (readAfter reads the kPageSize
    // rows after a cursor), for the short lists whose source has no anchor scan.
    static Result<PageAnchors>
    walkAnchors(const std::function<Result<PageRead>(const QVariantList &after)> &readAfter);
    // The runs of consecutive true in changed, as first and last offsets: one dataChanged each.
    static std::vector<std::pair<int, int>> runsOf(const std::vector<bool> &changed);

    DatabaseWorker *m_worker = nullptr;
    int m_jobs = 0;
    bool m_counted = false;
    qint64 m_rowsLoaded = 0;
    quint64 m_generation = 0; // bumps on every restart so that stale pages are dropped
    PageAnchors m_anchors;
    int m_count = 0;
    mutable PageWindow m_window; // data() asks for pages and stamps those it shows
    bool m_refreshing = false;
    bool m_refreshPending = false;

private:
    virtual bool isHeld(int page) const = 0;
    // Starts the job that reads pages, which m_window has as requested.
    virtual void loadPages(const std::vector<int> &pages, quint64 epoch) = 0;
    // Drops the held rows from row count on; resizeTo() calls it while rows are removed.
    virtual void dropRowsFrom(int count) = 0;
};

} // namespace tenantdesk
