#pragma once

#include "core/database/liveuse.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace tenantdesk {

// Asks whether an aistack server answers at a URL (GET, short timeout), so that the admin can
// be warned before a schema change while the server may be writing to the same database. Any
// HTTP answer counts, whatever its status: something is serving there. A refused connection,
// an unknown host or no answer within the timeout count as "not running".
class ServerHealthCheck : public QObject
{
    Q_OBJECT

public:
    // What one check found.
    struct Outcome
    {
        QUrl url;
        bool answered = false;
        int httpStatus = 0; // 0 when nothing answered
        QString detail;     // why nothing answered, or the status line, for the admin

        // As core's LiveUse takes it.
        ServerAnswer toAnswer() const { return {url.toDisplayString(), answered, detail}; }
    };

    explicit ServerHealthCheck(QObject *parent = nullptr);
    ~ServerHealthCheck() override;

    // aistack's health endpoint on its default port.
    static QUrl defaultUrl();

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Starts a check (abandoning one in flight); finished() follows exactly once, also for an
    // invalid URL.
    void check(const QUrl &url);
    bool isRunning() const { return m_reply != nullptr; }
    const Outcome &lastOutcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(const tenantdesk::ServerHealthCheck::Outcome &outcome);

private:
    void finish(QNetworkReply *reply, bool timedOut);

    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QNetworkReply *m_reply = nullptr; // the check in flight, owned by m_network
    Outcome m_outcome;
    int m_timeoutMs = 1500;
};

} // namespace tenantdesk
