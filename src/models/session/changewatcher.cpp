#include "models/session/changewatcher.h"

#include "models/jobs/databaseworker.h"

#include "core/database/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWatcher, "tenantdesk.widgets.watcher", QtWarningMsg)

namespace tenantdesk {

ChangeWatcher::ChangeWatcher(DatabaseWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::start()
{
    poll(); // the baseline version
    m_timer.start();
}

void ChangeWatcher::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    m_worker->run<Result<qint64>>(
            this, [](const Database &db, const Actor &) { return db.dataVersion(); },
            [this](Result<qint64> version) {
                m_polling = false;
                if (!version) {
                    qCDebug(lcWatcher) << "data_version poll failed:" << version.error().message;
                    return;
                }
                const bool changedSinceLast = m_version && *m_version != *version;
                m_version = *version;
                if (changedSinceLast) {
                    qCDebug(lcWatcher) << "another connection committed; data_version" << *version;
                    Q_EMIT changed();
                }
            });
}

} // namespace tenantdesk
