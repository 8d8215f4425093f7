#include "support/tenancyfixture.h"
#include "support/tenantctlsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// tenantctl audit list and verify: the entries every change leaves, and tampering found.
class TestTenantctlAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheEntriesOfChangesNewestFirst();
    void verifiesAnIntactChain();
    void findsATamperedEntry();
    void tenantAdminsListTheirTenantsOthersAreRefused();
    void listFiltersByTenantAndActorWithinWhatTheUserSees();

private:
    void makeChanges() const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<TenantctlSession> m_cli;
};

void TestTenantctlAudit::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_cli = std::make_unique<TenantctlSession>(*m_test);
    m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_fixture->addActor(QStringLiteral("alice"));
    m_fixture->addActor(QStringLiteral("bob"));
}

void TestTenantctlAudit::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenantctlAudit::makeChanges() const
{
    const QString root = QStringLiteral("root");
    QCOMPARE(m_cli->run(root,
                        {QStringLiteral("tenant"), QStringLiteral("create"),
                         QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--slug"),
                         QStringLiteral("acme")})
                     .exitCode,
             0);
    QCOMPARE(m_cli->run(root,
                        {QStringLiteral("member"), QStringLiteral("grant"), QStringLiteral("acme"),
                         QStringLiteral("alice"), QStringLiteral("tenant_admin")})
                     .exitCode,
             0);
    QCOMPARE(m_cli->run(root,
                        {QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme Inc")})
                     .exitCode,
             0);
}

void TestTenantctlAudit::listsTheEntriesOfChangesNewestFirst()
{
    makeChanges();
    const QJsonArray entries
            = m_cli->json(QStringLiteral("root"), {QStringLiteral("audit"), QStringLiteral("list")})
                      .value(QStringLiteral("entries"))
                      .toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("event_type")).toString(),
             QStringLiteral("tenant.renamed"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("event_type")).toString(),
             QStringLiteral("membership.granted"));
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("event_type")).toString(),
             QStringLiteral("tenant.created"));
    QCOMPARE(entries.at(0)
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
             QStringLiteral("root"));
    const QJsonObject filtered = m_cli->json(
            QStringLiteral("root"),
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--type"),
             QStringLiteral("membership.granted"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(filtered.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(m_cli->run(QStringLiteral("root"),
                        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                         QStringLiteral("0")})
                     .exitCode,
             2);
}

void TestTenantctlAudit::verifiesAnIntactChain()
{
    makeChanges();
    const CliRun result = m_cli->run(
            QStringLiteral("root"),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(),
             QByteArray("{\"valid\":true,\"checked\":3,\"broken_at\":null,\"reason\":null,"
                        "\"total\":3,\"breaks\":[],\"warnings\":[]}"));
}

void TestTenantctlAudit::findsATamperedEntry()
{
    makeChanges();
    // Another process rewrites entry 3 behind the append-only triggers' back.
    m_test->execRaw("DROP TRIGGER audit_log_chain_no_update; "
                    "UPDATE audit_log_chain SET payload_json = replace(payload_json, 'Acme Inc', "
                    "'Evil Inc') "
                    "WHERE seq = 3");
    const CliRun result = m_cli->run(
            QStringLiteral("root"),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith("{\"valid\":false,\"checked\":2,\"broken_at\":3,\"reason\":\""),
             result.out.constData());
    const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(answer.value(QStringLiteral("broken_at")).toInt(), 3);
    QVERIFY(answer.value(QStringLiteral("reason")).toString().contains(QStringLiteral("hash")));
    const CliRun text = m_cli->run(QStringLiteral("root"),
                                   {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.err.contains("broken at entry 3"));
}

void TestTenantctlAudit::tenantAdminsListTheirTenantsOthersAreRefused()
{
    makeChanges();
    // Verifying the chain is a global admin's (architecture.md §3).
    QCOMPARE(
            m_cli->run(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")})
                    .exitCode,
            3);
    // alice administers acme: she lists its entries, as the app shows them (AuditService).
    const QJsonArray entries = m_cli->json(QStringLiteral("alice"),
                                           {QStringLiteral("audit"), QStringLiteral("list")})
                                       .value(QStringLiteral("entries"))
                                       .toArray();
    QCOMPARE(entries.size(), 3);
    // bob administers nothing: refused, nothing listed.
    const CliRun listed
            = m_cli->run(QStringLiteral("bob"), {QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 3);
    QVERIFY(listed.out.isEmpty());
}

namespace {

QStringList values(const QJsonArray &entries, const QString &key)
{
    QStringList found;
    for (const QJsonValue &entry : entries)
        found.append(entry.toObject().value(key).toString());
    return found;
}

QStringList payloadValues(const QJsonArray &entries, const QString &key)
{
    QStringList found;
    for (const QJsonValue &entry : entries)
        found.append(
                entry.toObject().value(QStringLiteral("payload")).toObject().value(key).toString());
    return found;
}

} // namespace

void TestTenantctlAudit::listFiltersByTenantAndActorWithinWhatTheUserSees()
{
    makeChanges(); // root: acme created, alice its tenant_admin, acme renamed
    const QString root = QStringLiteral("root");
    const QString alice = QStringLiteral("alice");
    QCOMPARE(m_cli->run(root,
                        {QStringLiteral("tenant"), QStringLiteral("create"),
                         QStringLiteral("--name"), QStringLiteral("Globex"),
                         QStringLiteral("--slug"), QStringLiteral("globex")})
                     .exitCode,
             0);
    QCOMPARE(m_cli->run(alice,
                        {QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme GmbH")})
                     .exitCode,
             0);
    const auto idOf = [this](const QString &slug) {
        auto db = m_test->open();
        return db->scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {slug})
                .value()
                .toString();
    };
    const QString acmeId = idOf(QStringLiteral("acme"));
    const QString globexId = idOf(QStringLiteral("globex"));
    const auto list = [this](const QString &user, const QStringList &filter) {
        return m_cli
                ->json(user, QStringList{QStringLiteral("audit"), QStringLiteral("list")} + filter)
                .value(QStringLiteral("entries"))
                .toArray();
    };

    // A global admin: one tenant by slug or id, or one actor by part of the name in any case.
    QCOMPARE(payloadValues(list(root, {QStringLiteral("--tenant"), QStringLiteral("globex")}),
                           QStringLiteral("tenant_id")),
             QStringList{globexId});
    QCOMPARE(payloadValues(list(root, {QStringLiteral("--tenant"), acmeId}),
                           QStringLiteral("tenant_id")),
             QStringList(4, acmeId));
    const QJsonArray byAlice = list(root, {QStringLiteral("--actor"), QStringLiteral("LIC")});
    QCOMPARE(values(byAlice, QStringLiteral("event_type")),
             QStringList{QStringLiteral("tenant.renamed")});
    QCOMPARE(payloadValues(byAlice, QStringLiteral("actor")), QStringList{alice});

    // A tenant_admin of acme: acme's entries only, whatever the filter asks.
    QCOMPARE(payloadValues(list(alice, {}), QStringLiteral("tenant_id")), QStringList(4, acmeId));
    QCOMPARE(values(list(alice,
                         {QStringLiteral("--tenant"), QStringLiteral("acme"),
                          QStringLiteral("--actor"), QStringLiteral("root")}),
                    QStringLiteral("event_type")),
             (QStringList{QStringLiteral("tenant.renamed"), QStringLiteral("membership.granted"),
                          QStringLiteral("tenant.created")}));
    // Globex is not hers: not found, by slug or by id, and nothing listed.
    for (const QString &named : {QStringLiteral("globex"), globexId}) {
        const CliRun refused = m_cli->run(alice,
                                          {QStringLiteral("audit"), QStringLiteral("list"),
                                           QStringLiteral("--tenant"), named});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(refused.out.isEmpty());
    }
    // The filters never widen what bob (no role anywhere) may see.
    QCOMPARE(m_cli->run(QStringLiteral("bob"),
                        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--actor"),
                         QStringLiteral("root")})
                     .exitCode,
             3);
}

QTEST_GUILESS_MAIN(TestTenantctlAudit)
#include "tst_tenantctl_audit.moc"
