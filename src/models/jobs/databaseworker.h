#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace tenantdesk {

class Database;

// Runs database work on a thread of its own, with its own connection to the same file, so
// that no query ever blocks the GUI. Jobs run one at a time in submission order; each
// result is delivered on the thread of `context`, and dropped if context is gone by then.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    DatabaseWorker(const QString &path, const Actor &actor, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    QString path() const { return m_path; }
    const Actor &actor() const { return m_actor; }

    // job(db, actor) runs on the worker thread; done(result) runs on context's thread.
    template<typename T>
    void run(QObject *context, std::function<T(const Database &, const Actor &)> job,
             std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        post([job = std::move(job), done = std::move(done),
              guard](const Database *db, const Actor &actor, const Error *openError) {
            auto result = std::make_shared<T>(openError ? T(*openError) : job(*db, actor));
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                    guard.data(),
                    [done, result, guard] {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
        });
    }

private:
    using Task = std::function<void(const Database *, const Actor &, const Error *)>;
    void post(Task task);

    class Executor;
    QString m_path;
    Actor m_actor;
    QThread *m_thread = nullptr;
    Executor *m_executor = nullptr;
};

} // namespace tenantdesk
