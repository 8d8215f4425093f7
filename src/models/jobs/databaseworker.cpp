#include "models/jobs/databaseworker.h"

#include "core/database/database.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <map>

namespace tenantdesk {

// Lives on the worker thread and owns the connection there: QtSql connections may only
// be used by the thread that opened them.
class DatabaseWorker::Executor : public QObject
{
public:
    Executor(QString path, Actor actor)
        : m_path(std::move(path))
        , m_actor(std::move(actor))
    { }

    // False when the task did not run: a sign-in before it failed.
    bool execute(const Task &task)
    {
        if (m_signInFailed)
            return false;
        open();
        task(this, m_db.get(), m_actor, m_openError.get());
        return true;
    }

    // Opens the connection (which reads the schema), once.
    void open()
    {
        if (m_db || m_openError)
            return;
        auto opened = Database::open(m_path);
        if (!opened) {
            m_openError = std::make_unique<Error>(opened.error());
            return;
        }
        m_db = std::move(opened).value();
    }

    // Closes the connection on its own thread before the thread ends.
    void close() { m_db.reset(); }
    void setActor(const Actor &actor) { m_actor = actor; }
    void refuseLaterTasks() { m_signInFailed = true; }

private:
    QString m_path;
    Actor m_actor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Error> m_openError;
    bool m_signInFailed = false;
};

// Lives on the thread that created the DatabaseWorker (the requesters' thread) and outlives
// the worker thread, so the worker thread may always post to it. It keeps each requester's
// guard and done callback on this thread: the liveness check and the call happen here,
// together, with nothing in between that another thread could race.
class DatabaseWorker::Receiver : public QObject
{
public:
    using QObject::QObject;

    quint64 expect(QObject *context, std::function<void()> deliver)
    {
        const quint64 ticket = ++m_lastTicket;
        m_pending.emplace(ticket, Pending{context, std::move(deliver)});
        return ticket;
    }

    // Called on the worker thread when the job of ticket has finished, before its delivery is
    // queued. Jobs run in ticket order, so every ticket up to this one has finished too (or,
    // after a failed sign-in, will never run and never be delivered).
    void finished(quint64 ticket)
    {
        const QMutexLocker locker(&m_finishedMutex);
        m_finished = ticket;
        m_finishedChanged.wakeAll();
    }

    quint64 lastTicket() const { return m_lastTicket; }

    quint64 lastFinished()
    {
        const QMutexLocker locker(&m_finishedMutex);
        return m_finished;
    }

    bool waitForFinished(quint64 ticket, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        QMutexLocker locker(&m_finishedMutex);
        while (m_finished < ticket) {
            if (!m_finishedChanged.wait(&m_finishedMutex, deadline))
                return false;
        }
        return true;
    }

    // The job of ticket finished on the worker thread.
    void deliver(quint64 ticket)
    {
        auto node = m_pending.extract(ticket);
        if (node.empty())
            return;
        // A local copy: done may destroy the worker, and with it this receiver.
        const Pending pending = std::move(node.mapped());
        if (!pending.context)
            return;
        ++m_delivering;
        const QPointer<Receiver> alive(this);
        pending.deliver();
        if (alive)
            --m_delivering;
    }

    // Delivers now, in order, the results of every job that has finished. Does nothing while
    // a result is being delivered: the caller's own answer comes first.
    void deliverFinished()
    {
        if (m_delivering > 0)
            return;
        const quint64 finished = lastFinished();
        const QPointer<Receiver> alive(this);
        while (alive && !m_pending.empty() && m_pending.begin()->first <= finished)
            deliver(m_pending.begin()->first);
    }

private:
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> deliver;
    };

    std::map<quint64, Pending> m_pending; // by ticket: deliverFinished goes in order
    quint64 m_lastTicket = 0;
    // The last job finished, written on the worker thread, read on this one: under the mutex.
    QMutex m_finishedMutex;
    quint64 m_finished = 0;
    QWaitCondition m_finishedChanged;
    int m_delivering = 0;
};

// Why a worker may hold jobs back: the raster engine splits each large fill of a frame across
// Qt's thread pool and waits for it. On two cores with the worker busy, a pool thread woken
// on the worker's core waited for the worker's time slice (2.5-3 ms, in 60 % of start-ups),
// and the GUI thread with it (architecture.md, "Measured (issue 12)").
class DatabaseWorker::Hold
{
public:
    void holdAfter(quint64 job, int maxMs)
    {
        const QMutexLocker locker(&m_mutex);
        m_after = job;
        m_maxMs = maxMs;
        m_held = true;
    }

