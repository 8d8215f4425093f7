#include "models/lists/pagewindow.h"

#include <algorithm>

namespace tenantdesk {

PageWindow::PageWindow(QObject *context, std::function<void()> loadWanted)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, context, std::move(loadWanted));
}

void PageWindow::want(int page)
{
    if (m_requested.contains(page))
        return;
    m_wanted.insert(page, ++m_clock);
    if (!m_timer.isActive())
        m_timer.start();
}

PageWindow::Batch PageWindow::takeWanted(const std::function<bool(int page)> &loadable,
                                         int maxBatch)
{
    std::vector<std::pair<quint64, int>> byRecency;
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (loadable(it.key()))
            byRecency.emplace_back(it.value(), it.key());
    }
    m_wanted.clear();
    std::sort(byRecency.begin(), byRecency.end(), std::greater<>());
    Batch batch;
    for (const auto &[used, page] : byRecency) {
        Q_UNUSED(used)
        if (batch.load.size() < size_t(maxBatch))
            batch.load.push_back(page);
        else
            batch.passed.push_back(page);
    }
    return batch;
}

quint64 PageWindow::startBatch(const std::vector<int> &pages)
{
    for (int page : pages)
        m_requested.insert(page);
    m_batchInFlight = true;
    return m_epoch;
}

void PageWindow::failBatch()
{
    m_batchInFlight = false;
    m_requested.clear();
}

void PageWindow::askAgain()
{
    ++m_epoch;
    for (int page : std::as_const(m_requested))
        m_wanted.insert(page, ++m_clock);
    m_requested.clear();
    m_batchInFlight = false;
}

void PageWindow::clear()
{
    m_wanted.clear();
    m_requested.clear();
    m_batchInFlight = false;
}

std::vector<int> PageWindow::victims(std::vector<std::pair<quint64, int>> held,
                                     const QSet<int> &pinned, int maxPages)
{
    qsizetype excess = qsizetype(held.size()) - maxPages;
    std::erase_if(held, [&pinned](const auto &page) { return pinned.contains(page.second); });
    std::sort(held.begin(), held.end());
    std::vector<int> victims;
    for (const auto &[used, page] : held) {
        Q_UNUSED(used)
        if (excess-- <= 0)
            break;
        victims.push_back(page);
    }
    return victims;
}

} // namespace tenantdesk
