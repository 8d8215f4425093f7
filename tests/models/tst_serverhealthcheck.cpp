#include "models/jobs/serverhealthcheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace tenantdesk;

namespace {

// A minimal HTTP server on 127.0.0.1 and a random port, standing in for aistack's. It answers
// GET /api/v1/system/health with 200 and anything else with 404; `silent` accepts connections
// but never answers, as a hung server would.
class FakeServer : public QObject
{
public:
    explicit FakeServer(bool silent = false)
        : m_silent(silent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/api/v1/system/health")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
    QByteArray lastRequestLine() const { return m_requestLine; }

private:
    void answer(QTcpSocket *socket)
    {
        m_buffer += socket->readAll();
        if (!m_buffer.contains("\r\n\r\n"))
            return;
        m_requestLine = m_buffer.left(m_buffer.indexOf("\r\n"));
        m_buffer.clear();
        if (m_silent)
            return;
        const bool health = m_requestLine.startsWith("GET /api/v1/system/health ");
        const QByteArray body = health ? R"({"status":"ok"})" : "not found";
        socket->write((health ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n")
                      + QByteArray("Content-Type: application/json\r\nContent-Length: ")
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_buffer;
    QByteArray m_requestLine;
    bool m_silent;
};

// A port on which nothing listens: bound once, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

ServerHealthCheck::Outcome checkAndWait(ServerHealthCheck &check, const QUrl &url)
{
    QSignalSpy finished(&check, &ServerHealthCheck::finished);
    check.check(url);
    // Within the timeout and a margin, never indefinitely.
    if (!finished.wait(check.timeoutMs() + 3000) || finished.size() != 1)
        return {};
    return finished.first().first().value<ServerHealthCheck::Outcome>();
}

} // namespace

class TestServerHealthCheck : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToAistacksHealthEndpoint();
    void warnsWhenLocalServerAnswers();
    void staysQuietWhenNothingListens();
    void anyHttpAnswerCountsAsRunning();
    void silentServerTimesOutQuietly();
    void invalidUrlFinishesWithoutAnswer();
};

void TestServerHealthCheck::defaultsToAistacksHealthEndpoint()
{
    QCOMPARE(ServerHealthCheck::defaultUrl(),
             QUrl(QStringLiteral("http://localhost:3001/api/v1/system/health")));
    QCOMPARE(ServerHealthCheck().timeoutMs(), 1500);
}

void TestServerHealthCheck::warnsWhenLocalServerAnswers()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerHealthCheck check;
    const auto outcome = checkAndWait(check, server.url());
    QVERIFY2(outcome.answered, qPrintable(outcome.detail));
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.url, server.url());
    QVERIFY(outcome.detail.contains(QStringLiteral("200")));
    QCOMPARE(server.lastRequestLine(), QByteArray("GET /api/v1/system/health HTTP/1.1"));
    QVERIFY(!check.isRunning());
}

void TestServerHealthCheck::staysQuietWhenNothingListens()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    ServerHealthCheck check;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/system/health").arg(port));
    QSignalSpy finished(&check, &ServerHealthCheck::finished);
    check.check(url);
    QVERIFY(finished.wait(check.timeoutMs() + 3000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<ServerHealthCheck::Outcome>();
    QVERIFY(!outcome.answered);
    QCOMPARE(outcome.httpStatus, 0);
    QCOMPARE(outcome.url, url);
    QVERIFY(!outcome.detail.isEmpty());
}

void TestServerHealthCheck::anyHttpAnswerCountsAsRunning()
{
    // A 404 still means a server is up on that port and may be using the database.
    FakeServer server;
    QVERIFY(server.listen());
    ServerHealthCheck check;
    const auto outcome = checkAndWait(check, server.url(QStringLiteral("/elsewhere")));
    QVERIFY(outcome.answered);
    QCOMPARE(outcome.httpStatus, 404);
}

void TestServerHealthCheck::silentServerTimesOutQuietly()
{
    FakeServer server(true);
    QVERIFY(server.listen());
    ServerHealthCheck check;
    check.setTimeoutMs(300);
    QElapsedTimer timer;
    timer.start();
    const auto outcome = checkAndWait(check, server.url());
    QVERIFY(!outcome.answered);
    QVERIFY2(outcome.detail.contains(QStringLiteral("300")), qPrintable(outcome.detail));
    QVERIFY(!server.lastRequestLine().isEmpty()); // it did connect and ask
    QVERIFY(timer.elapsed() < 3000);
}

void TestServerHealthCheck::invalidUrlFinishesWithoutAnswer()
{
    ServerHealthCheck check;
    const auto outcome = checkAndWait(check, QUrl(QStringLiteral("ftp://localhost/x")));
    QVERIFY(!outcome.answered);
    QVERIFY(outcome.detail.contains(QStringLiteral("ftp://localhost/x")));
}

QTEST_GUILESS_MAIN(TestServerHealthCheck)
#include "tst_serverhealthcheck.moc"
