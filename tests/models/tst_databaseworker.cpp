// DatabaseWorker's hand-off between its thread and the requester's: results arrive on the
// requester's thread in order, never after the requester is gone and never after the worker
// is gone. Jobs that must be "running now" block on a semaphore the test releases, so every
// step is ordered by the test, not by time.

#include "support/testdatabase.h"

#include "models/jobs/databaseworker.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace tenantdesk;

namespace {

// How long a test waits for the worker to reach a point before it calls the test failed.
constexpr int kTimeoutMs = 10000;

// A job that reports it started and then waits until the test lets it go on.
struct Latch
{
    QSemaphore started;
    QSemaphore gate;

    std::function<Result<int>(const Database &, const Actor &)> job(int value)
    {
        return [this, value](const Database &, const Actor &) -> Result<int> {
            started.release();
            gate.acquire();
            return value;
        };
    }
};

std::function<Result<int>(const Database &, const Actor &)> returns(int value)
{
    return [value](const Database &, const Actor &) -> Result<int> {
        return value;
    };
}

} // namespace

class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void deliversInOrderOnTheRequesterThread();
    void dropsResultOfRequesterDestroyedWhileItsJobRuns();
    void dropsResultOfRequesterDestroyedAfterItsJobFinished();
    void destroyingWorkerFinishesQueuedJobsAndDeliversNothing();
    void deliversOpenErrorInsteadOfRunningJob();
    void jobsAfterASignInRunAsItsActor();
    void jobsAfterAFailedSignInNeverRun();
    void deliverFinishedHandsOverWhatIsDoneInOrderAndOnlyOnce();
    void waitForFinishedWaitsForThatJobOnly();
    void heldJobsStartOnlyWhenReleased();
    void heldJobsStartAfterTheHoldsLongestTime();
    void destroyingWorkerEndsTheHold();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestDatabaseWorker::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_db->applyBundledSchema();
}

void TestDatabaseWorker::deliversInOrderOnTheRequesterThread()
{
    DatabaseWorker worker(m_db->path(), {});
    QObject requester;
    QList<int> values;
    std::atomic<QThread *> jobThread = nullptr;
    QList<QThread *> doneThreads;
    for (int i = 1; i <= 5; ++i) {
        worker.run<Result<int>>(
                &requester,
                [i, &jobThread](const Database &, const Actor &) -> Result<int> {
                    jobThread = QThread::currentThread();
                    return i;
                },
                [&](Result<int> value) {
                    values.append(*value);
                    doneThreads.append(QThread::currentThread());
                });
    }
    QTRY_COMPARE_WITH_TIMEOUT(values.size(), 5, kTimeoutMs);
    QCOMPARE(values, QList<int>({1, 2, 3, 4, 5}));
    QVERIFY(jobThread.load() != QThread::currentThread());
    for (QThread *thread : std::as_const(doneThreads))
        QCOMPARE(thread, QThread::currentThread());
}

