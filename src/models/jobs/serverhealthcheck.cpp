#include "models/jobs/serverhealthcheck.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHealth, "tenantdesk.models.healthcheck", QtWarningMsg)

namespace tenantdesk {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ServerHealthCheck::ServerHealthCheck(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_reply)
            finish(m_reply, true);
    });
}

ServerHealthCheck::~ServerHealthCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QUrl ServerHealthCheck::defaultUrl()
{
    return QUrl(LiveUse::defaultHealthUrl());
}

void ServerHealthCheck::check(const QUrl &url)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_timer->stop();
    m_outcome = Outcome{};
    m_outcome.url = url;
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_outcome.detail = tr("%1 is not an http or https address.").arg(url.toDisplayString());
        // Queued, so that callers see the same order of events as for a real check.
        QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(m_outcome); }, Qt::QueuedConnection);
        return;
    }
    // A local server is asked directly: a proxy from the environment must not answer for it.
    m_network->setProxy(isLoopback(url) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                        : QNetworkProxy(QNetworkProxy::DefaultProxy));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply, false); });
    // The transfer timeout covers a silent connection; this covers a slow name lookup too.
    m_timer->start(m_timeoutMs + 100);
}

void ServerHealthCheck::finish(QNetworkReply *reply, bool timedOut)
{
    if (reply != m_reply)
        return;
    m_timer->stop();
    m_reply = nullptr;
    reply->disconnect(this);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_outcome.answered = true;
        m_outcome.httpStatus = status.toInt();
        m_outcome.detail = tr("HTTP %1 %2")
                                   .arg(m_outcome.httpStatus)
                                   .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                                .toString());
    } else if (timedOut || reply->error() == QNetworkReply::OperationCanceledError) {
        m_outcome.detail = tr("No answer within %1 ms.").arg(m_timeoutMs);
    } else {
        m_outcome.detail = reply->errorString();
    }
    if (timedOut)
        reply->abort();
    reply->deleteLater();
    qCDebug(lcHealth) << m_outcome.url << "answered:" << m_outcome.answered << m_outcome.detail;
    Q_EMIT finished(m_outcome);
}

} // namespace tenantdesk
