#pragma once

#include <QObject>

#include <functional>

class QWindow;

namespace tenantdesk {

class DatabaseWorker;

// Puts the first rows into a window's first frame. The page on screen asks the worker for its
// rows as it is built, and the query usually ends about when the window is; but the answer's
// delivery would wait behind the first paint, and the window would paint empty, then again
// with rows. Just before that paint this waits for the page's first job, at most kWaitMs (well
// inside what a stall may cost, 50 ms), and delivers every answer that is back. The jobs
// posted after that first one wait until the frame is painted, at most kHoldMs: the frame
// then has both cores (DatabaseWorker::holdJobsAfter says why that matters).
class FirstFrameRows : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWaitMs = 20;
    static constexpr int kHoldMs = 30;

    // holdMs: how long the later jobs may wait for the frame at most.
    FirstFrameRows(DatabaseWorker *worker, QObject *parent, int holdMs = kHoldMs);

    // Runs build (the page on screen being built) and notes the first job it posts; the later
    // jobs wait for the first frame.
    void noteFirstJobOf(const std::function<void()> &build);
    // Waits for window's first expose; call when the window is first shown.
    void watch(QWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DatabaseWorker *m_worker;
    int m_holdMs;
    quint64 m_job = 0; // none
};

} // namespace tenantdesk