void TestDatabaseWorker::dropsResultOfRequesterDestroyedWhileItsJobRuns()
{
    DatabaseWorker worker(m_db->path(), {});
    Latch latch;
    auto requester = std::make_unique<QObject>();
    int delivered = 0;
    worker.run<Result<int>>(requester.get(), latch.job(1), [&](Result<int>) { ++delivered; });
    QVERIFY(latch.started.tryAcquire(1, kTimeoutMs)); // the job runs now
    requester.reset();
    latch.gate.release();

    // Results arrive in job order: once the next requester has its answer, the first one's
    // had its chance to arrive.
    QObject witness;
    bool witnessed = false;
    worker.run<Result<int>>(&witness, returns(2), [&](Result<int>) { witnessed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(witnessed, kTimeoutMs);
    QCOMPARE(delivered, 0);
}

void TestDatabaseWorker::dropsResultOfRequesterDestroyedAfterItsJobFinished()
{
    DatabaseWorker worker(m_db->path(), {});
    Latch latch;
    auto requester = std::make_unique<QObject>();
    QObject witness;
    int delivered = 0;
    bool witnessed = false;
    worker.run<Result<int>>(requester.get(), returns(1), [&](Result<int>) { ++delivered; });
    worker.run<Result<int>>(&witness, latch.job(2), [&](Result<int>) { witnessed = true; });
    // The second job runs: the first one has finished and its result is on its way to this
    // thread, which has not processed it yet.
    QVERIFY(latch.started.tryAcquire(1, kTimeoutMs));
    requester.reset();
    latch.gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(witnessed, kTimeoutMs);
    QCOMPARE(delivered, 0);
}

void TestDatabaseWorker::destroyingWorkerFinishesQueuedJobsAndDeliversNothing()
{
    auto worker = std::make_unique<DatabaseWorker>(m_db->path(), Actor{});
    Latch latch;
    QObject requester;
    std::atomic<int> ran = 0;
    int delivered = 0;
    const auto counted = [&ran](const Database &, const Actor &) -> Result<int> {
        return ++ran;
    };
    worker->run<Result<int>>(&requester, latch.job(0), [&](Result<int>) { ++delivered; });
    for (int i = 0; i < 3; ++i)
        worker->run<Result<int>>(&requester, counted, [&](Result<int>) { ++delivered; });
    QVERIFY(latch.started.tryAcquire(1, kTimeoutMs)); // three jobs wait behind this one
    latch.gate.release();
    worker.reset(); // returns once the worker thread has ended

    QCOMPARE(ran.load(), 3); // queued work (a write, say) is not dropped
    // Every result the worker thread posted is in this thread's queue by now: process it all.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

void TestDatabaseWorker::deliversOpenErrorInsteadOfRunningJob()
{
    DatabaseWorker worker(m_db->dir() + QStringLiteral("/missing/none.db"), {});
    QObject requester;
    std::atomic<bool> ran = false;
    std::optional<Result<int>> answer;
    worker.run<Result<int>>(
            &requester,
            [&ran](const Database &, const Actor &) -> Result<int> {
                ran = true;
                return 1;
            },
            [&](Result<int> value) { answer = std::move(value); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kTimeoutMs);
    QVERIFY(!*answer);
    QVERIFY(!answer->error().message.isEmpty());
    QVERIFY(!ran.load());
}

void TestDatabaseWorker::jobsAfterASignInRunAsItsActor()
{
    Actor expected;
    expected.username = QStringLiteral("expected");
    DatabaseWorker worker(m_db->path(), expected);
    QObject requester;
    Latch latch;
    std::optional<Result<Actor>> signedIn;
    // The sign-in holds the worker until released: the job below is queued behind it.
    worker.signInFirst(
            &requester,
            [&latch](const Database &) -> Result<Actor> {
                latch.started.release();
                latch.gate.acquire();
                Actor checked;
                checked.username = QStringLiteral("checked");
                return checked;
            },
            [&signedIn](Result<Actor> actor) { signedIn = std::move(actor); });
    QString ranAs;
    worker.run<Result<QString>>(
            &requester,
            [](const Database &, const Actor &actor) -> Result<QString> { return actor.username; },
            [&ranAs](Result<QString> name) { ranAs = *name; });
    QVERIFY(latch.started.tryAcquire(1, kTimeoutMs));
    QCOMPARE(worker.actor().username, QStringLiteral("expected"));
    latch.gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(ranAs, QStringLiteral("checked"), kTimeoutMs);
    QVERIFY(signedIn && *signedIn);
    QCOMPARE(worker.actor().username, QStringLiteral("checked"));
}

void TestDatabaseWorker::jobsAfterAFailedSignInNeverRun()
{
    std::atomic<int> ran = 0;
    int delivered = 0;
    std::optional<Result<Actor>> signedIn;
    {
        DatabaseWorker worker(m_db->path(), {});
        QObject requester;
        worker.signInFirst(
                &requester,
                [](const Database &) -> Result<Actor> { return denied(QStringLiteral("no")); },
                [&signedIn](Result<Actor> actor) { signedIn = std::move(actor); });
        for (int i = 0; i < 3; ++i)
            worker.run<Result<int>>(
                    &requester,
                    [&ran](const Database &, const Actor &) -> Result<int> { return ++ran; },
                    [&delivered](Result<int>) { ++delivered; });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), kTimeoutMs);
        QVERIFY(!*signedIn);
        QCOMPARE(signedIn->error().message, QStringLiteral("no"));
        // A job posted after the answer is refused all the same.
        worker.run<Result<int>>(
                &requester,
                [&ran](const Database &, const Actor &) -> Result<int> { return ++ran; },
                [&delivered](Result<int>) { ++delivered; });
        QCoreApplication::processEvents();
    } // the worker's thread has run everything queued when it is gone
    QCoreApplication::processEvents();
    QCOMPARE(ran.load(), 0);
    QCOMPARE(delivered, 0);
}

void TestDatabaseWorker::deliverFinishedHandsOverWhatIsDoneInOrderAndOnlyOnce()
{
    DatabaseWorker worker(m_db->path(), {});
    Latch latch;
    QObject requester;
    QList<int> values;
    int seenInsideFirst = -1;
    worker.run<Result<int>>(&requester, returns(1), [&](Result<int> value) {
        values.append(*value);
        // Called while a result is delivered, it waits its turn: the first answer first.
        worker.deliverFinished();
        seenInsideFirst = int(values.size());
    });
    worker.run<Result<int>>(&requester, returns(2),
                            [&](Result<int> value) { values.append(*value); });
    worker.run<Result<int>>(&requester, latch.job(3),
                            [&](Result<int> value) { values.append(*value); });
    // The third job runs, so the first two have finished; no event has been processed here.
    QVERIFY(latch.started.tryAcquire(1, kTimeoutMs));
    QVERIFY(values.isEmpty());
    worker.deliverFinished();
    QCOMPARE(values, QList<int>({1, 2}));
    QCOMPARE(seenInsideFirst, 1);

    latch.gate.release();
    worker.run<Result<int>>(&requester, returns(4),
                            [&](Result<int> value) { values.append(*value); });
    QTRY_COMPARE_WITH_TIMEOUT(values.size(), 4, kTimeoutMs);
    // The queued deliveries of 1 and 2 came round and found nothing left to deliver.
    QCOMPARE(values, QList<int>({1, 2, 3, 4}));
}

void TestDatabaseWorker::waitForFinishedWaitsForThatJobOnly()
{
    DatabaseWorker worker(m_db->path(), {});
    Latch latch;
    QObject requester;
    QList<int> values;
    const quint64 before = worker.lastPosted();
    worker.run<Result<int>>(&requester, returns(1),
                            [&](Result<int> value) { values.append(*value); });
    worker.run<Result<int>>(&requester, latch.job(2),
                            [&](Result<int> value) { values.append(*value); });
    QCOMPARE(worker.lastPosted(), before + 2);
    QVERIFY(worker.waitForFinished(before + 1, kTimeoutMs));
    // The second one is held: the wait gives up after its time, and delivers nothing.
    QVERIFY(!worker.waitForFinished(before + 2, 50));
    QVERIFY(values.isEmpty());
    worker.deliverFinished();
    QCOMPARE(values, QList<int>({1}));
    latch.gate.release();
    QVERIFY(worker.waitForFinished(before + 2, kTimeoutMs));
    worker.deliverFinished();
    QCOMPARE(values, QList<int>({1, 2}));
}

void TestDatabaseWorker::heldJobsStartOnlyWhenReleased()
{
    DatabaseWorker worker(m_db->path(), {});
    QObject requester;
    std::atomic<int> ran = 0;
    const auto counts = [&ran](int value) {
        return [&ran, value](const Database &, const Actor &) -> Result<int> {
            ++ran;
            return value;
        };
    };
    QList<int> values;
    const auto keep = [&values](Result<int> value) {
        values.append(*value);
    };
    worker.run<Result<int>>(&requester, counts(1), keep);
    const quint64 first = worker.lastPosted();
    worker.holdJobsAfter(first, kTimeoutMs);
    worker.run<Result<int>>(&requester, counts(2), keep);
    worker.run<Result<int>>(&requester, counts(3), keep);
    QVERIFY(worker.waitForFinished(first, kTimeoutMs));
    // Held: neither later job starts while the test waits for the second one.
    QVERIFY(!worker.waitForFinished(first + 1, 200));
    QCOMPARE(ran.load(), 1);
    worker.releaseHeldJobs();
    QTRY_COMPARE_WITH_TIMEOUT(values, QList<int>({1, 2, 3}), kTimeoutMs);
    // A hold is over once released: the next job runs at once.
    worker.run<Result<int>>(&requester, counts(4), keep);
    QVERIFY(worker.waitForFinished(worker.lastPosted(), kTimeoutMs));
}

void TestDatabaseWorker::heldJobsStartAfterTheHoldsLongestTime()
{
    DatabaseWorker worker(m_db->path(), {});
    QObject requester;
    QList<int> values;
    worker.run<Result<int>>(&requester, returns(1),
                            [&](Result<int> value) { values.append(*value); });
    QVERIFY(worker.waitForFinished(worker.lastPosted(), kTimeoutMs));
    constexpr int kHoldMs = 300;
    worker.holdJobsAfter(worker.lastPosted(), kHoldMs);
    QElapsedTimer held;
    held.start();
    worker.run<Result<int>>(&requester, returns(2),
                            [&](Result<int> value) { values.append(*value); });
    // Nobody releases it: it runs when the hold's time is up, not before.
    QVERIFY(worker.waitForFinished(worker.lastPosted(), kTimeoutMs));
    QCOMPARE_GE(held.elapsed(), kHoldMs - 10); // the deadline's timer may round down
    worker.deliverFinished();
    QCOMPARE(values, QList<int>({1, 2}));
}

void TestDatabaseWorker::destroyingWorkerEndsTheHold()
{
    std::atomic<bool> ran = false;
    QElapsedTimer destroying;
    {
        DatabaseWorker worker(m_db->path(), {});
        QObject requester;
        worker.run<Result<int>>(&requester, returns(1), [](Result<int>) {});
        worker.holdJobsAfter(worker.lastPosted(), 60 * kTimeoutMs);
        worker.run<Result<int>>(
                &requester,
                [&ran](const Database &, const Actor &) -> Result<int> {
                    ran = true;
                    return 2;
                },
                [](Result<int>) {});
        destroying.start();
    }
    // The held job still ran (as every queued job does), and nothing waited for the hold.
    QVERIFY(ran);
    QCOMPARE_LT(destroying.elapsed(), kTimeoutMs);
}

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "tst_databaseworker.moc"
