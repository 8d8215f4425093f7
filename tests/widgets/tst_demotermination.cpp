#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `tenantdesk --demo` works in a temporary folder that must not outlive it: SIGTERM or
// SIGINT (a session ending, Ctrl+C in the terminal) quits the app cleanly, and the folder
// goes with it. Runs the real program, offscreen, with its own TMPDIR.
class TestDemoTermination : public QObject
{
    Q_OBJECT

private slots:
    void demoFolderIsRemovedOnSignal_data();
    void demoFolderIsRemovedOnSignal();
};

namespace {

// The demo's folder in tmp: tenantdesk-XXXXXX with the demo database inside.
QString demoFolderIn(const QString &tmp)
{
    const QDir dir(tmp);
    for (const QString &name : dir.entryList({QStringLiteral("tenantdesk-*")}, QDir::Dirs)) {
        const QString folder = dir.filePath(name);
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("tenantdesk-demo.db"))))
            return folder;
    }
    return {};
}

// True once the demo's sample tenants are committed: set-up is over, the window is next.
bool demoIsFilled(const QString &folder)
{
    bool filled = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(QDir(folder).filePath(QStringLiteral("tenantdesk-demo.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=100"));
        if (db.open()) {
            QSqlQuery query(db);
            filled = query.exec(QStringLiteral("SELECT count(*) FROM tenants")) && query.next()
                    && query.value(0).toInt() > 0;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return filled;
}

} // namespace

void TestDemoTermination::demoFolderIsRemovedOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("waitUntilFilled");
    QTest::newRow("SIGTERM while setting up") << int(SIGTERM) << false;
    QTest::newRow("SIGTERM while running") << int(SIGTERM) << true;
    QTest::newRow("SIGINT while running") << int(SIGINT) << true;
}

void TestDemoTermination::demoFolderIsRemovedOnSignal()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, waitUntilFilled);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(TENANTDESK_PATH), {QStringLiteral("--demo")});
    QVERIFY(app.waitForStarted());

    QString folder;
    QTRY_VERIFY_WITH_TIMEOUT(!(folder = demoFolderIn(tmp.path())).isEmpty(), 60000);
    if (waitUntilFilled)
        QTRY_VERIFY_WITH_TIMEOUT(demoIsFilled(folder), 60000);
    QCOMPARE(app.state(), QProcess::Running);

    QCOMPARE(::kill(app.processId(), signalNumber), 0);
    QVERIFY(app.waitForFinished(60000));
    // Ended by its own hand (destructors ran), reporting the signal as a shell would.
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 128 + signalNumber);
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    QCOMPARE(QDir(tmp.path()).entryList({QStringLiteral("tenantdesk-*")}, QDir::AllEntries),
             QStringList());
}

QTEST_GUILESS_MAIN(TestDemoTermination)
#include "tst_demotermination.moc"
