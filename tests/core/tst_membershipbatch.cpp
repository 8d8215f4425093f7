#include "core/audit/auditlog.h"
#include "core/tenancy/membershipservice.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tenantdesk;

namespace {

// What the chain holds, oldest first: "event user_id" per entry.
QStringList chainSummary(const Database &db)
{
    auto entries = AuditLog(db).list({}, 100000);
    if (!entries)
        return {QStringLiteral("(not read)")};
    QStringList summary;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const QJsonObject payload = QJsonDocument::fromJson(it->payloadJson.toUtf8()).object();
        summary << it->eventType + QLatin1Char(' ')
                        + payload.value(QStringLiteral("user_id")).toString();
    }
    return summary;
}

} // namespace

// MembershipService::apply writes the new grants of a batch many rows to one INSERT
// (ChangeBatch::applyAll): the results, rows and audit chain must be exactly those of applying
// the changes one by one, in order, across the points where the pending rows are written.
class TestMembershipBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void manyGrantsWriteTheSameRowsAndChainAsOneByOne();
    void aRowTheSchemaRefusesIsRefusedAloneInABatch();
    void aRefusalAmongPendingGrantsNamesWhoCould();
    void anActorWhoDemotesThemselvesIsJudgedByTheNewRoleAfterwards();
    void previousRolesAreWhatTheChangesBeforeLeft();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_root;
    Actor m_alice; // tenant_admin of acme
    QString m_acme;
    QString m_dev;
    QStringList m_users; // user ids u000 .. u599, no grants
};

void TestMembershipBatch::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    QByteArray sql = "BEGIN;";
    m_users.clear();
    for (int i = 0; i < 600; ++i) {
        const QString id
                = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        m_users << id;
        sql += QStringLiteral("INSERT INTO users (id, email, username, password_hash, role) VALUES "
                              "('%1', 'u%2@example.org', 'u%2', 'x', 'developer');")
                       .arg(id)
                       .arg(i, 3, 10, QLatin1Char('0'))
                       .toUtf8();
    }
    m_test->execRaw(sql + "COMMIT;");
    m_db = m_test->open();
}

void TestMembershipBatch::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestMembershipBatch::manyGrantsWriteTheSameRowsAndChainAsOneByOne()
{
    // 600 new grants (more than one INSERT's worth), with changes in between that read or
    // write what earlier grants of the batch wrote: a grant of a scope still pending (u050
    // at change 100), of one already written (u010 at 300), a revoke (alice's own grant is
    // kept: u020's at 400), and tenant-wide grants.
    QList<MembershipChange> changes;
    QStringList expectedChain;
    QList<MembershipChangeResult::Outcome> expected;
    using Outcome = MembershipChangeResult::Outcome;
    const auto grant = [&](int user, const QString &workspace, TenantRole role, Outcome outcome,
                           const char *event) {
        changes.append({MembershipChange::Kind::Grant, m_users.at(user), workspace, role});
        expected.append(outcome);
        if (event)
            expectedChain << QLatin1String(event) + QLatin1Char(' ') + m_users.at(user);
    };
    for (int i = 0; i < 600; ++i) {
        grant(i, i % 7 == 0 ? QString() : m_dev, TenantRole::Member, Outcome::Added,
              "membership.granted");
        if (i == 100)
            grant(50, m_dev, TenantRole::WorkspaceAdmin, Outcome::Changed, "membership.changed");
        if (i == 150)
            grant(51, m_dev, TenantRole::Member, Outcome::Unchanged, nullptr);
        if (i == 300)
            grant(10, m_dev, TenantRole::WorkspaceAdmin, Outcome::Changed, "membership.changed");
        if (i == 400) {
            changes.append({MembershipChange::Kind::Revoke, m_users.at(20), m_dev, {}});
            expected.append(Outcome::Removed);
            expectedChain << QStringLiteral("membership.revoked ") + m_users.at(20);
        }
    }
    auto results = MembershipService(*m_db, m_root).apply(m_acme, changes, true);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(results->at(i).outcome == expected.at(i), qPrintable(QString::number(i)));

    QCOMPARE(chainSummary(*m_db), expectedChain);
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified);
    QVERIFY2(verified->valid, qPrintable(verified->reason));
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE tenant_id = ?", {m_acme}),
             1 + 600 - 1);
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(50), m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(10), m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(20), m_dev), QString());
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(7)), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(599), m_dev), QStringLiteral("member"));
}

