#include "stresssupport.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/tenancy/membershipservice.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace tenantdesk;

// Concurrent writers (issue 15, item 8): several connections grant at once, each retrying
// when the database is busy; no write is lost, every one is audited in one valid chain.
// TENANTDESK_STRESS_WRITES sets the number of grants (default 400 across 4 threads, and a
// tenth of it through tenantctl processes).
class TestStressWriters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threadsLoseNoWrite();
    void processesLoseNoWriteAndExit75WhenBusy();

private:
    // Users that exist only to be granted roles: inserted in one transaction, no hash work.
    QStringList addUsers(int count, const QString &prefix) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    Actor m_root;
    QString m_acme;
};

void TestStressWriters::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    // WAL, as aistack runs it: readers never wait for the writer.
    m_test->execRaw("PRAGMA journal_mode = WAL");
}

void TestStressWriters::cleanup()
{
    m_fixture.reset();
    m_test.reset();
}

QStringList TestStressWriters::addUsers(int count, const QString &prefix) const
{
    QStringList ids;
    QByteArray sql = "BEGIN;";
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray name = prefix.toUtf8() + QByteArray::number(i);
        sql += "INSERT INTO users (id, email, username, password_hash, role) VALUES ('"
                + id.toUtf8() + "', '" + name + "@example.com', '" + name + "', 'x', 'developer');";
        ids << id;
    }
    m_test->execRaw(sql + "COMMIT;");
    return ids;
}

void TestStressWriters::threadsLoseNoWrite()
{
    const int threads = 4;
    const int writes = stressCount("TENANTDESK_STRESS_WRITES", 400);
    const QStringList users = addUsers(writes, QStringLiteral("t"));
    std::atomic<int> retries{0};
    std::atomic<int> failures{0};
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&, t] {
            // Each thread its own connection, as each process has its own.
            Database::Options options;
            options.busyTimeoutMs = 200; // short: busy answers must come, and be retried
            auto db = Database::open(m_test->path(), options);
            if (!db) {
                ++failures;
                return;
            }
            MembershipService service(**db, m_root);
            for (int i = t; i < writes; i += threads) {
                const TenantRole role
                        = i % 3 == 0 ? TenantRole::WorkspaceAdmin : TenantRole::Member;
                for (;;) {
                    auto granted = service.grant(m_acme, users.at(i), role);
                    if (granted)
                        break;
                    if (granted.error().code != ErrorCode::Busy || !granted.error().retryable) {
                        qWarning("grant %d failed: %s", i, qPrintable(granted.error().message));
                        ++failures;
                        break;
                    }
                    ++retries;
                }
            }
        });
        workers.last()->start();
    }
    for (QThread *worker : std::as_const(workers)) {
        QVERIFY(worker->wait());
        delete worker;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users"), writes);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM audit_log_chain WHERE event_type = "
                              "'membership.granted'"),
             writes);
    QCOMPARE(integrityCheck(m_test->path()), QStringLiteral("ok"));
    auto db = m_test->open();
    auto verified = AuditLog(*db).verify();
    QVERIFY(verified);
    QVERIFY2(verified->valid, qPrintable(verified->reason));
    qInfo("threads: %d writes by %d threads, %d busy answers retried", writes, threads,
          retries.load());
}

void TestStressWriters::processesLoseNoWriteAndExit75WhenBusy()
{
    const int processes = 4;
    const int writes = qMax(8, stressCount("TENANTDESK_STRESS_WRITES", 400) / 10);
    const QStringList users = addUsers(writes, QStringLiteral("p"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TENANTDESK_PASSWORD"), QStringLiteral("password1"));
    int busyExits = 0;
    int otherFailures = 0;
    // Each of the parallel lanes runs its share of grants one tenantctl after another; a run
    // that exits 75 is run again, as a script would.
    QList<int> next(processes, 0);
    int done = 0;
    QEventLoop loop;
    std::function<void(int)> startLane = [&](int lane) {
        const int index = lane + next.at(lane) * processes;
        if (index >= writes) {
            if (++done == processes)
                loop.quit();
            return;
        }
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : environment.keys())
            env.insert(key, environment.value(key));
        process->setProcessEnvironment(env);
        QObject::connect(process, &QProcess::finished, process, [&, lane, process](int code) {
            process->deleteLater();
            if (code == 0)
                ++next[lane];
            else if (code == 75)
                ++busyExits; // tried again below
            else {
                qWarning("tenantctl exited %d: %s", code,
                         process->readAllStandardError().constData());
                ++otherFailures;
                ++next[lane];
            }
            startLane(lane);
        });
        process->start(QStringLiteral(TENANTCTL_PATH),
                       {QStringLiteral("--db"), m_test->path(), QStringLiteral("--user"),
                        QStringLiteral("root"), QStringLiteral("member"), QStringLiteral("grant"),
                        QStringLiteral("acme"), QStringLiteral("p%1").arg(index),
                        QStringLiteral("member")});
    };
    for (int lane = 0; lane < processes; ++lane)
        startLane(lane);
    if (done < processes)
        loop.exec();
    QCOMPARE(otherFailures, 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users"), writes);
    QCOMPARE(integrityCheck(m_test->path()), QStringLiteral("ok"));
    auto db = m_test->open();
    auto verified = AuditLog(*db).verify();
    QVERIFY(verified && verified->valid);
    QCOMPARE(verified->total, writes);
    qInfo("processes: %d writes by %d concurrent tenantctl lanes, %d runs exited 75 and were "
          "run again",
          writes, processes, busyExits);
}

QTEST_GUILESS_MAIN(TestStressWriters)
#include "tst_stress_writers.moc"
