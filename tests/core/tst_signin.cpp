#include "support/testdatabase.h"

#include "core/access/accesspolicy.h"
#include "core/audit/auditlog.h"
#include "core/people/authenticator.h"
#include "core/people/firstadmin.h"
#include "core/people/passwordhash.h"
#include "core/people/signinthrottle.h"

#include <QJsonArray>
#include <QTest>

#include <sqlite3.h>

using namespace tenantdesk;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void verifiesRealBcryptHashesOfEveryPrefix_data();
    void verifiesRealBcryptHashesOfEveryPrefix();
    void createdHashesVerify();
    void signsInByUsernameOrEmail();
    void unknownUserAndWrongPasswordFailAlike();
    void failedSignInIsAudited();
    void unknownNamesAreNotRecorded();
    void failuresSlowDownSignInAcrossConnections();
    void repeatedFailuresAreCoalescedInTheChain();
    void databaseWithoutUsersGetsBootstrapActorOnly();
    void firstAdminOnlyOnce();
};

void TestSignIn::verifiesRealBcryptHashesOfEveryPrefix_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("hash");
    const QJsonArray hashes = loadTestData(QStringLiteral("bcrypt_hashes.json"))
                                      .value(QStringLiteral("hashes"))
                                      .toArray();
    QCOMPARE(hashes.size(), 3);
    for (const QJsonValue &entry : hashes) {
        const QJsonObject o = entry.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("tool")).toString()))
                << o.value(QStringLiteral("password")).toString()
                << o.value(QStringLiteral("hash")).toString().toLatin1();
    }
}

void TestSignIn::verifiesRealBcryptHashesOfEveryPrefix()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, hash);
    QVERIFY(PasswordHash::isSupported(hash));
    QVERIFY(PasswordHash::verify(password, hash));
    QVERIFY(!PasswordHash::verify(password + QLatin1Char('x'), hash));
    QVERIFY(!PasswordHash::verify(QString(), hash));
}

void TestSignIn::createdHashesVerify()
{
    const QByteArray hash = PasswordHash::create(QStringLiteral("s3cret pass"), 4);
    QVERIFY(hash.startsWith("$2b$04$"));
    QVERIFY(PasswordHash::verify(QStringLiteral("s3cret pass"), hash));
    QVERIFY(!PasswordHash::verify(QStringLiteral("s3cret pasS"), hash));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QByteArray("not-a-hash")));
}

void TestSignIn::signsInByUsernameOrEmail()
{
    TestDatabase t;
    t.addUser(QStringLiteral("alice"), QStringLiteral("admin"), QStringLiteral("alice-pass"));
    auto db = t.open();
    const Authenticator auth(*db);
    QVERIFY(*auth.requiresSignIn());
    auto byName = auth.signIn(QStringLiteral("alice"), QStringLiteral("alice-pass"));
    QVERIFY(byName);
    QCOMPARE(byName->username, QStringLiteral("alice"));
    QVERIFY(byName->isGlobalAdmin());
    auto byEmail = auth.signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-pass"));
    QVERIFY(byEmail);
    QCOMPARE(byEmail->userId, byName->userId);
    // aistack's AuthService matches the e-mail exactly (WHERE email = ?); so does TenantDesk.
    QVERIFY(!auth.signIn(QStringLiteral("ALICE@example.com"), QStringLiteral("alice-pass")));
}

void TestSignIn::unknownUserAndWrongPasswordFailAlike()
{
    TestDatabase t;
    t.addUser(QStringLiteral("bob"), QStringLiteral("developer"), QStringLiteral("bob-pass"));
    auto db = t.open();
    const Authenticator auth(*db);
    auto wrong = auth.signIn(QStringLiteral("bob"), QStringLiteral("nope"));
    auto unknown = auth.signIn(QStringLiteral("carol"), QStringLiteral("nope"));
    QVERIFY(!wrong);
    QVERIFY(!unknown);
    QCOMPARE(wrong.error().code, ErrorCode::Denied);
    QCOMPARE(wrong.error().message, unknown.error().message);
}

void TestSignIn::failedSignInIsAudited()
{
    TestDatabase t;
    t.addUser(QStringLiteral("bob"), QStringLiteral("developer"), QStringLiteral("bob-pass"));
    t.execRaw("CREATE TABLE audit_log_chain (seq INTEGER PRIMARY KEY AUTOINCREMENT, prev_hash TEXT "
              "NOT NULL, "
              "hash TEXT NOT NULL, event_type TEXT NOT NULL, payload_json TEXT NOT NULL, signature "
              "TEXT, "
              "signature_alg TEXT, created_at INTEGER NOT NULL)");
    auto db = t.open();
    QVERIFY(!Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("wrong")));
    auto entries = AuditLog(*db).list({}, 10);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().eventType, QStringLiteral("auth.failed"));
    QVERIFY(entries->first().payloadJson.contains(QStringLiteral("\"username\":\"bob\"")));
    QVERIFY(!entries->first().payloadJson.contains(QStringLiteral("wrong")));
    QVERIFY(AuditLog(*db).verify()->valid);
}

