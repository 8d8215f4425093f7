#include "widgets/shell/firstframerows.h"

#include "models/jobs/databaseworker.h"

#include <QEvent>
#include <QWindow>

namespace tenantdesk {

FirstFrameRows::FirstFrameRows(DatabaseWorker *worker, QObject *parent, int holdMs)
    : QObject(parent)
    , m_worker(worker)
    , m_holdMs(holdMs)
{ }

void FirstFrameRows::noteFirstJobOf(const std::function<void()> &build)
{
    const quint64 before = m_worker->lastPosted();
    build();
    if (m_worker->lastPosted() > before) {
        m_job = before + 1;
        m_worker->holdJobsAfter(m_job, m_holdMs);
    }
}

void FirstFrameRows::watch(QWindow *window)
{
    if (window)
        window->installEventFilter(this);
}

bool FirstFrameRows::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose) {
        watched->removeEventFilter(this);
        if (m_job)
            m_worker->waitForFinished(m_job, kWaitMs);
        m_worker->deliverFinished();
        // Queued: runs once this expose has painted the frame.
        QMetaObject::invokeMethod(
                this, [worker = m_worker] { worker->releaseHeldJobs(); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tenantdesk
