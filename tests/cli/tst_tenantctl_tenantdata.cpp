#include "clirunner.h"
#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"
#include "support/tenantdatafixture.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// tenantctl's side of a tenant's data (issue 16): tenant show --footprint, delete with and
// without --with-data, export, import and move, with the exit codes of architecture.md §5.
class TestTenantctlTenantData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showFootprintCountsWhatTheTenantOwns();
    void deleteNamesTheDataAndNeedsWithData();
    void exportImportRoundTripMapsMembersByEmail();
    void exportWithCredentialsWarns();
    void exportIsDeniedToTenantAdmins();
    void importDryRunAndCollisions();
    void moveNeedsYesThenMovesTheTenant();

private:
    // Another installation with root and alice (same e-mails, other ids).
    void makeTarget();

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
    QString m_acme;
    std::unique_ptr<TestDatabase> m_target;
    std::unique_ptr<TenancyFixture> m_targetFixture;
    std::unique_ptr<TenantctlSession> m_targetCli;
};

void TestTenantctlTenantData::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    TenantDataFixture data(*m_test);
    data.createTables();
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const auto alice = m_fixture->addActor(QStringLiteral("alice"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    const QString dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_fixture->addMembership(m_acme, alice.userId, QStringLiteral("tenant_admin"));
    data.addRows(m_acme, dev, 12, 4, 6, 1);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
}

void TestTenantctlTenantData::cleanup()
{
    m_targetCli.reset();
    m_targetFixture.reset();
    m_target.reset();
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlTenantData::makeTarget()
{
    m_target = std::make_unique<TestDatabase>();
    m_targetFixture = std::make_unique<TenancyFixture>(*m_target);
    TenantDataFixture(*m_target).createTables();
    m_targetFixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_targetFixture->addActor(QStringLiteral("alice"));
    m_targetCli = std::make_unique<TenantctlSession>(*m_target);
}

void TestTenantctlTenantData::showFootprintCountsWhatTheTenantOwns()
{
    const QJsonObject shown = m_cli->json(QStringLiteral("alice"),
                                          {QStringLiteral("tenant"), QStringLiteral("show"),
                                           QStringLiteral("acme"), QStringLiteral("--footprint")});
    const QJsonObject footprint = shown.value(QStringLiteral("footprint")).toObject();
    QCOMPARE(footprint.value(QStringLiteral("workspaces")).toInt(), 1);
    QCOMPARE(footprint.value(QStringLiteral("memberships")).toInt(), 1);
    QCOMPARE(footprint.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toInt(),
             12);
    QCOMPARE(footprint.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("tasks"))
                     .toInt(),
             4);
    QCOMPARE(footprint.value(QStringLiteral("memory_entries")).toInt(), 7);
    QCOMPARE(footprint.value(QStringLiteral("scanned")).toArray(),
             QJsonArray{QStringLiteral("tasks")});

    const CliRun text = m_cli->run(QStringLiteral("alice"),
                                   {QStringLiteral("tenant"), QStringLiteral("show"),
                                    QStringLiteral("acme"), QStringLiteral("--footprint")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("12 rows in table notes"), text.out.constData());
    QVERIFY2(text.out.contains("7 memory entries"), text.out.constData());
    // Without --footprint nothing is counted.
    const CliRun plain = m_cli->run(
            QStringLiteral("alice"),
            {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("acme")});
    QVERIFY(!plain.out.contains("Footprint"));
    // A bad pattern is a usage error.
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("acme"),
                         QStringLiteral("--footprint"), QStringLiteral("--namespace-pattern"),
                         QStringLiteral("no-placeholder")})
                     .exitCode,
             2);
}

void TestTenantctlTenantData::deleteNamesTheDataAndNeedsWithData()
{
    const QByteArray before = m_test->dump();
    const CliRun asked = m_cli->run(
            QStringLiteral("root"),
            {QStringLiteral("tenant"), QStringLiteral("delete"), QStringLiteral("acme")});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains("--with-data"), asked.err.constData());
    QVERIFY2(asked.err.contains("12 rows in table notes"), asked.err.constData());
    const CliRun refused = m_cli->run(QStringLiteral("root"),
                                      {QStringLiteral("tenant"), QStringLiteral("delete"),
                                       QStringLiteral("acme"), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("12 rows in table notes"), refused.err.constData());
    QVERIFY2(refused.err.contains("7 memory entries"), refused.err.constData());
    QCOMPARE(m_test->dump(), before);

    const CliRun deleted = m_cli->run(QStringLiteral("root"),
                                      {QStringLiteral("tenant"), QStringLiteral("delete"),
                                       QStringLiteral("acme"), QStringLiteral("--yes"),
                                       QStringLiteral("--with-data")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes"), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM memory"), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 0);
}

