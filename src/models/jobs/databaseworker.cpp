#include "models/jobs/databaseworker.h"

#include "core/database/database.h"

#include <QThread>

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

    void execute(const Task &task)
    {
        if (!m_db && !m_openError) {
            auto opened = Database::open(m_path);
            if (opened)
                m_db = std::move(opened).value();
            else
                m_openError = std::make_unique<Error>(opened.error());
        }
        task(m_db.get(), m_actor, m_openError.get());
    }

    // Closes the connection on its own thread before the thread ends.
    void close() { m_db.reset(); }

private:
    QString m_path;
    Actor m_actor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Error> m_openError;
};

DatabaseWorker::DatabaseWorker(const QString &path, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_actor(actor)
    , m_thread(new QThread(this))
    , m_executor(new Executor(path, actor))
{
    m_thread->setObjectName(QStringLiteral("DatabaseWorker"));
    m_executor->moveToThread(m_thread);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    QMetaObject::invokeMethod(
            m_executor, [executor = m_executor] { executor->close(); },
            Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_executor;
}

void DatabaseWorker::post(Task task)
{
    QMetaObject::invokeMethod(
            m_executor,
            [executor = m_executor, task = std::move(task)] { executor->execute(task); },
            Qt::QueuedConnection);
}

} // namespace tenantdesk
