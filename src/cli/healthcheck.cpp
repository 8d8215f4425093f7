#include "cli/healthcheck.h"

#include "cli/output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace tenantdesk::cli {

namespace {

struct HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::HealthCheck)
};

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString orNothing(const QString &url)
{
    const QString trimmed = url.trimmed();
    return trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : trimmed;
}

} // namespace

QString healthUrl(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return orNothing(parser.value(option));
    if (qEnvironmentVariableIsSet("TENANTDESK_HEALTH_URL"))
        return orNothing(qEnvironmentVariable("TENANTDESK_HEALTH_URL"));
    return LiveUse::defaultHealthUrl();
}

ServerAnswer askServer(const QString &urlText, int timeoutMs)
{
    ServerAnswer answer;
    answer.url = urlText;
    if (urlText.isEmpty())
        return answer;
    const QUrl url(urlText);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        answer.detail = HealthCheck::tr("%1 is not an http or https address.").arg(urlText);
        return answer;
    }
    QNetworkAccessManager network;
    // A local server is asked directly: a proxy from the environment must not answer for it.
    network.setProxy(isLoopback(url) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                     : QNetworkProxy(QNetworkProxy::DefaultProxy));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout covers a silent connection; this covers a slow name lookup too.
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs + 100);
    if (!reply->isFinished())
        loop.exec();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        answer.answered = true;
        answer.detail = HealthCheck::tr("HTTP %1 %2")
                                .arg(status.toInt())
                                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                             .toString())
                                .trimmed();
    } else if (!reply->isFinished() || reply->error() == QNetworkReply::OperationCanceledError) {
        answer.detail = HealthCheck::tr("no answer within %1 ms").arg(timeoutMs);
    } else {
        answer.detail = reply->errorString();
    }
    reply->abort();
    delete reply;
    return answer;
}

} // namespace tenantdesk::cli
