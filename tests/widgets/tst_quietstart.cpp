#include "support/files.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Quiet by default: tenantdesk started on a database prints nothing on stderr; --verbose
// turns on TenantDesk's info and debug messages, and QT_LOGGING_RULES, where the user sets
// it, wins over --verbose. Runs the real program, offscreen, signed in through
// $TENANTDESK_PASSWORD, until it has restored the active tenant (which it records in its
// settings file), then ends it with SIGTERM.
class TestQuietStart : public QObject
{
    Q_OBJECT

private slots:
    void logsOnlyWhatWasAskedFor_data();
    void logsOnlyWhatWasAskedFor();
};

void TestQuietStart::logsOnlyWhatWasAskedFor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("rules"); // QT_LOGGING_RULES; null: unset
    QTest::addColumn<bool>("expectSessionLog");

    QTest::newRow("default") << QStringList() << QString() << false;
    QTest::newRow("--verbose") << QStringList{QStringLiteral("--verbose")} << QString() << true;
    QTest::newRow("QT_LOGGING_RULES wins over --verbose")
            << QStringList{QStringLiteral("--verbose")} << QStringLiteral("tenantdesk.*=false")
            << false;
    QTest::newRow("QT_LOGGING_RULES alone")
            << QStringList() << QStringLiteral("tenantdesk.widgets.session.info=true") << true;
}

void TestQuietStart::logsOnlyWhatWasAskedFor()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, rules);
    QFETCH(bool, expectSessionLog);

    TestDatabase db;
    TenancyFixture fixture(db);
    fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const QString acme = fixture.addTenant(QStringLiteral("acme"));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // As a desktop session provides it (QStandardPaths complains about a missing one).
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("TENANTDESK_PASSWORD"), QStringLiteral("password1"));
    env.insert(QStringLiteral("TENANTDESK_MIGRATIONS_DIR"),
               QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_LOGGING_CONF"));
    if (!rules.isNull())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);

    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TENANTDESK_PATH),
              QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("--user"),
                          QStringLiteral("root")}
                      + arguments);
    QVERIFY(app.waitForStarted());
    // The session records the restored tenant in its settings before it would log that.
    const QString settings = home.filePath(QStringLiteral("config/TenantDesk/tenantdesk.conf"));
    QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(settings) && fileBytes(settings).contains(acme.toUtf8()), 60000);
    QCOMPARE(app.state(), QProcess::Running);
    QCOMPARE(::kill(app.processId(), SIGTERM), 0);
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 128 + SIGTERM);

    // The offscreen platform plugin, which tests run on, says this whenever a window gets a
    // size limit; desktop platforms (xcb, wayland) support it and say nothing. It is Qt's, not
    // TenantDesk's, and the only line dropped.
    QByteArray err;
    for (const QByteArray &line : app.readAllStandardError().split('\n')) {
        if (line != "This plugin does not support propagateSizeHints()")
            err += line.isEmpty() ? QByteArray() : line + '\n';
    }
    if (!expectSessionLog) {
        QVERIFY2(err.isEmpty(), err.constData());
        return;
    }
    QVERIFY2(err.contains("tenantdesk.widgets.session: context restored"), err.constData());
    // Only TenantDesk's own categories speak up, never Qt's.
    for (const QByteArray &line : err.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(line.startsWith("tenantdesk."), line.constData());
    }
}

QTEST_GUILESS_MAIN(TestQuietStart)
#include "tst_quietstart.moc"
