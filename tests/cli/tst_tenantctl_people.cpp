// tenantctl user create, show, set-password, lock, unlock, set-role, rename and delete: real
// runs of the program against a real file, checking exit codes, output and the file.

#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QJsonArray>
#include <QTest>

namespace {

QProcessEnvironment newPassword(const QString &password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENANTDESK_NEW_PASSWORD"), password);
    return env;
}

} // namespace

class TestTenantctlPeople : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createTakesThePasswordFromTheEnvironment();
    void createWithoutAPasswordSourceIsAUsageError();
    void generatedPasswordIsPrintedOnceAndWorks();
    void refusalsHaveTheirExitCodes();
    void lockStopsSignInUntilUnlocked();
    void setRoleKeepsAGlobalAdmin();
    void showListsWhereThePersonHasAccess();
    void renameChangesNameAndEmail();
    void setPasswordRevokesRefreshTokens();
    void deleteNeedsYesAndKeepsTenantsAdministered();

private:
    CliRun run(const QString &user, const QStringList &arguments,
               const QProcessEnvironment &extra = {}) const
    {
        return runTenantctl(
                QStringList{QStringLiteral("--db"), m_test->path(), QStringLiteral("--user"), user}
                        + arguments,
                QStringLiteral("password1"), extra);
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    QString m_acme;
    QString m_aliceId;
};

void TestTenantctlPeople::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_aliceId = m_fixture->addActor(QStringLiteral("alice")).userId;
    m_fixture->addActor(QStringLiteral("carol"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_fixture->addMembership(m_acme, m_aliceId, QStringLiteral("tenant_admin"));
}

void TestTenantctlPeople::cleanup()
{
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlPeople::createTakesThePasswordFromTheEnvironment()
{
    const CliRun created
            = run(QStringLiteral("root"),
                  {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("dora"),
                   QStringLiteral("--email"), QStringLiteral("dora@example.com"),
                   QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--json")},
                  newPassword(QStringLiteral("dora pass 1")));
    QCOMPARE(created.exitCode, 0);
    const QJsonObject user = QJsonDocument::fromJson(created.out)
                                     .object()
                                     .value(QStringLiteral("user"))
                                     .toObject();
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
    QVERIFY(!created.out.contains("dora pass 1"));
    QVERIFY(m_fixture->value("SELECT password_hash FROM users WHERE username = 'dora'")
                    .toString()
                    .startsWith(QStringLiteral("$2b$10$")));
    // Dora signs in with it (tenantctl reads the sign-in password from TENANTDESK_PASSWORD).
    const CliRun whoami
            = runTenantctl({QStringLiteral("--db"), m_test->path(), QStringLiteral("--user"),
                            QStringLiteral("dora@example.com"), QStringLiteral("whoami")},
                           QStringLiteral("dora pass 1"));
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY(whoami.out.contains("dora"));
}

void TestTenantctlPeople::createWithoutAPasswordSourceIsAUsageError()
{
    const CliRun created
            = run(QStringLiteral("root"),
                  {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("dora"),
                   QStringLiteral("--email"), QStringLiteral("dora@example.com")});
    QCOMPARE(created.exitCode, 2);
    QVERIFY(created.err.contains("TENANTDESK_NEW_PASSWORD"));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM users WHERE username = 'dora'"), 0);
    // Never from an argument: there is no option for it.
    const CliRun argument
            = run(QStringLiteral("root"),
                  {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("dora"),
                   QStringLiteral("--email"), QStringLiteral("dora@example.com"),
                   QStringLiteral("--password"), QStringLiteral("dora pass 1")});
    QCOMPARE(argument.exitCode, 2);
}

void TestTenantctlPeople::generatedPasswordIsPrintedOnceAndWorks()
{
    const CliRun created
            = run(QStringLiteral("root"),
                  {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("erin"),
                   QStringLiteral("--email"), QStringLiteral("erin@example.com"),
                   QStringLiteral("--generate-password"), QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    const QString password = QJsonDocument::fromJson(created.out)
                                     .object()
                                     .value(QStringLiteral("generated_password"))
                                     .toString();
    QCOMPARE(password.size(), 20);
    QVERIFY(!m_test->dump().contains(password.toUtf8()));
    const CliRun whoami
            = runTenantctl({QStringLiteral("--db"), m_test->path(), QStringLiteral("--user"),
                            QStringLiteral("erin"), QStringLiteral("whoami")},
                           password);
    QCOMPARE(whoami.exitCode, 0);
}

void TestTenantctlPeople::refusalsHaveTheirExitCodes()
{
    const auto create = [this](const QString &as, const QString &name, const QString &email,
                               const QString &password) {
        return run(as,
                   {QStringLiteral("user"), QStringLiteral("create"), name,
                    QStringLiteral("--email"), email},
                   newPassword(password))
                .exitCode;
    };
    QCOMPARE(create(QStringLiteral("alice"), QStringLiteral("dora"),
                    QStringLiteral("dora@example.com"), QStringLiteral("dora pass 1")),
             3); // not a global admin
    QCOMPARE(create(QStringLiteral("root"), QStringLiteral("carol"),
                    QStringLiteral("new@example.com"), QStringLiteral("dora pass 1")),
             5); // duplicate
    QCOMPARE(create(QStringLiteral("root"), QStringLiteral("dora"),
                    QStringLiteral("dora@example.com"), QStringLiteral("short")),
             2); // too short
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody")})
                     .exitCode,
             4);
    // carol shares no tenant with alice: hidden looks like missing.
    QCOMPARE(run(QStringLiteral("alice"),
                 {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("carol")})
                     .exitCode,
             4);
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("carol"),
                  QStringLiteral("owner")})
                     .exitCode,
             2);
}

void TestTenantctlPeople::lockStopsSignInUntilUnlocked()
{
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("lock"), QStringLiteral("carol")})
                     .exitCode,
             0);
    const CliRun locked = run(QStringLiteral("carol"), {QStringLiteral("whoami")});
    QCOMPARE(locked.exitCode, 3);
    QVERIFY(locked.err.contains("locked"));
    const CliRun listed = run(QStringLiteral("root"),
                              {QStringLiteral("user"), QStringLiteral("show"),
                               QStringLiteral("carol"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("locked")).toBool());
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("carol")})
                     .exitCode,
             0);
    QCOMPARE(run(QStringLiteral("carol"), {QStringLiteral("whoami")}).exitCode, 0);
}

