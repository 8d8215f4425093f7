#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

namespace tenantdesk {

class DatabaseWorker;

// Notices commits of other processes (aistack's server, tenantctl, another TenantDesk) by
// polling PRAGMA data_version on the worker's connection. Our own writes go through that
// same connection and do not count: whoever writes asks for a refresh itself.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(DatabaseWorker *worker, QObject *parent = nullptr);

    // QSettings key of the poll interval in milliseconds (File ▸ Preferences), read when a
    // session starts; intervalFromSettings() gives it, or the default.
    static QString intervalSetting() { return QStringLiteral("refresh/pollIntervalMs"); }
    static int defaultInterval() { return 1000; }
    static int intervalFromSettings();

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    // Polls now (and on every timeout): at most one poll is queued at a time, so a busy
    // worker never piles them up.
    void poll();

Q_SIGNALS:
    // Another connection committed since the last poll.
    void changed();

private:
    DatabaseWorker *m_worker;
    QTimer m_timer;
    bool m_polling = false;
    std::optional<qint64> m_version;
};

} // namespace tenantdesk
