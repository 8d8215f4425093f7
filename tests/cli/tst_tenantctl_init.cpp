#include "clirunner.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestTenantctlInit : public QObject
{
    Q_OBJECT

private slots:
    void createsFirstAdminOnNewFile();
    void refusesSecondAdminWithConflict();
    void refusesMissingOptionsAsUsage();
    void refusesWithoutPasswordWhenNotInteractive();
    void unknownCommandIsUsageError();
};

void TestTenantctlInit::createsFirstAdminOnNewFile()
{
    TestDatabase t;
    const CliRun run = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("init"),
                                     QStringLiteral("--admin"), QStringLiteral("root"),
                                     QStringLiteral("--email"), QStringLiteral("root@example.com"),
                                     QStringLiteral("--json")},
                                    QStringLiteral("a long password"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("username")).toString(), QStringLiteral("root"));
    QVERIFY(!run.out.contains("a long password"));
    QVERIFY(!t.dump().contains("a long password"));
}

void TestTenantctlInit::refusesSecondAdminWithConflict()
{
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("whatever1"));
    const CliRun run = runTenantctl({QStringLiteral("init"), QStringLiteral("--db"), t.path(),
                                     QStringLiteral("--admin"), QStringLiteral("other"),
                                     QStringLiteral("--email"), QStringLiteral("o@example.com")},
                                    QStringLiteral("a long password"));
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.startsWith("tenantctl: "));
}

void TestTenantctlInit::refusesMissingOptionsAsUsage()
{
    TestDatabase t;
    const CliRun run = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("init")},
                                    QStringLiteral("a long password"));
    QCOMPARE(run.exitCode, 2);
}

void TestTenantctlInit::refusesWithoutPasswordWhenNotInteractive()
{
    TestDatabase t;
    const CliRun run
            = runTenantctl({QStringLiteral("--db"), t.path(), QStringLiteral("init"),
                            QStringLiteral("--admin"), QStringLiteral("root"),
                            QStringLiteral("--email"), QStringLiteral("root@example.com")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("TENANTDESK_PASSWORD"));
}

void TestTenantctlInit::unknownCommandIsUsageError()
{
    const CliRun run = runTenantctl({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Unknown command"));
}

QTEST_GUILESS_MAIN(TestTenantctlInit)
#include "tst_tenantctl_init.moc"