void TestTenantctlTenantData::exportImportRoundTripMapsMembersByEmail()
{
    const QString file = m_test->dir() + QStringLiteral("/acme.tenant");
    const QJsonObject exported
            = m_cli->json(QStringLiteral("root"),
                          {QStringLiteral("tenant"), QStringLiteral("export"),
                           QStringLiteral("acme"), QStringLiteral("--out"), file});
    QCOMPARE(exported.value(QStringLiteral("members")).toInt(), 1);
    QVERIFY(QFile::exists(file));

    makeTarget();
    const QJsonObject imported = m_targetCli->json(
            QStringLiteral("root"), {QStringLiteral("tenant"), QStringLiteral("import"), file});
    QCOMPARE(imported.value(QStringLiteral("imported")).toString(), QStringLiteral("acme"));
    QVERIFY(imported.value(QStringLiteral("checksums_verified")).toBool());
    QCOMPARE(imported.value(QStringLiteral("mapped_members")).toArray(),
             QJsonArray{QStringLiteral("alice@example.com")});
    // Every table's rows hash the same on both sides.
    QHash<QString, QString> sourceSums;
    for (const QJsonValue &table : exported.value(QStringLiteral("tables")).toArray())
        sourceSums.insert(table[QStringLiteral("table")].toString(),
                          table[QStringLiteral("sha256")].toString());
    for (const QJsonValue &table : imported.value(QStringLiteral("tables")).toArray()) {
        const QString name = table[QStringLiteral("table")].toString();
        if (name != QLatin1String("tenant_users")) // user ids differ: mapped by e-mail
            QCOMPARE(table[QStringLiteral("sha256")].toString(), sourceSums.value(name));
    }
    // The same footprint on the target; alice is tenant_admin there, as her own user.
    const QJsonObject onTarget
            = m_targetCli->json(QStringLiteral("alice"),
                                {QStringLiteral("tenant"), QStringLiteral("show"),
                                 QStringLiteral("acme"), QStringLiteral("--footprint")});
    const QJsonObject onSource
            = m_cli->json(QStringLiteral("alice"),
                          {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("acme"),
                           QStringLiteral("--footprint")});
    QCOMPARE(onTarget.value(QStringLiteral("footprint")),
             onSource.value(QStringLiteral("footprint")));
}

void TestTenantctlTenantData::exportWithCredentialsWarns()
{
    const QString file = m_test->dir() + QStringLiteral("/hashes.tenant");
    const CliRun run = m_cli->run(QStringLiteral("root"),
                                  {QStringLiteral("tenant"), QStringLiteral("export"),
                                   QStringLiteral("acme"), QStringLiteral("--out"), file,
                                   QStringLiteral("--with-credentials")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("password hashes"), run.err.constData());
}

void TestTenantctlTenantData::exportIsDeniedToTenantAdmins()
{
    const QString file = m_test->dir() + QStringLiteral("/denied.tenant");
    const CliRun run = m_cli->run(QStringLiteral("alice"),
                                  {QStringLiteral("tenant"), QStringLiteral("export"),
                                   QStringLiteral("acme"), QStringLiteral("--out"), file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFile::exists(file));
}

void TestTenantctlTenantData::importDryRunAndCollisions()
{
    const QString file = m_test->dir() + QStringLiteral("/acme.tenant");
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("tenant"), QStringLiteral("export"), QStringLiteral("acme"),
                         QStringLiteral("--out"), file})
                     .exitCode,
             0);
    makeTarget();
    const QByteArray before = m_target->dump();
    const CliRun dryRun = m_targetCli->run(QStringLiteral("root"),
                                           {QStringLiteral("tenant"), QStringLiteral("import"),
                                            file, QStringLiteral("--dry-run")});
    QVERIFY2(dryRun.exitCode == 0, dryRun.err.constData());
    QVERIFY2(dryRun.out.contains("Dry run"), dryRun.out.constData());
    QVERIFY2(dryRun.out.contains("notes: 12 rows"), dryRun.out.constData());
    QCOMPARE(m_target->dump(), before);

    QCOMPARE(m_targetCli
                     ->run(QStringLiteral("root"),
                           {QStringLiteral("tenant"), QStringLiteral("import"), file})
                     .exitCode,
             0);
    const QByteArray imported = m_target->dump();
    const CliRun again = m_targetCli->run(
            QStringLiteral("root"), {QStringLiteral("tenant"), QStringLiteral("import"), file});
    QCOMPARE(again.exitCode, 5);
    QCOMPARE(m_target->dump(), imported);
    // Not an export at all.
    QCOMPARE(m_targetCli
                     ->run(QStringLiteral("root"),
                           {QStringLiteral("tenant"), QStringLiteral("import"), m_test->path()})
                     .exitCode,
             2);
}

void TestTenantctlTenantData::moveNeedsYesThenMovesTheTenant()
{
    makeTarget();
    const QByteArray source = m_test->dump();
    const QByteArray target = m_target->dump();
    const CliRun asked
            = m_cli->run(QStringLiteral("root"),
                         {QStringLiteral("tenant"), QStringLiteral("move"), QStringLiteral("acme"),
                          QStringLiteral("--to"), m_target->path()});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains("--yes"), asked.err.constData());
    QCOMPARE(m_test->dump(), source);
    QCOMPARE(m_target->dump(), target);

    const QJsonObject moved
            = m_cli->json(QStringLiteral("root"),
                          {QStringLiteral("tenant"), QStringLiteral("move"), QStringLiteral("acme"),
                           QStringLiteral("--to"), m_target->path(), QStringLiteral("--yes")});
    QCOMPARE(moved.value(QStringLiteral("moved")).toString(), QStringLiteral("acme"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM notes"), 0);
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM notes WHERE tenant_id = ?1", {m_acme}),
             12);
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM memory"), 7);
    QCOMPARE(m_targetFixture->count("SELECT count(*) FROM audit_log_chain "
                                    "WHERE event_type = 'tenant.imported'"),
             1);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM audit_log_chain "
                              "WHERE event_type IN ('tenant.exported', 'tenant.deleted')"),
             2);
}

QTEST_GUILESS_MAIN(TestTenantctlTenantData)
#include "tst_tenantctl_tenantdata.moc"