void TestTenantctlPeople::setRoleKeepsAGlobalAdmin()
{
    const CliRun last = run(QStringLiteral("root"),
                            {QStringLiteral("user"), QStringLiteral("set-role"),
                             QStringLiteral("root"), QStringLiteral("developer")});
    QCOMPARE(last.exitCode, 5);
    QVERIFY(last.err.contains("root"));
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("set-role"),
                  QStringLiteral("carol@example.com"), QStringLiteral("admin")})
                     .exitCode,
             0);
    QCOMPARE(m_fixture->value("SELECT role FROM users WHERE username = 'carol'").toString(),
             QStringLiteral("admin"));
}

void TestTenantctlPeople::showListsWhereThePersonHasAccess()
{
    const CliRun shown = run(
            QStringLiteral("root"),
            {QStringLiteral("user"), QStringLiteral("show"), m_aliceId, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject alice = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(alice.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    const QJsonArray tenants = alice.value(QStringLiteral("tenants")).toArray();
    QCOMPARE(tenants.size(), 1);
    QCOMPARE(tenants.first().toObject().value(QStringLiteral("tenant_role")).toString(),
             QStringLiteral("tenant_admin"));
    const CliRun text
            = run(QStringLiteral("root"),
                  {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("alice")});
    QVERIFY(text.out.contains("acme"));
}

void TestTenantctlPeople::renameChangesNameAndEmail()
{
    const CliRun renamed
            = run(QStringLiteral("root"),
                  {QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("carol"),
                   QStringLiteral("--username"), QStringLiteral("caroline"),
                   QStringLiteral("--email"), QStringLiteral("caroline@example.com")});
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(m_fixture->value("SELECT email FROM users WHERE username = 'caroline'").toString(),
             QStringLiteral("caroline@example.com"));
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("caroline"),
                  QStringLiteral("--username"), QStringLiteral("alice")})
                     .exitCode,
             5);
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("caroline")})
                     .exitCode,
             2);
}

void TestTenantctlPeople::setPasswordRevokesRefreshTokens()
{
    m_test->execRaw("CREATE TABLE refresh_tokens (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                    "revoked INTEGER NOT NULL DEFAULT 0)");
    m_test->execRaw(QStringLiteral("INSERT INTO refresh_tokens VALUES ('t1', '%1', 0)")
                            .arg(m_aliceId)
                            .toUtf8());
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("alice")},
                 newPassword(QStringLiteral("alice pass 2")))
                     .exitCode,
             0);
    QCOMPARE(m_fixture->count("SELECT revoked FROM refresh_tokens"), 1);
    const CliRun whoami
            = runTenantctl({QStringLiteral("--db"), m_test->path(), QStringLiteral("--user"),
                            QStringLiteral("alice"), QStringLiteral("whoami")},
                           QStringLiteral("alice pass 2"));
    QCOMPARE(whoami.exitCode, 0);
}

void TestTenantctlPeople::deleteNeedsYesAndKeepsTenantsAdministered()
{
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("carol")})
                     .exitCode,
             2);
    const CliRun lastAdmin = run(QStringLiteral("root"),
                                 {QStringLiteral("user"), QStringLiteral("delete"),
                                  QStringLiteral("alice"), QStringLiteral("--yes")});
    QCOMPARE(lastAdmin.exitCode, 5);
    QVERIFY(lastAdmin.err.contains("acme"));
    QCOMPARE(run(QStringLiteral("root"),
                 {QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("carol"),
                  QStringLiteral("--yes")})
                     .exitCode,
             0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM users WHERE username = 'carol'"), 0);
}

QTEST_GUILESS_MAIN(TestTenantctlPeople)
#include "tst_tenantctl_people.moc"