void TestMembershipBatch::previousRolesAreWhatTheChangesBeforeLeft()
{
    // Roles held before the batch, and changes that name a scope again, while its grant is
    // still queued (changes 2-4) or after it was written (change 260, 251 changes later).
    m_fixture->addMembership(m_acme, m_users.at(4), QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_acme, m_users.at(5), QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_acme, m_users.at(6), QStringLiteral("workspace_admin"));
    using Outcome = MembershipChangeResult::Outcome;
    struct Expected
    {
        Outcome outcome;
        std::optional<TenantRole> previous;
    };
    QList<MembershipChange> changes;
    QList<Expected> expected;
    const auto change = [&](MembershipChange::Kind kind, int user, const QString &workspace,
                            TenantRole role, Expected outcome) {
        changes.append({kind, user < 0 ? QStringLiteral("no-such-user") : m_users.at(user),
                        workspace, role});
        expected.append(outcome);
    };
    const auto grant = MembershipChange::Kind::Grant;
    const auto revoke = MembershipChange::Kind::Revoke;
    change(grant, 1, m_dev, TenantRole::Member, {Outcome::Added, {}});
    change(grant, 2, {}, TenantRole::Member, {Outcome::Added, {}});
    change(grant, 1, m_dev, TenantRole::WorkspaceAdmin, {Outcome::Changed, TenantRole::Member});
    change(revoke, 2, {}, {}, {Outcome::Removed, TenantRole::Member});
    change(grant, 2, {}, TenantRole::Member, {Outcome::Added, {}});
    change(grant, -1, m_dev, TenantRole::Member, {Outcome::Refused, {}});
    change(revoke, 4, m_dev, {}, {Outcome::Removed, TenantRole::Member});
    change(grant, 5, m_dev, TenantRole::Member, {Outcome::Unchanged, TenantRole::Member});
    change(grant, 6, {}, TenantRole::Member, {Outcome::Changed, TenantRole::WorkspaceAdmin});
    for (int user = 100; changes.size() < 300; ++user) {
        change(grant, user, m_dev, TenantRole::Member, {Outcome::Added, {}});
        if (changes.size() == 260) // user 100 (change 9) again
            change(grant, 100, m_dev, TenantRole::WorkspaceAdmin,
                   {Outcome::Changed, TenantRole::Member});
    }
    QCOMPARE(changes.at(260).userId, m_users.at(100));

    auto results = MembershipService(*m_db, m_root).apply(m_acme, changes, false);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(results->at(i).outcome == expected.at(i).outcome, qPrintable(QString::number(i)));
        QVERIFY2(results->at(i).previousRole == expected.at(i).previous,
                 qPrintable(QString::number(i)));
    }
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(1), m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(2)), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(4), m_dev), QString());
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(6)), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(100), m_dev), QStringLiteral("workspace_admin"));
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified && verified->valid);
}

void TestMembershipBatch::aRowTheSchemaRefusesIsRefusedAloneInABatch()
{
    // A guard of the file's own (as a real aistack file may add) that none of the checks
    // before the write knows: the batch's INSERT fails whole, and only that row is refused.
    m_test->execRaw(QStringLiteral("CREATE TRIGGER refuse_u003 BEFORE INSERT ON tenant_users "
                                   "WHEN NEW.user_id = '%1' BEGIN SELECT RAISE(ABORT, 'not "
                                   "this one'); END")
                            .arg(m_users.at(3))
                            .toUtf8());
    QList<MembershipChange> changes;
    for (int i = 0; i < 6; ++i)
        changes.append({MembershipChange::Kind::Grant, m_users.at(i), m_dev, TenantRole::Member});
    auto results = MembershipService(*m_db, m_root).apply(m_acme, changes, false);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(results->at(i).outcome,
                 i == 3 ? MembershipChangeResult::Outcome::Refused
                        : MembershipChangeResult::Outcome::Added);
    }
    QCOMPARE(results->at(3).error->code, ErrorCode::Conflict);
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(3), m_dev), QString());
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(4), m_dev), QStringLiteral("member"));
    QStringList expectedChain;
    for (int i : {0, 1, 2, 4, 5})
        expectedChain << QStringLiteral("membership.granted ") + m_users.at(i);
    QCOMPARE(chainSummary(*m_db), expectedChain);
    QVERIFY(AuditLog(*m_db).verify()->valid);

    // All or nothing: the refusal rolls everything back.
    const QByteArray before = m_test->dump();
    QList<MembershipChange> more;
    for (int i = 2; i < 9; ++i)
        more.append({MembershipChange::Kind::Grant, m_users.at(i), {}, TenantRole::Member});
    auto none = MembershipService(*m_db, m_root).apply(m_acme, more, true);
    QVERIFY2(none, why(none).constData());
    QCOMPARE(none->at(1).outcome, MembershipChangeResult::Outcome::Refused);
    QCOMPARE(m_test->dump(), before);
}

