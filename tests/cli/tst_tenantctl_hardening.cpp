#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

// What tenantctl's reader sees (issue 15, items 6 and 7) and its member commands for
// duplicate rows and deleted users (items 2 and issue 9's item 3).
class TestTenantctlHardening : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void busyDatabaseExitsWith75();
    void damagedDatabaseNamesTheFile();
    void onlyTheErrorReachesStderrUnlessVerbose();
    void refusesHiddenCharactersInNamesAndSlugs_data();
    void refusesHiddenCharactersInNamesAndSlugs();
    void trimsNames();
    void escapesHiddenCharactersInTerminalOutput();
    void jsonOutputKeepsHiddenCharactersExactly();
    void csvRowExitsAsTheSameGrantDoes();
    void exportNeutralisesFormulas();
    void listMarksOrphanedMemberships();
    void revokeAndRemoveAcceptADeletedUsersId();
    void pruneRemovesOrphanedMemberships();
    void dedupeMergesDuplicateRows();
    void shortAuditKeyIsAWarning();

private:
    QStringList member(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("member")} + arguments;
    }
    QString ghost() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
    QString m_acme;
    QString m_dev;
    QString m_alice;
    QString m_bob;
};

void TestTenantctlHardening::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice")).userId;
    m_bob = m_fixture->addActor(QStringLiteral("bob")).userId;
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_fixture->addMembership(m_acme, m_alice, QStringLiteral("tenant_admin"));
}