    void release()
    {
        const QMutexLocker locker(&m_mutex);
        m_held = false;
        m_released.wakeAll();
    }

    // On the worker thread, before the job of ticket starts.
    void waitBefore(quint64 ticket)
    {
        QMutexLocker locker(&m_mutex);
        if (!m_held || ticket <= m_after)
            return;
        const QDeadlineTimer deadline(m_maxMs);
        while (m_held) {
            if (!m_released.wait(&m_mutex, deadline))
                break;
        }
        m_held = false; // a hold ends once, by release or by its deadline
    }

private:
    QMutex m_mutex;
    QWaitCondition m_released;
    bool m_held = false;
    quint64 m_after = 0;
    int m_maxMs = 0;
};

DatabaseWorker::DatabaseWorker(const QString &path, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_actor(actor)
    , m_thread(new QThread(this))
    , m_executor(new Executor(path, actor))
    , m_receiver(new Receiver(this))
    , m_hold(new Hold)
{
    m_thread->setObjectName(QStringLiteral("DatabaseWorker"));
    m_executor->moveToThread(m_thread);
    m_thread->start();
    // The connection opens while the requester builds what will ask the first questions.
    QMetaObject::invokeMethod(
            m_executor, [executor = m_executor] { executor->open(); }, Qt::QueuedConnection);
}

DatabaseWorker::~DatabaseWorker()
{
    // The jobs already queued run first (a write the user asked for still happens), then the
    // connection closes on its own thread.
    m_hold->release();
    QMetaObject::invokeMethod(
            m_executor, [executor = m_executor] { executor->close(); },
            Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_executor;
    delete m_hold;
    // Only now, with the worker thread gone, may the receiver go; the results it still had
    // queued go with it, undelivered.
    delete m_receiver;
}

void DatabaseWorker::setActor(const Actor &actor)
{
    m_actor = actor;
    // Queued like a job, so every job posted before runs with the actor it was posted with.
    QMetaObject::invokeMethod(
            m_executor, [executor = m_executor, actor] { executor->setActor(actor); },
            Qt::QueuedConnection);
}

void DatabaseWorker::signInFirst(QObject *context,
                                 std::function<Result<Actor>(const Database &)> verify,
                                 std::function<void(Result<Actor>)> done)
{
    auto result = std::make_shared<std::optional<Result<Actor>>>();
    post(
            context,
            [verify = std::move(verify), result](Executor *executor, const Database *db,
                                                 const Actor &, const Error *openError) {
                const Result<Actor> &signedIn
                        = result->emplace(openError ? Result<Actor>(*openError) : verify(*db));
                if (signedIn)
                    executor->setActor(*signedIn);
                else
                    executor->refuseLaterTasks();
            },
            [this, result, done = std::move(done)] {
                Result<Actor> signedIn = std::move(**result);
                if (signedIn)
                    m_actor = *signedIn;
                done(std::move(signedIn));
            });
}

void DatabaseWorker::deliverFinished()
{
    m_receiver->deliverFinished();
}

quint64 DatabaseWorker::lastPosted() const
{
    return m_receiver->lastTicket();
}

bool DatabaseWorker::waitForFinished(quint64 job, int timeoutMs)
{
    return m_receiver->waitForFinished(job, timeoutMs);
}

void DatabaseWorker::holdJobsAfter(quint64 job, int maxMs)
{
    m_hold->holdAfter(job, maxMs);
}

void DatabaseWorker::releaseHeldJobs()
{
    m_hold->release();
}

void DatabaseWorker::post(QObject *context, Task task, std::function<void()> deliver)
{
    Q_ASSERT_X(!context || context->thread() == thread(), "DatabaseWorker::run",
               "results are delivered on the worker's own thread: context must live there");
    const quint64 ticket = m_receiver->expect(context, std::move(deliver));
    QMetaObject::invokeMethod(
            m_executor,
            [executor = m_executor, receiver = m_receiver, hold = m_hold, ticket,
             task = std::move(task)] {
                hold->waitBefore(ticket);
                if (!executor->execute(task))
                    return;
                receiver->finished(ticket);
                QMetaObject::invokeMethod(
                        receiver, [receiver, ticket] { receiver->deliver(ticket); },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

} // namespace tenantdesk