void TestMembershipBatch::aRefusalAmongPendingGrantsNamesWhoCould()
{
    // A refusal for someone who is not a global admin is worded from the database (who
    // could); grants still pending when it comes are written first, and the batch goes on.
    const Actor wade = m_fixture->addActor(QStringLiteral("wade"));
    m_fixture->addMembership(m_acme, wade.userId, QStringLiteral("workspace_admin"), m_dev);
    auto first = MembershipService(*m_db, m_alice)
                         .apply(m_acme,
                                {{MembershipChange::Kind::Grant,
                                  m_users.at(1),
                                  {},
                                  TenantRole::TenantAdmin}},
                                true);
    QVERIFY2(first, why(first).constData());
    auto results = MembershipService(*m_db, wade)
                           .apply(m_acme,
                                  {{MembershipChange::Kind::Grant, m_users.at(2), m_dev,
                                    TenantRole::Member},
                                   {MembershipChange::Kind::Grant, m_users.at(3), m_dev,
                                    TenantRole::WorkspaceAdmin},
                                   {MembershipChange::Kind::Grant,
                                    m_users.at(4),
                                    {},
                                    TenantRole::Member}},
                                  false);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->at(0).outcome, MembershipChangeResult::Outcome::Added);
    QCOMPARE(results->at(1).outcome, MembershipChangeResult::Outcome::Added);
    QCOMPARE(results->at(2).outcome, MembershipChangeResult::Outcome::Refused);
    QVERIFY2(results->at(2).error->message.contains(QLatin1String("u001")),
             qPrintable(results->at(2).error->message));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(3), m_dev), QStringLiteral("workspace_admin"));
    QVERIFY(AuditLog(*m_db).verify()->valid);
}

void TestMembershipBatch::anActorWhoDemotesThemselvesIsJudgedByTheNewRoleAfterwards()
{
    // The batch remembers the acting user's roles between changes; their own change must
    // make it read them again. alice, tenant_admin, hands the role to u001 (queued as a new
    // grant), steps down to member herself, and may then grant nothing: before her step down
    // the same grant was allowed.
    using Kind = MembershipChange::Kind;
    auto results = MembershipService(*m_db, m_alice)
                           .apply(m_acme,
                                  {{Kind::Grant, m_users.at(5), m_dev, TenantRole::Member},
                                   {Kind::Grant, m_users.at(1), {}, TenantRole::TenantAdmin},
                                   {Kind::Grant, m_alice.userId, {}, TenantRole::Member},
                                   {Kind::Grant, m_users.at(6), m_dev, TenantRole::Member}},
                                  false);
    QVERIFY2(results, why(results).constData());
    using Outcome = MembershipChangeResult::Outcome;
    QCOMPARE(results->at(0).outcome, Outcome::Added);
    QCOMPARE(results->at(1).outcome, Outcome::Added);
    QCOMPARE(results->at(2).outcome, Outcome::Changed);
    QCOMPARE(results->at(3).outcome, Outcome::Refused);
    QCOMPARE(m_fixture->roleOf(m_acme, m_alice.userId), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_users.at(6), m_dev), QString());
    QVERIFY(AuditLog(*m_db).verify()->valid);
}

QTEST_GUILESS_MAIN(TestMembershipBatch)
#include "tst_membershipbatch.moc"