void TestSignIn::unknownNamesAreNotRecorded()
{
    // Someone typed their password into the name field: it must not land in the chain (nor in
    // the failure counter, which keys unknown names by a keyed hash).
    TestDatabase t;
    t.addUser(QStringLiteral("bob"), QStringLiteral("developer"), QStringLiteral("bob-pass"));
    t.applyBundledSchema();
    auto db = t.open();
    QVERIFY(!Authenticator(*db).signIn(QStringLiteral("Tr0ub4dor&3"), QStringLiteral("bob")));
    auto entries = AuditLog(*db).list({}, 10);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().payloadJson.contains(QStringLiteral("\"unknown_user\":true")));
    QVERIFY(!entries->first().payloadJson.contains(QStringLiteral("Tr0ub4dor")));
    QVERIFY(!t.dump().contains("Tr0ub4dor"));
}

void TestSignIn::failuresSlowDownSignInAcrossConnections()
{
    TestDatabase t;
    t.addUser(QStringLiteral("bob"), QStringLiteral("developer"), QStringLiteral("bob-pass"));
    t.applyBundledSchema();
    {
        auto db = t.open(); // one process
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("guess")));
    }
    auto db = t.open(); // another process: the count is in the file
    auto waiting = Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("bob-pass"));
    QVERIFY(!waiting); // even the right password waits
    QVERIFY(waiting.error().message.contains(QStringLiteral("try again")));
    // An unknown name gets the same treatment, with the same words.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!Authenticator(*db).signIn(QStringLiteral("nobody"), QStringLiteral("guess")));
    auto unknown = Authenticator(*db).signIn(QStringLiteral("nobody"), QStringLiteral("guess"));
    QCOMPARE(unknown.error().message, waiting.error().message);
    // Time passes (the last failure moves into the past): the right password works and the
    // count is forgotten.
    t.execRaw("UPDATE tenantdesk_signin_failures SET last_failure_at = last_failure_at - 3600000");
    QVERIFY(Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("bob-pass")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM tenantdesk_signin_failures WHERE "
                                       "subject LIKE 'user:%'"))
                     ->toInt(),
             0);
    QVERIFY(SignInThrottle::delayMs(2) == 0 && SignInThrottle::delayMs(3) > 0);
    QVERIFY(SignInThrottle::delayMs(10) > SignInThrottle::delayMs(5));
    QCOMPARE(SignInThrottle::delayMs(1000), qint64(15 * 60 * 1000));
}

void TestSignIn::repeatedFailuresAreCoalescedInTheChain()
{
    TestDatabase t;
    t.addUser(QStringLiteral("bob"), QStringLiteral("developer"), QStringLiteral("bob-pass"));
    t.applyBundledSchema();
    auto db = t.open();
    for (int i = 0; i < 12; ++i) {
        // Keep the delay out of the way: this is about what the chain records.
        t.execRaw("UPDATE tenantdesk_signin_failures SET last_failure_at = "
                  "CAST(strftime('%s','now') AS INTEGER) * 1000 - 3600000");
        QVERIFY(!Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("guess")));
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT failures FROM tenantdesk_signin_failures"))->toInt(),
             12);
    auto entries = AuditLog(*db).list({}, 50);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2); // the 1st and the 10th
    QVERIFY(entries->at(0).payloadJson.contains(QStringLiteral("\"failures\":10")));
    QVERIFY(entries->at(1).payloadJson.contains(QStringLiteral("\"failures\":1")));
}

void TestSignIn::databaseWithoutUsersGetsBootstrapActorOnly()
{
    TestDatabase t;
    auto db = t.open();
    const Authenticator auth(*db);
    QVERIFY(!*auth.requiresSignIn());
    auto actor = auth.bootstrap();
    QVERIFY(actor);
    QVERIFY(actor->bootstrap);
    auto mayMigrate = AccessPolicy(*db).decide(*actor, Action::RunMigrations, {});
    QVERIFY(mayMigrate && mayMigrate->allowed);
    QVERIFY(!actor->isGlobalAdmin());
}

void TestSignIn::firstAdminOnlyOnce()
{
    TestDatabase t;
    auto db = t.open();
    auto admin = createFirstAdmin(*db, QStringLiteral("root"), QStringLiteral("root@example.com"),
                                  QStringLiteral("long enough"));
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
    auto signedIn
            = Authenticator(*db).signIn(QStringLiteral("root"), QStringLiteral("long enough"));
    QVERIFY(signedIn);
    QVERIFY(signedIn->isGlobalAdmin());
    QVERIFY(!Authenticator(*db).bootstrap());
    auto second
            = createFirstAdmin(*db, QStringLiteral("root2"), QStringLiteral("root2@example.com"),
                               QStringLiteral("long enough"));
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    auto tooShort = createFirstAdmin(*db, QStringLiteral("x"), QStringLiteral("bad"),
                                     QStringLiteral("1"));
    QCOMPARE(tooShort.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