void TestTenantctlHardening::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlHardening::busyDatabaseExitsWith75()
{
    // Another process holds the write lock for longer than tenantctl waits.
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open(m_test->path().toUtf8().constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const QByteArray before = m_test->dump();
    const CliRun run = m_cli->run(QStringLiteral("root"),
                                  member({QStringLiteral("grant"), QStringLiteral("acme"),
                                          QStringLiteral("bob"), QStringLiteral("member")}));
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QCOMPARE(run.exitCode, 75);
    QVERIFY2(run.err.contains("locked by another process"), run.err.constData());
    // The holder is this test process: the message names it, so the admin knows whom to ask.
    QVERIFY2(run.err.contains(
                     QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid()).toUtf8()),
             run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlHardening::damagedDatabaseNamesTheFile()
{
    // Every page after the first overwritten: SQLite says "database disk image is malformed".
    {
        QFile file(m_test->path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        file.seek(4096);
        file.write(QByteArray(size - 4096, '\x5a'));
    }
    const CliRun run = m_cli->run(QStringLiteral("root"),
                                  {QStringLiteral("tenant"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(m_test->path().toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestTenantctlHardening::onlyTheErrorReachesStderrUnlessVerbose()
{
    // A failing migration logs a warning: it stays out of stderr unless --verbose.
    const QStringList arguments{QStringLiteral("--db"),
                                m_test->path(),
                                QStringLiteral("--user"),
                                QStringLiteral("root"),
                                QStringLiteral("migrate"),
                                QStringLiteral("up"),
                                QStringLiteral("--no-backup"),
                                QStringLiteral("--dir"),
                                QStringLiteral(TENANTDESK_TESTDATA_DIR "/migrations/failing")};
    const CliRun quiet = runTenantctl(arguments, QStringLiteral("password1"));
    QCOMPARE(quiet.exitCode, 1);
    QCOMPARE(quiet.err.count('\n'), 1);
    QVERIFY2(quiet.err.startsWith("tenantctl: "), quiet.err.constData());

    const CliRun verbose = runTenantctl(arguments + QStringList{QStringLiteral("--verbose")},
                                        QStringLiteral("password1"));
    QCOMPARE(verbose.exitCode, 1);
    QVERIFY2(verbose.err.count('\n') > 1, verbose.err.constData());
    QVERIFY2(verbose.err.contains("[tenantdesk.migration warning]"), verbose.err.constData());
}

void TestTenantctlHardening::refusesHiddenCharactersInNamesAndSlugs_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto create = [](const QString &name, const QString &slug) {
        return QStringList{QStringLiteral("tenant"), QStringLiteral("create"),
                           QStringLiteral("--name"), name,
                           QStringLiteral("--slug"), slug};
    };
    QTest::newRow("newline") << create(QStringLiteral("Evil\nTenant"), QStringLiteral("evil"));
    QTest::newRow("right-to-left override")
            << create(QStringLiteral("Invoice\u202Efdp.exe"), QStringLiteral("evil"));
    QTest::newRow("zero-width space")
            << create(QStringLiteral("ac\u200Bme"), QStringLiteral("evil"));
    QTest::newRow("terminal escape")
            << create(QStringLiteral("\x1b[2Jgone"), QStringLiteral("evil"));
    QTest::newRow("isolate") << create(QStringLiteral("a\u2067b"), QStringLiteral("evil"));
    QTest::newRow("slug with escape")
            << create(QStringLiteral("Fine"), QStringLiteral("ev\x1b[0mil"));
    QTest::newRow("rename") << QStringList{QStringLiteral("tenant"), QStringLiteral("rename"),
                                           QStringLiteral("acme"), QStringLiteral("--name"),
                                           QStringLiteral("Acme\u202E")};
    QTest::newRow("workspace") << QStringList{QStringLiteral("workspace"), QStringLiteral("create"),
                                              QStringLiteral("acme"),      QStringLiteral("--name"),
                                              QStringLiteral("a\tb"),      QStringLiteral("--slug"),
                                              QStringLiteral("ws")};
}

void TestTenantctlHardening::refusesHiddenCharactersInNamesAndSlugs()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = m_test->dump();
    const CliRun run = m_cli->run(QStringLiteral("root"), arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    // The refusal names the character, and shows the text with it escaped.
    QVERIFY2(run.err.contains("U+") || run.err.contains("slug"), run.err.constData());
    QVERIFY2(!run.err.contains('\x1b'), run.err.constData());
    QVERIFY2(!run.err.contains("\u202E"), run.err.constData());
    QCOMPARE(m_test->dump(), before);
}

void TestTenantctlHardening::trimsNames()
{
    const QJsonObject created
            = m_cli->json(QStringLiteral("root"),
                          {QStringLiteral("tenant"), QStringLiteral("create"),
                           QStringLiteral("--name"), QStringLiteral("  Padded Inc \u3000"),
                           QStringLiteral("--slug"), QStringLiteral("padded")});
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Padded Inc"));
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE slug = 'padded'").toString(),
             QStringLiteral("Padded Inc"));
}

void TestTenantctlHardening::escapesHiddenCharactersInTerminalOutput()
{
    // Names written by someone else (aistack, a raw SQL client) keep what they hold.
    m_test->execRaw("UPDATE tenants SET name = 'Acme' || char(27) || '[31mRED' || char(10) || "
                    "'fake line' || char(8238) || 'cba' WHERE slug = 'acme'");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("acme")},
          QStringList{QStringLiteral("tenant"), QStringLiteral("list")}}) {
        const CliRun run = m_cli->run(QStringLiteral("root"), arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains('\x1b'), run.out.constData());
        QVERIFY2(!run.out.contains("\u202E"), run.out.constData());
        QVERIFY2(!run.out.contains("\nfake line"), run.out.constData());
        QVERIFY2(run.out.contains("Acme\\u001b[31mRED\\u000afake line\\u202ecba"),
                 run.out.constData());
    }
}

void TestTenantctlHardening::jsonOutputKeepsHiddenCharactersExactly()
{
    m_test->execRaw("UPDATE tenants SET name = 'A' || char(27) || char(8238) || char(65279) || "
                    "'Z' WHERE slug = 'acme'");
    const CliRun run = m_cli->run(QStringLiteral("root"),
                                  {QStringLiteral("--json"), QStringLiteral("tenant"),
                                   QStringLiteral("show"), QStringLiteral("acme")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("\u202E") && !run.out.contains("\uFEFF"), run.out.constData());
    const QJsonObject tenant = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(tenant.value(QStringLiteral("name")).toString(), QStringLiteral("A\x1b\u202E\uFEFFZ"));
}

void TestTenantctlHardening::csvRowExitsAsTheSameGrantDoes()
{
    // tenant_admin on a workspace is invalid input (2) as a command; it was 3 as a CSV row.
    const CliRun grant = m_cli->run(QStringLiteral("alice"),
                                    member({QStringLiteral("grant"), QStringLiteral("acme"),
                                            QStringLiteral("bob"), QStringLiteral("tenant_admin"),
                                            QStringLiteral("--workspace"), QStringLiteral("dev")}));
    QCOMPARE(grant.exitCode, 2);
    const QString path = m_test->dir() + QStringLiteral("/rows.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user,workspace,role\nbob,dev,tenant_admin\n");
    file.close();
    const CliRun import
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("import"), QStringLiteral("acme"), path}));
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains("line 2"), import.err.constData());
    // The last admin refused in a file is a conflict, as "member revoke" says.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("alice,,member\n");
    file.close();
    const CliRun demote
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("import"), QStringLiteral("acme"), path}));
    QCOMPARE(demote.exitCode, 5);
}

void TestTenantctlHardening::exportNeutralisesFormulas()
{
    const QString formula = m_fixture->addActor(QStringLiteral("=2+3")).userId;
    m_fixture->addMembership(m_acme, formula, QStringLiteral("member"));
    const CliRun run = m_cli->run(QStringLiteral("alice"),
                                  member({QStringLiteral("export"), QStringLiteral("acme")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("\r\n'=2+3,,member\r\n"), run.out.constData());
}

void TestTenantctlHardening::listMarksOrphanedMemberships()
{
    const QString dead = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("member"), m_dev);
    const QJsonObject listed = m_cli->json(
            QStringLiteral("alice"), member({QStringLiteral("list"), QStringLiteral("acme")}));
    const QJsonArray rows = listed.value(QStringLiteral("memberships")).toArray();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        const bool orphaned = object.value(QStringLiteral("user_id")).toString() == dead;
        QCOMPARE(object.value(QStringLiteral("orphaned")), QJsonValue(orphaned));
        if (orphaned)
            QVERIFY(object.value(QStringLiteral("username")).isNull());
    }
    const CliRun text = m_cli->run(QStringLiteral("alice"),
                                   member({QStringLiteral("list"), QStringLiteral("acme")}));
    QVERIFY2(text.out.contains("deleted user " + dead.toUtf8()), text.out.constData());
}

