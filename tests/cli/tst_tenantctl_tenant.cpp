#include "clirunner.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// tenantctl tenant ...: the commands, what each user sees, and the exit codes of architecture.md
// §5.
class TestTenantctlTenant : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsShowsRenamesConfiguresAndDeletes();
    void deleteWithoutYesChangesNothing();
    void listShowsOnlyTenantsTheUserMaySee();
    void storesNamesExactly();
    void deniedIsExitCode3();
    void wrongPasswordIsExitCode3();
    void unknownTenantIsExitCode4();
    void duplicateSlugIsExitCode5();
    void badSlugIsExitCode2();
    void settingsThatAreNotAnObjectAreExitCode2_data();
    void settingsThatAreNotAnObjectAreExitCode2();
    void unknownSubcommandIsExitCode2();

private:
    CliRun run(const QString &user, const QStringList &arguments) const;
    QJsonObject json(const QString &user, const QStringList &arguments) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    QString m_acme;
};

void TestTenantctlTenant::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const auto alice = m_fixture->addActor(QStringLiteral("alice"));
    const auto bob = m_fixture->addActor(QStringLiteral("bob"));
    m_fixture->addActor(QStringLiteral("carol"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    m_fixture->addTenant(QStringLiteral("globex"), QStringLiteral("Globex"));
    m_fixture->addMembership(m_acme, alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, bob.userId, QStringLiteral("member"));
}

void TestTenantctlTenant::cleanup()
{
    m_fixture.reset();
    m_test.reset();
}

CliRun TestTenantctlTenant::run(const QString &user, const QStringList &arguments) const
{
    return runTenantctl(
            QStringList{QStringLiteral("--db"), m_test->path(), QStringLiteral("--user"), user}
                    + arguments,
            QStringLiteral("password1"));
}

QJsonObject TestTenantctlTenant::json(const QString &user, const QStringList &arguments) const
{
    const CliRun result = run(user, arguments + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("tenantctl %s failed (%d): %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 result.exitCode, result.err.constData());
    return QJsonDocument::fromJson(result.out).object();
}

void TestTenantctlTenant::createsShowsRenamesConfiguresAndDeletes()
{
    const QString root = QStringLiteral("root");
    const QJsonObject created
            = json(root,
                   {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("Initech"), QStringLiteral("--slug"), QStringLiteral("initech"),
                    QStringLiteral("--workspace"), QStringLiteral("main")});
    QCOMPARE(created.value(QStringLiteral("slug")).toString(), QStringLiteral("initech"));
    QCOMPARE(created.value(QStringLiteral("workspace"))
                     .toObject()
                     .value(QStringLiteral("slug"))
                     .toString(),
             QStringLiteral("main"));
    const QString id = created.value(QStringLiteral("id")).toString();
    QCOMPARE(m_fixture->value("SELECT slug FROM tenants WHERE id = ?1", {id}).toString(),
             QStringLiteral("initech"));

    const QJsonObject listed = json(root, {QStringLiteral("tenant"), QStringLiteral("list")});
    QCOMPARE(listed.value(QStringLiteral("count")).toInt(), 3);

    const QJsonObject shown = json(
            root, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("initech")});
    QCOMPARE(shown.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(shown.value(QStringLiteral("workspaces")).toInt(), 1);

    const QJsonObject renamed
            = json(root,
                   {QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("initech"),
                    QStringLiteral("--name"), QStringLiteral("Initech Inc")});
    QCOMPARE(renamed.value(QStringLiteral("name")).toString(), QStringLiteral("Initech Inc"));

    const QJsonObject settings
            = json(root,
                   {QStringLiteral("tenant"), QStringLiteral("settings"), QStringLiteral("initech"),
                    QStringLiteral("--set"), QStringLiteral("{\"plan\":\"pro\"}")});
    QCOMPARE(settings.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
    const QJsonObject readBack = json(
            root,
            {QStringLiteral("tenant"), QStringLiteral("settings"), QStringLiteral("initech")});
    QCOMPARE(readBack, settings);

    const CliRun deleted = run(root,
                               {QStringLiteral("tenant"), QStringLiteral("delete"),
                                QStringLiteral("initech"), QStringLiteral("--yes")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(deleted.out.contains("Deleted tenant initech with 1 workspace"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants WHERE id = ?1", {id}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE tenant_id = ?1", {id}), 0);
}

void TestTenantctlTenant::deleteWithoutYesChangesNothing()
{
    const QByteArray before = m_test->dump();
    const CliRun result
            = run(QStringLiteral("root"),
                  {QStringLiteral("tenant"), QStringLiteral("delete"), QStringLiteral("acme")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--yes"));
    QVERIFY(result.err.contains("2 memberships"));
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlTenant::listShowsOnlyTenantsTheUserMaySee()
{
    const QJsonArray bobs
            = json(QStringLiteral("bob"), {QStringLiteral("tenant"), QStringLiteral("list")})
                      .value(QStringLiteral("tenants"))
                      .toArray();
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs.at(0).toObject().value(QStringLiteral("slug")).toString(),
             QStringLiteral("acme"));
    QCOMPARE(json(QStringLiteral("carol"), {QStringLiteral("tenant"), QStringLiteral("list")})
                     .value(QStringLiteral("count"))
                     .toInt(),
             0);
    const CliRun text
            = run(QStringLiteral("bob"), {QStringLiteral("tenant"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("acme"));
    QVERIFY(!text.out.contains("globex"));
}

void TestTenantctlTenant::storesNamesExactly()
{
    const QString name = QStringLiteral("O'Hara \"Q\"; DROP TABLE tenants; -- \U0001F680");
    const QJsonObject created
            = json(QStringLiteral("root"),
                   {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--name"),
                    name, QStringLiteral("--slug"), QStringLiteral("odd")});
    QCOMPARE(created.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE slug = 'odd'").toString(), name);
    QCOMPARE(json(QStringLiteral("root"),
                  {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("odd")})
                     .value(QStringLiteral("name"))
                     .toString(),
             name);
}

void TestTenantctlTenant::deniedIsExitCode3()
{
    const QByteArray before = m_test->dump();
    const CliRun renamed
            = run(QStringLiteral("bob"),
                  {QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("acme"),
                   QStringLiteral("--name"), QStringLiteral("Mine")});
    QCOMPARE(renamed.exitCode, 3);
    QVERIFY(renamed.err.startsWith("tenantctl: Refused"));
    QVERIFY2(renamed.err.contains("alice"), renamed.err.constData()); // who could do it
    QCOMPARE(renamed.err.count('\n'), 1);
    const CliRun created
            = run(QStringLiteral("alice"),
                  {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("X"), QStringLiteral("--slug"), QStringLiteral("x")});
    QCOMPARE(created.exitCode, 3);
    QVERIFY(created.err.contains("global admin"));
    QCOMPARE(run(QStringLiteral("alice"),
                 {QStringLiteral("tenant"), QStringLiteral("delete"), QStringLiteral("acme"),
                  QStringLiteral("--yes")})
                     .exitCode,
             3);
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlTenant::wrongPasswordIsExitCode3()
{
    const CliRun result = runTenantctl({QStringLiteral("--db"), m_test->path(),
                                        QStringLiteral("--user"), QStringLiteral("root"),
                                        QStringLiteral("tenant"), QStringLiteral("list")},
                                       QStringLiteral("wrong password"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
}

void TestTenantctlTenant::unknownTenantIsExitCode4()
{
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("nope")})
                     .exitCode,
             4);
    // Hidden looks the same as missing.
    const CliRun hidden
            = run(QStringLiteral("carol"),
                  {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("acme")});
    QCOMPARE(hidden.exitCode, 4);
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("nope"),
                  QStringLiteral("--name"), QStringLiteral("x")})
                     .exitCode,
             4);
}

void TestTenantctlTenant::duplicateSlugIsExitCode5()
{
    const QByteArray before = m_test->dump();
    const CliRun result
            = run(QStringLiteral("root"),
                  {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Again"), QStringLiteral("--slug"), QStringLiteral("acme")});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("already exists"), result.err.constData());
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlTenant::badSlugIsExitCode2()
{
    const CliRun result
            = run(QStringLiteral("root"),
                  {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Bad"), QStringLiteral("--slug"), QStringLiteral("Bad Slug")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("not a valid slug"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 2);
}

void TestTenantctlTenant::settingsThatAreNotAnObjectAreExitCode2_data()
{
    QTest::addColumn<QString>("settings");
    QTest::newRow("array") << QStringLiteral("[1,2]");
    QTest::newRow("number") << QStringLiteral("42");
    QTest::newRow("malformed") << QStringLiteral("{plan: pro}");
}

void TestTenantctlTenant::settingsThatAreNotAnObjectAreExitCode2()
{
    QFETCH(QString, settings);
    const QByteArray before = m_test->dump();
    const CliRun result = run(QStringLiteral("alice"),
                              {QStringLiteral("tenant"), QStringLiteral("settings"),
                               QStringLiteral("acme"), QStringLiteral("--set"), settings});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("settings"));
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlTenant::unknownSubcommandIsExitCode2()
{
    QCOMPARE(run(QStringLiteral("root"), {QStringLiteral("tenant"), QStringLiteral("explode")})
                     .exitCode,
             2);
    QCOMPARE(run(QStringLiteral("root"), {QStringLiteral("tenant")}).exitCode, 2);
    QCOMPARE(run(QStringLiteral("root"), {QStringLiteral("tenant"), QStringLiteral("show")})
                     .exitCode,
             2);
    const CliRun help
            = run(QStringLiteral("root"), {QStringLiteral("tenant"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("tenantctl tenant delete SLUG --yes"));
}

QTEST_GUILESS_MAIN(TestTenantctlTenant)
#include "tst_tenantctl_tenant.moc"
