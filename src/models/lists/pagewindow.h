#pragma once

#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <utility>
#include <vector>

namespace tenantdesk {

// Which pages of KeysetTableModel's window to load next and which to drop, by when views last
// asked for them. None of it depends on the row type, so it is compiled once here rather than
// once per list in the template; pages are numbers here, their rows stay in the model.
class PageWindow
{
public:
    struct Batch
    {
        std::vector<int> load; // the latest asked for first
        // Asked for before those: scrolled past since, or the job would read more than a view
        // shows.
        std::vector<int> passed;
    };

    // loadWanted runs on the next turn of context's event loop after a view asked for a page:
    // the pages one paint asks for are loaded by one job.
    PageWindow(QObject *context, std::function<void()> loadWanted);

    // A tick of the LRU clock: the page a view used last has the largest stamp.
    quint64 stamp() { return ++m_clock; }

    // A view asked for a page that is not held; ignored while the page is on its way.
    void want(int page);
    // Takes the pages asked for since the last call that loadable accepts, the latest first,
    // at most maxBatch of them to load; the others are forgotten.
    Batch takeWanted(const std::function<bool(int page)> &loadable, int maxBatch);

    // A page on its way: views that ask for it meanwhile wait for it.
    void request(int page) { m_requested.insert(page); }
    void arrived(int page) { m_requested.remove(page); }

    // One job loads the pages; returns its epoch, which must still be current when it answers.
    quint64 startBatch(const std::vector<int> &pages);
    bool isBatchInFlight() const { return m_batchInFlight; }
    bool isCurrent(quint64 epoch) const { return epoch == m_epoch; }
    void endBatch() { m_batchInFlight = false; }
    // Its pages are no longer on their way: a view that still shows them asks again.
    void failBatch();
    // New anchors: the batch in flight read with the old ones, so its answer is dropped and
    // its pages are asked for again.
    void askAgain();
    // The list changed its filter or order: nothing asked for still applies.
    void clear();

    // Which of the held pages (each with the stamp of its last use) go so that at most
    // maxPages stay: the least recently used first, never a pinned one.
    static std::vector<int> victims(std::vector<std::pair<quint64, int>> held,
                                    const QSet<int> &pinned, int maxPages);

private:
    QHash<int, quint64> m_wanted; // by the stamp of the asking
    QSet<int> m_requested;
    QTimer m_timer;
    quint64 m_clock = 0;
    quint64 m_epoch = 0;
    bool m_batchInFlight = false;
};

} // namespace tenantdesk