void TestTenantctlHardening::revokeAndRemoveAcceptADeletedUsersId()
{
    const QString dead = ghost();
    const QString other = ghost();
    m_fixture->addMembership(m_acme, dead, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, other, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, other, QStringLiteral("member"), m_dev);
    const CliRun revoke
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("revoke"), QStringLiteral("acme"), dead}));
    QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
    QVERIFY2(revoke.out.contains("deleted user " + dead.toUtf8()), revoke.out.constData());
    const CliRun remove
            = m_cli->run(QStringLiteral("alice"),
                         member({QStringLiteral("remove"), QStringLiteral("acme"), other}));
    QVERIFY2(remove.exitCode == 0, remove.err.constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id IN (?1, ?2)",
                              {dead, other}),
             0);
    // An id nobody holds a membership with is still unknown.
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("revoke"), QStringLiteral("acme"), ghost()}))
                     .exitCode,
             4);
}

void TestTenantctlHardening::pruneRemovesOrphanedMemberships()
{
    const QString other = m_fixture->addTenant(QStringLiteral("other"));
    m_fixture->addMembership(m_acme, ghost(), QStringLiteral("member"));
    m_fixture->addMembership(m_acme, ghost(), QStringLiteral("workspace_admin"), m_dev);
    m_fixture->addMembership(other, ghost(), QStringLiteral("member"));
    const QByteArray before = m_test->dump();
    const QJsonObject preview
            = m_cli->json(QStringLiteral("root"),
                          member({QStringLiteral("prune"), QStringLiteral("--all"),
                                  QStringLiteral("--dry-run")}));
    QCOMPARE(preview.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(m_test->dump(), before);

    // alice may prune acme, not other.
    const CliRun pruned = m_cli->run(QStringLiteral("alice"),
                                     member({QStringLiteral("prune"), QStringLiteral("acme")}));
    QVERIFY2(pruned.exitCode == 0, pruned.err.constData());
    QVERIFY2(pruned.out.contains("Removed 2 orphaned memberships."), pruned.out.constData());
    QCOMPARE(m_cli->run(QStringLiteral("alice"),
                        member({QStringLiteral("prune"), QStringLiteral("other")}))
                     .exitCode,
             4);
    const CliRun all = m_cli->run(QStringLiteral("root"),
                                  member({QStringLiteral("prune"), QStringLiteral("--all")}));
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users tu WHERE NOT EXISTS (SELECT 1 "
                              "FROM users u WHERE u.id = tu.user_id)"),
             0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM audit_log_chain WHERE event_type = "
                              "'membership.revoked'"),
             3);
    QCOMPARE(m_cli->run(QStringLiteral("root"), member({QStringLiteral("prune")})).exitCode, 2);
}

void TestTenantctlHardening::dedupeMergesDuplicateRows()
{
    m_test->execRaw("DROP INDEX idx_tenant_users_unique_scope");
    m_fixture->addMembership(m_acme, m_bob, QStringLiteral("member"));
    m_fixture->addMembership(m_acme, m_bob, QStringLiteral("workspace_admin"));
    const QByteArray before = m_test->dump();
    const CliRun preview = m_cli->run(QStringLiteral("alice"),
                                      member({QStringLiteral("dedupe"), QStringLiteral("acme"),
                                              QStringLiteral("--dry-run")}));
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    QVERIFY2(preview.out.contains("Would merge bob's 2 tenant-wide rows of acme (workspace_admin, "
                                  "member) into one workspace_admin."),
             preview.out.constData());
    QCOMPARE(m_test->dump(), before);
    const QJsonObject merged = m_cli->json(
            QStringLiteral("alice"), member({QStringLiteral("dedupe"), QStringLiteral("acme")}));
    QCOMPARE(merged.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1", {m_bob}), 1);
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob), QStringLiteral("workspace_admin"));
    // bob (now a workspace_admin) may not merge anything.
    QCOMPARE(m_cli->run(QStringLiteral("bob"),
                        member({QStringLiteral("dedupe"), QStringLiteral("acme")}))
                     .exitCode,
             3);
}

void TestTenantctlHardening::shortAuditKeyIsAWarning()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AISTACK_AUDIT_KEY"), QStringLiteral("too-short"));
    const CliRun run = runTenantctl({QStringLiteral("--db"), m_test->path(),
                                     QStringLiteral("--user"), QStringLiteral("root"),
                                     QStringLiteral("tenant"), QStringLiteral("list")},
                                    QStringLiteral("password1"), environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("shorter than 32 bytes"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTenantctlHardening)
#include "tst_tenantctl_hardening.moc"
