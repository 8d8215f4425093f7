#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

// tenantctl member import|export: the per-row report, all or nothing, and the exit codes.
class TestTenantctlMemberCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importWithABadRowAppliesNothingAndIsExitCode2();
    void importRefusedRowIsExitCode3();
    void skipFailuresAppliesTheGoodRows();
    void dryRunSaysWhatWouldHappen();
    void unreadableOrMalformedFileIsExitCode2();
    void unknownTenantIsExitCode4();
    void exportWritesTheWorkspaceRowsAndRoundTrips();

private:
    QString writeFile(const QByteArray &content) const;
    QStringList member(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("member")} + arguments;
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
    QString m_acme;
    QString m_dev;
    QString m_bob;
    QString m_carol;
};

void TestTenantctlMemberCsv::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const QString alice = m_fixture->addActor(QStringLiteral("alice")).userId;
    const QString wade = m_fixture->addActor(QStringLiteral("wade")).userId;
    m_bob = m_fixture->addActor(QStringLiteral("bob")).userId;
    m_carol = m_fixture->addActor(QStringLiteral("carol")).userId;
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_fixture->addMembership(m_acme, alice, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, wade, QStringLiteral("workspace_admin"), m_dev);
    m_fixture->addMembership(m_acme, m_bob, QStringLiteral("member"), m_dev);
}

void TestTenantctlMemberCsv::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

QString TestTenantctlMemberCsv::writeFile(const QByteArray &content) const
{
    static int serial = 0;
    const QString path = m_test->dir() + QStringLiteral("/import-%1.csv").arg(++serial);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestTenantctlMemberCsv::importWithABadRowAppliesNothingAndIsExitCode2()
{
    const QString path = writeFile("user,workspace,role\n"
                                   "carol,,member\n"
                                   "bob,dev,workspace_admin\n"
                                   "nobody,,member\n"
                                   "carol,dev,chief\n");
    const QByteArray before = m_test->dump();
    const CliRun run = m_cli->run(QStringLiteral("alice"),
                                  member({QStringLiteral("import"), QStringLiteral("acme"), path,
                                          QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(m_test->dump(), before);
    QVERIFY2(run.err.contains("Nothing was imported"), run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(report.value(QStringLiteral("mode")).toString(), QStringLiteral("all-or-nothing"));
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    const auto outcome = [&rows](int i) {
        return rows.at(i).toObject().value(QStringLiteral("outcome")).toString();
    };
    QCOMPARE(outcome(0), QStringLiteral("add"));
    QCOMPARE(outcome(1), QStringLiteral("change"));
    QCOMPARE(outcome(2), QStringLiteral("invalid"));
    QCOMPARE(outcome(3), QStringLiteral("invalid"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("line")).toInt(), 4);
    QVERIFY(!rows.at(3).toObject().value(QStringLiteral("message")).toString().isEmpty());

    // The same as a table for people.
    const CliRun text
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("import"), QStringLiteral("acme"), path}));
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.out.contains("OUTCOME"));
    QVERIFY(text.out.contains("nobody"));
}

void TestTenantctlMemberCsv::importRefusedRowIsExitCode3()
{
    // wade administers dev only: a tenant-wide row is refused, so nothing is imported.
    const QString path = writeFile("carol,dev,member\ncarol,,member\n");
    const QByteArray before = m_test->dump();
    const QJsonObject report
            = QJsonDocument::fromJson(
                      m_cli->run(QStringLiteral("wade"),
                                 member({QStringLiteral("import"), QStringLiteral("acme"), path,
                                         QStringLiteral("--json")}))
                              .out)
                      .object();
    const CliRun run = m_cli->run(QStringLiteral("wade"),
                                  member({QStringLiteral("import"), QStringLiteral("acme"), path}));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(m_test->dump(), before);
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("refused"));
    QVERIFY(rows.at(1)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("tenant_admin")));
}

void TestTenantctlMemberCsv::skipFailuresAppliesTheGoodRows()
{
    const QString path = writeFile("carol,,member\nbob,dev,workspace_admin\nnobody,,member\n");
    const QJsonObject report = m_cli->json(QStringLiteral("alice"),
                                           member({QStringLiteral("import"), QStringLiteral("acme"),
                                                   path, QStringLiteral("--skip-failures")}));
    QCOMPARE(report.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("invalid"))
                     .toInt(),
             1);
    QCOMPARE(m_fixture->roleOf(m_acme, m_carol), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM audit_log_chain WHERE event_type LIKE "
                              "'membership.%'"),
             2);
}

void TestTenantctlMemberCsv::dryRunSaysWhatWouldHappen()
{
    const QString path = writeFile("carol,,member\nbob,dev,member\n");
    const QByteArray before = m_test->dump();
    const CliRun run = m_cli->run(QStringLiteral("alice"),
                                  member({QStringLiteral("import"), QStringLiteral("acme"), path,
                                          QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Dry run"));
    QVERIFY(run.out.contains("1 add"));
    QVERIFY(run.out.contains("1 unchanged"));
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlMemberCsv::unreadableOrMalformedFileIsExitCode2()
{
    const QByteArray before = m_test->dump();
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("import"), QStringLiteral("acme"),
                                m_test->dir() + QStringLiteral("/missing.csv")}))
                     .exitCode,
             2);
    const CliRun malformed = m_cli->run(QStringLiteral("alice"),
                                        member({QStringLiteral("import"), QStringLiteral("acme"),
                                                writeFile("carol,,member\n\"bob,dev,member\n")}));
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY(malformed.err.contains("2"));
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("import"), QStringLiteral("acme")}))
                     .exitCode,
             2);
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlMemberCsv::unknownTenantIsExitCode4()
{
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("import"), QStringLiteral("nope"),
                                writeFile("carol,,member\n")}))
                     .exitCode,
             4);
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("export"), QStringLiteral("nope")}))
                     .exitCode,
             4);
}

void TestTenantctlMemberCsv::exportWritesTheWorkspaceRowsAndRoundTrips()
{
    const QString out = m_test->dir() + QStringLiteral("/dev.csv");
    const CliRun run = m_cli->run(
            QStringLiteral("alice"),
            member({QStringLiteral("export"), QStringLiteral("acme"), QStringLiteral("--workspace"),
                    QStringLiteral("dev"), QStringLiteral("--out"), out}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Exported 2"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv,
             QByteArray("user,workspace,role\r\nwade,dev,workspace_admin\r\nbob,dev,member\r\n"));

    // Everything to standard output, and back in: nothing to change.
    const CliRun all = m_cli->run(QStringLiteral("alice"),
                                  member({QStringLiteral("export"), QStringLiteral("acme")}));
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.count('\n'), 4);
    const QJsonObject again = m_cli->json(
            QStringLiteral("alice"),
            member({QStringLiteral("import"), QStringLiteral("acme"), writeFile(all.out)}));
    QCOMPARE(again.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
             3);
    const QJsonObject listed = m_cli->json(
            QStringLiteral("alice"), member({QStringLiteral("export"), QStringLiteral("acme")}));
    QCOMPARE(listed.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(listed.value(QStringLiteral("memberships"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("role")),
             QStringLiteral("tenant_admin"));
}

QTEST_GUILESS_MAIN(TestTenantctlMemberCsv)
#include "tst_tenantctl_membercsv.moc"
