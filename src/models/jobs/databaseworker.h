#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace tenantdesk {

class Database;

// Runs database work on a thread of its own, with its own connection to the same file, so
// that no query ever blocks the GUI. Jobs run one at a time in submission order. Results
// travel back to an object of the worker's own that lives on the worker's creating thread
// and outlives the worker thread; there, on the requester's thread, it checks that the
// requester still exists and only then calls done (architecture.md, "Threads"). The worker
// thread never touches the requester, its guard or done. Destroying the worker lets the
// jobs already queued finish (a write the user asked for is not dropped) and delivers none
// of their results.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    DatabaseWorker(const QString &path, const Actor &actor, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    QString path() const { return m_path; }
    const Actor &actor() const { return m_actor; }
    // The actor of the jobs run from now on (the session learnt that the database changed
    // the user's role or name). Jobs already queued keep the one they were queued with.
    void setActor(const Actor &actor);

    // Makes the next job a sign-in: verify(db) runs on the worker thread (bcrypt takes a
    // while on purpose, and the caller builds its window meanwhile); the jobs posted after it
    // run only once it succeeded, as the actor it returned. After a failure no later job runs
    // and none of their results come. done(result) as for run().
    void signInFirst(QObject *context, std::function<Result<Actor>(const Database &)> verify,
                     std::function<void(Result<Actor>)> done);

    // Delivers now, on this thread and in order, the results of the jobs that have already
    // finished, instead of when their queued delivery comes round (a window about to paint
    // for the first time takes the rows that are there). Not while a result is being
    // delivered.
    void deliverFinished();
    // The number of the last job posted; jobs are numbered from 1 in the order they are
    // posted, and run in that order.
    quint64 lastPosted() const;
    // Blocks until job has finished or timeoutMs has passed (false). Only for a short wait
    // for an answer that is nearly there: nothing is delivered meanwhile.
    bool waitForFinished(quint64 job, int timeoutMs);
    // Keeps the jobs posted after job from starting until releaseHeldJobs(), but never more
    // than maxMs after the worker would have started the first of them: the window's first
    // frame is painted while the worker idles (see FirstFrameRows). Jobs up to job run as
    // usual.
    void holdJobsAfter(quint64 job, int maxMs);
    void releaseHeldJobs();

    // job(db, actor) runs on the worker thread; done(result) runs on this object's thread,
    // which must be context's thread, and only while context exists.
    template<typename T>
    void run(QObject *context, std::function<T(const Database &, const Actor &)> job,
             std::function<void(T)> done)
    {
        // The worker thread fills the slot, then queues the delivery: the queued event
        // orders the write before the read on the receiving thread.
        auto result = std::make_shared<std::optional<T>>();
        post(
                context,
                [job = std::move(job), result](Executor *, const Database *db, const Actor &actor,
                                               const Error *openError) {
                    result->emplace(openError ? T(*openError) : job(*db, actor));
                },
                [result, done = std::move(done)] { done(std::move(**result)); });
    }

private:
    class Executor;
    using Task = std::function<void(Executor *, const Database *, const Actor &, const Error *)>;
    // Registers deliver for context here (on the requester's thread), then queues task on
    // the worker thread. Only a ticket number crosses between the two.
    void post(QObject *context, Task task, std::function<void()> deliver);

    class Receiver;
    class Hold;
    QString m_path;
    Actor m_actor;
    QThread *m_thread;
    Executor *m_executor;
    Receiver *m_receiver;
    Hold *m_hold;
};

} // namespace tenantdesk
