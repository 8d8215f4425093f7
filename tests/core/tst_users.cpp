// People (UserService): every operation and refusal on a real file, checked in the database
// afterwards; hashes verified by an independent bcrypt implementation; rights that follow
// the database rather than the sign-in.

#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/csv/membershipcsv.h"
#include "core/people/authenticator.h"
#include "core/people/passwordhash.h"
#include "core/people/userservice.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/provisioner.h"
#include "core/tenancy/tenantservice.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace tenantdesk;

namespace {

// An aistack refresh_tokens table with one live token for each user id given.
void addRefreshTokens(const TestDatabase &db, const QStringList &userIds)
{
    db.execRaw("CREATE TABLE IF NOT EXISTS refresh_tokens (id TEXT PRIMARY KEY, user_id TEXT NOT "
               "NULL, token_hash TEXT NOT NULL, expires_at TEXT, revoked INTEGER NOT NULL DEFAULT "
               "0, created_at TEXT)");
    int n = 0;
    for (const QString &id : userIds)
        db.execRaw(QStringLiteral("INSERT INTO refresh_tokens (id, user_id, token_hash) VALUES "
                                  "('t%1', '%2', 'h%1')")
                           .arg(++n)
                           .arg(id)
                           .toUtf8());
}

// Runs an independent bcrypt (Python's bcrypt, else npm bcryptjs) on password and hash: 1 when
// it verifies, 0 when it does not (or calls the hash invalid), -1 when neither exists here.
int independentBcrypt(const QString &password, const QByteArray &hash)
{
    const QString script
            = QStringLiteral("import sys, bcrypt\n"
                             "try:\n"
                             "    ok = bcrypt.checkpw(sys.argv[1].encode(), sys.argv[2].encode())\n"
                             "except ValueError:\n"
                             "    ok = False\n"
                             "print('yes' if ok else 'no')\n");
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        const QString program = QStandardPaths::findExecutable(python);
        if (program.isEmpty() && !QFile::exists(python))
            continue;
        QProcess process;
        process.start(program.isEmpty() ? python : program,
                      {QStringLiteral("-c"), script, password, QString::fromLatin1(hash)});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            continue; // no bcrypt module for this interpreter
        return process.readAllStandardOutput().trimmed() == "yes" ? 1 : 0;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (!node.isEmpty()) {
        QProcess process;
        process.start(node,
                      {QStringLiteral("-e"),
                       QStringLiteral("const b = require('bcryptjs'); "
                                      "console.log(b.compareSync(process.argv[1], "
                                      "process.argv[2]) ? 'yes' : 'no')"),
                       password, QString::fromLatin1(hash)});
        if (process.waitForFinished(30000) && process.exitCode() == 0)
            return process.readAllStandardOutput().trimmed() == "yes" ? 1 : 0;
    }
    return -1;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_file.reset(); }

    void createsAUserAistackCanSignIn();
    void independentBcryptVerifiesCreatedAndRefusesLocked();
    void refusesNonAdmins();
    void refusesDuplicateNameOrEmail();
    void refusesShortPasswordAndBadNames();
    void resetRevokesRefreshTokensOnlyOfThatUser();
    void resetWorksWithoutRefreshTokensTable();
    void changeOwnPasswordNeedsTheOldOne();
    void setRoleNeverLeavesTheDatabaseWithoutAdmin();
    void renameChecksUniqueness();
    void lockedUserCannotSignInUntilUnlocked();
    void lockRefusesTheLastAdmin();
    void deleteRefusesLastTenantAdmin();
    void deleteRefusesLastGlobalAdmin();
    void deleteRemovesMembershipsAndTokensTogether();
    void auditNeverHoldsHashOrPassword();
    void nonAdminsSeeOnlyPeopleTheyShareAPlaceWith();
    void generatedPasswordsAreStrong();

    // Rights follow the database (two connections: another process changes the user).
    void demotedAdminCannotCreateTenant();
    void demotedAdminCannotGrantImportOrProvision();
    void deletedOrLockedActorEndsWrites();

private:
    QString hashOf(const QString &username) const
    {
        return m_file->fixture
                .value("SELECT password_hash FROM users WHERE username = ?", {username})
                .toString();
    }

    std::unique_ptr<TenancyFile> m_file;
    Actor m_root;
    Actor m_bob; // developer
};

void TestUsers::init()
{
    m_file = std::make_unique<TenancyFile>();
    m_root = m_file->fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_bob = m_file->fixture.addActor(QStringLiteral("bob"), QStringLiteral("developer"));
}

void TestUsers::createsAUserAistackCanSignIn()
{
    auto db = m_file->db.open();
    NewUser carol{QStringLiteral("carol"), QStringLiteral("Carol@Example.com"), GlobalRole::Viewer,
                  QStringLiteral("carol-pass-1")};
    auto created = UserService(*db, m_root).create(carol);
    QVERIFY2(created, why(created).constData());
    QCOMPARE(created->globalRole, GlobalRole::Viewer);
    const QString hash = hashOf(QStringLiteral("carol"));
    QVERIFY(hash.startsWith(QStringLiteral("$2b$10$"))); // aistack's SALT_ROUNDS
    QVERIFY(PasswordHash::verify(QStringLiteral("carol-pass-1"), hash.toLatin1()));
    QCOMPARE(m_file->fixture.value("SELECT role FROM users WHERE id = ?", {created->id}).toString(),
             QStringLiteral("viewer"));
    QVERIFY(m_file->fixture.value("SELECT created_at FROM users WHERE id = ?", {created->id})
                    .toString()
                    .endsWith(QLatin1Char('Z')));
    // aistack signs in by the exact e-mail; so does TenantDesk.
    QVERIFY(Authenticator(*db).signIn(QStringLiteral("Carol@Example.com"),
                                      QStringLiteral("carol-pass-1")));
    QVERIFY(!Authenticator(*db).signIn(QStringLiteral("carol@example.com"),
                                       QStringLiteral("carol-pass-1")));
}

void TestUsers::independentBcryptVerifiesCreatedAndRefusesLocked()
{
    auto db = m_file->db.open();
    auto created = UserService(*db, m_root)
                           .create({QStringLiteral("dave"), QStringLiteral("dave@example.com"),
                                    GlobalRole::Developer, QStringLiteral("dave pass 2")});
    QVERIFY(created);
    const QByteArray hash = hashOf(QStringLiteral("dave")).toLatin1();
    const int verified = independentBcrypt(QStringLiteral("dave pass 2"), hash);
    if (verified < 0)
        QSKIP("Neither Python's bcrypt nor npm bcryptjs is installed: install python3-bcrypt "
              "(packaging/install-deps.sh does) to check hashes against an independent "
              "implementation.");
    QCOMPARE(verified, 1);
    QCOMPARE(independentBcrypt(QStringLiteral("dave pass 3"), hash), 0);
    QVERIFY(UserService(*db, m_root).lock(created->id));
    const QByteArray locked = hashOf(QStringLiteral("dave")).toLatin1();
    QCOMPARE(locked, "!" + hash);
    // What aistack's bcrypt.compare gets for a locked user: not a valid hash, so no match.
    QCOMPARE(independentBcrypt(QStringLiteral("dave pass 2"), locked), 0);
}

void TestUsers::refusesNonAdmins()
{
    auto db = m_file->db.open();
    const QByteArray before = m_file->db.dump();
    UserService service(*db, m_bob);
    auto created = service.create({QStringLiteral("eve"), QStringLiteral("eve@example.com"),
                                   GlobalRole::Admin, QStringLiteral("eve-pass-1")});
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::Denied);
    QVERIFY(created.error().message.contains(QStringLiteral("global admin")));
    QCOMPARE(service.lock(m_root.userId).error().code, ErrorCode::Denied);
    QCOMPARE(service.setRole(m_bob.userId, GlobalRole::Admin).error().code, ErrorCode::Denied);
    QCOMPARE(service.resetPassword(m_root.userId, QStringLiteral("12345678")).error().code,
             ErrorCode::Denied);
    QCOMPARE(service.rename(m_root.userId, QStringLiteral("x1"), {}).error().code,
             ErrorCode::Denied);
    QCOMPARE(service.remove(m_root.userId).error().code, ErrorCode::Denied);
    QCOMPARE(m_file->db.dump(), before);
}

void TestUsers::refusesDuplicateNameOrEmail()
{
    auto db = m_file->db.open();
    UserService service(*db, m_root);
    auto sameName = service.create({QStringLiteral("bob"), QStringLiteral("other@example.com"),
                                    GlobalRole::Viewer, QStringLiteral("password1")});
    QCOMPARE(sameName.error().code, ErrorCode::Conflict);
    QVERIFY(sameName.error().message.contains(QStringLiteral("\"bob\"")));
    auto sameEmail = service.create({QStringLiteral("bobby"), QStringLiteral("bob@example.com"),
                                     GlobalRole::Viewer, QStringLiteral("password1")});
    QCOMPARE(sameEmail.error().code, ErrorCode::Conflict);
    QVERIFY(sameEmail.error().message.contains(QStringLiteral("bob@example.com")));
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM users"), 2);
}

void TestUsers::refusesShortPasswordAndBadNames()
{
    auto db = m_file->db.open();
    UserService service(*db, m_root);
    auto shortPassword = service.create({QStringLiteral("frank"), QStringLiteral("f@example.com"),
                                         GlobalRole::Viewer, QStringLiteral("1234567")});
    QCOMPARE(shortPassword.error().code, ErrorCode::InvalidInput);
    QVERIFY(shortPassword.error().message.contains(QStringLiteral("8 characters")));
    QCOMPARE(service.create({QStringLiteral("a b"), QStringLiteral("f@example.com"),
                             GlobalRole::Viewer, QStringLiteral("12345678")})
                     .error()
                     .code,
             ErrorCode::InvalidInput);
    QCOMPARE(service.create({QStringLiteral("frank"), QStringLiteral("not-an-address"),
                             GlobalRole::Viewer, QStringLiteral("12345678")})
                     .error()
                     .code,
             ErrorCode::InvalidInput);
    QCOMPARE(service.resetPassword(m_bob.userId, QStringLiteral("short")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM users"), 2);
}

void TestUsers::resetRevokesRefreshTokensOnlyOfThatUser()
{
    addRefreshTokens(m_file->db, {m_bob.userId, m_bob.userId, m_root.userId});
    auto db = m_file->db.open();
    auto reset = UserService(*db, m_root).resetPassword(m_bob.userId, QStringLiteral("new bob 1"));
    QVERIFY2(reset, why(reset).constData());
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM refresh_tokens WHERE user_id = ? AND "
                                   "revoked = 1",
                                   {m_bob.userId}),
             2);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM refresh_tokens WHERE revoked = 0"), 1);
    QVERIFY(Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("new bob 1")));
    QVERIFY(!Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("password1")));
}

void TestUsers::resetWorksWithoutRefreshTokensTable()
{
    auto db = m_file->db.open();
    QVERIFY(UserService(*db, m_root).resetPassword(m_bob.userId, QStringLiteral("new bob 1")));
    QVERIFY(!db->hasTable(QStringLiteral("refresh_tokens"))); // nothing created
}

void TestUsers::changeOwnPasswordNeedsTheOldOne()
{
    addRefreshTokens(m_file->db, {m_bob.userId});
    auto db = m_file->db.open();
    UserService service(*db, m_bob); // not an admin: it is their own password
    auto wrong = service.changeOwnPassword(QStringLiteral("guess"), QStringLiteral("new pass 1"));
    QCOMPARE(wrong.error().code, ErrorCode::Denied);
    QVERIFY(Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("password1")));
    QVERIFY(service.changeOwnPassword(QStringLiteral("password1"), QStringLiteral("new pass 1")));
    QVERIFY(Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("new pass 1")));
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM refresh_tokens WHERE revoked = 1"), 1);
}

void TestUsers::setRoleNeverLeavesTheDatabaseWithoutAdmin()
{
    auto db = m_file->db.open();
    UserService service(*db, m_root);
    auto demoteSelf = service.setRole(m_root.userId, GlobalRole::Developer);
    QCOMPARE(demoteSelf.error().code, ErrorCode::Conflict);
    QVERIFY(demoteSelf.error().message.contains(QStringLiteral("root")));
    QCOMPARE(m_file->fixture.value("SELECT role FROM users WHERE id = ?", {m_root.userId})
                     .toString(),
             QStringLiteral("admin"));
    QVERIFY(service.setRole(m_bob.userId, GlobalRole::Admin));
    QVERIFY(service.setRole(m_root.userId, GlobalRole::Viewer));
    QCOMPARE(m_file->fixture.value("SELECT role FROM users WHERE id = ?", {m_root.userId})
                     .toString(),
             QStringLiteral("viewer"));
    // A locked admin cannot sign in, so they do not count as the one that remains.
    UserService bobAsAdmin(*db, m_bob);
    QVERIFY(bobAsAdmin.setRole(m_root.userId, GlobalRole::Admin));
    QVERIFY(bobAsAdmin.lock(m_root.userId));
    QCOMPARE(bobAsAdmin.setRole(m_bob.userId, GlobalRole::Developer).error().code,
             ErrorCode::Conflict);
}

void TestUsers::renameChecksUniqueness()
{
    auto db = m_file->db.open();
    UserService service(*db, m_root);
    QCOMPARE(service.rename(m_bob.userId, QStringLiteral("root"), {}).error().code,
             ErrorCode::Conflict);
    QCOMPARE(service.rename(m_bob.userId, {}, QStringLiteral("root@example.com")).error().code,
             ErrorCode::Conflict);
    auto renamed = service.rename(m_bob.userId, QStringLiteral("robert"),
                                  QStringLiteral("robert@example.com"));
    QVERIFY2(renamed, why(renamed).constData());
    QCOMPARE(renamed->username, QStringLiteral("robert"));
    QCOMPARE(m_file->fixture.value("SELECT email FROM users WHERE id = ?", {m_bob.userId})
                     .toString(),
             QStringLiteral("robert@example.com"));
}

void TestUsers::lockedUserCannotSignInUntilUnlocked()
{
    addRefreshTokens(m_file->db, {m_bob.userId});
    auto db = m_file->db.open();
    UserService service(*db, m_root);
    auto locked = service.lock(m_bob.userId);
    QVERIFY2(locked, why(locked).constData());
    QVERIFY(locked->locked);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM refresh_tokens WHERE revoked = 1"), 1);
    auto refused = Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("password1"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
    QVERIFY(refused.error().message.contains(QStringLiteral("locked")));
    // A wrong password does not learn that the account is locked.
    auto wrong = Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("guess1234"));
    QVERIFY(!wrong.error().message.contains(QStringLiteral("locked")));
    const QByteArray failuresOfBob = "SELECT coalesce(sum(failures), 0) FROM "
                                     "tenantdesk_signin_failures WHERE subject = 'user:' || ?";
    QCOMPARE(m_file->fixture.count(failuresOfBob, {m_bob.userId}), 2);
    // A reset keeps the lock, and forgets the failures counted against the old password.
    QVERIFY(service.resetPassword(m_bob.userId, QStringLiteral("new bob 1")));
    QCOMPARE(m_file->fixture.count(failuresOfBob, {m_bob.userId}), 0);
    QVERIFY(hashOf(QStringLiteral("bob")).startsWith(QLatin1Char('!')));
    QVERIFY(!Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("new bob 1")));
    QCOMPARE(m_file->fixture.count(failuresOfBob, {m_bob.userId}), 1);
    auto unlocked = service.unlock(m_bob.userId);
    QVERIFY(unlocked);
    QVERIFY(!unlocked->locked);
    // Unlocking forgets the failures while locked: the owner signs in at once.
    QCOMPARE(m_file->fixture.count(failuresOfBob, {m_bob.userId}), 0);
    QVERIFY(Authenticator(*db).signIn(QStringLiteral("bob"), QStringLiteral("new bob 1")));
}

void TestUsers::lockRefusesTheLastAdmin()
{
    auto db = m_file->db.open();
    auto last = UserService(*db, m_root).lock(m_root.userId);
    QCOMPARE(last.error().code, ErrorCode::Conflict);
    QVERIFY(last.error().message.contains(QStringLiteral("root")));
    QVERIFY(!hashOf(QStringLiteral("root")).startsWith(QLatin1Char('!')));
    // With another admin, root may lock even their own account; their session then ends.
    QVERIFY(UserService(*db, m_root).setRole(m_bob.userId, GlobalRole::Admin));
    QVERIFY(UserService(*db, m_root).lock(m_root.userId));
    QCOMPARE(UserService(*db, m_root).unlock(m_root.userId).error().code, ErrorCode::Denied);
    QVERIFY(UserService(*db, m_bob).unlock(m_root.userId));
}

void TestUsers::deleteRefusesLastTenantAdmin()
{
    const QString acme = m_file->fixture.addTenant(QStringLiteral("acme"));
    m_file->fixture.addMembership(acme, m_bob.userId, QStringLiteral("tenant_admin"));
    auto db = m_file->db.open();
    const QByteArray before = m_file->db.dump();
    auto removed = UserService(*db, m_root).remove(m_bob.userId);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY(removed.error().message.contains(QStringLiteral("acme")));
    QCOMPARE(m_file->db.dump(), before);
    // With a second tenant_admin the deletion goes ahead.
    m_file->fixture.addMembership(acme, m_root.userId, QStringLiteral("tenant_admin"));
    QVERIFY(UserService(*db, m_root).remove(m_bob.userId));
}

void TestUsers::deleteRefusesLastGlobalAdmin()
{
    auto db = m_file->db.open();
    const QByteArray before = m_file->db.dump();
    auto last = UserService(*db, m_root).remove(m_root.userId);
    QCOMPARE(last.error().code, ErrorCode::Conflict);
    QVERIFY(last.error().message.contains(QStringLiteral("last global admin")));
    QCOMPARE(m_file->db.dump(), before);
    // A locked admin does not count: with carol locked, root is still the last one.
    const Actor carol = m_file->fixture.addActor(QStringLiteral("carol"), QStringLiteral("admin"));
    QVERIFY(UserService(*db, m_root).lock(carol.userId));
    QCOMPARE(UserService(*db, m_root).remove(m_root.userId).error().code, ErrorCode::Conflict);
    QVERIFY(UserService(*db, m_root).unlock(carol.userId));
    QVERIFY(UserService(*db, m_root).remove(m_root.userId));
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM users WHERE username = 'root'"), 0);
}

void TestUsers::deleteRemovesMembershipsAndTokensTogether()
{
    const QString acme = m_file->fixture.addTenant(QStringLiteral("acme"));
    const QString dev = m_file->fixture.addWorkspace(acme, QStringLiteral("dev"));
    m_file->fixture.addMembership(acme, m_bob.userId, QStringLiteral("member"));
    m_file->fixture.addMembership(acme, m_bob.userId, QStringLiteral("workspace_admin"), dev);
    addRefreshTokens(m_file->db, {m_bob.userId, m_root.userId});
    auto db = m_file->db.open();
    QVERIFY(UserService(*db, m_root).remove(m_bob.userId));
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM users WHERE id = ?", {m_bob.userId}), 0);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM tenant_users WHERE user_id = ?",
                                   {m_bob.userId}),
             0);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM refresh_tokens"), 1);
    auto entries = AuditLog(*db).list({}, 5);
    QVERIFY(entries);
    QCOMPARE(entries->first().eventType, QStringLiteral("user.deleted"));
    QVERIFY(entries->first().payloadJson.contains(QStringLiteral("\"memberships\":2")));
}

void TestUsers::auditNeverHoldsHashOrPassword()
{
    auto db = m_file->db.open();
    UserService service(*db, m_root);
    auto created = service.create({QStringLiteral("gina"), QStringLiteral("gina@example.com"),
                                   GlobalRole::Developer, QStringLiteral("gina-secret-1")});
    QVERIFY(created);
    QVERIFY(service.resetPassword(created->id, QStringLiteral("gina-secret-2")));
    QVERIFY(service.lock(created->id));
    QVERIFY(service.unlock(created->id));
    QVERIFY(service.setRole(created->id, GlobalRole::Viewer));
    QVERIFY(service.rename(created->id, QStringLiteral("regina"), {}));
    QVERIFY(service.remove(created->id));
    auto entries = AuditLog(*db).list({}, 20);
    QVERIFY(entries);
    QStringList events;
    for (const AuditEntry &entry : std::as_const(*entries)) {
        events << entry.eventType;
        QVERIFY(!entry.payloadJson.contains(QStringLiteral("$2")));
        QVERIFY(!entry.payloadJson.contains(QStringLiteral("gina-secret")));
        QVERIFY(!entry.payloadJson.contains(QStringLiteral("password_hash")));
    }
    QCOMPARE(events,
             (QStringList{QStringLiteral("user.deleted"), QStringLiteral("user.renamed"),
                          QStringLiteral("user.role_changed"), QStringLiteral("user.unlocked"),
                          QStringLiteral("user.locked"), QStringLiteral("user.password_reset"),
                          QStringLiteral("user.created")}));
    QVERIFY(AuditLog(*db).verify()->valid);
}

void TestUsers::nonAdminsSeeOnlyPeopleTheyShareAPlaceWith()
{
    const Actor carol = m_file->fixture.addActor(QStringLiteral("carol"));
    const QString acme = m_file->fixture.addTenant(QStringLiteral("acme"));
    m_file->fixture.addMembership(acme, m_bob.userId, QStringLiteral("member"));
    m_file->fixture.addMembership(acme, m_root.userId, QStringLiteral("tenant_admin"));
    auto db = m_file->db.open();
    UserListQuery query;
    auto seen = UserService(*db, m_bob).list(query);
    QVERIFY(seen);
    QStringList names;
    for (const User &user : std::as_const(*seen))
        names << user.username;
    QCOMPARE(names, (QStringList{QStringLiteral("bob"), QStringLiteral("root")}));
    QCOMPARE(UserService(*db, m_bob).find(QStringLiteral("carol")).error().code,
             ErrorCode::NotFound);
    query.prefix = QStringLiteral("ro");
    QCOMPARE(UserService(*db, m_bob).list(query)->size(), 1);
    QCOMPARE(UserService(*db, m_root).list({})->size(), 3);
    QVERIFY(UserService(*db, carol).find(QStringLiteral("carol")));
}

void TestUsers::generatedPasswordsAreStrong()
{
    const QString first = UserService::generatePassword();
    QCOMPARE(first.size(), 20);
    QVERIFY(first != UserService::generatePassword());
    for (const QChar c : first)
        QVERIFY(c.isLetterOrNumber());
}

void TestUsers::demotedAdminCannotCreateTenant()
{
    // The session signed in as root, an admin; another process demotes root meanwhile (and
    // makes bob admin so the file keeps one).
    auto db = m_file->db.open();
    m_file->db.execRaw("UPDATE users SET role = 'admin' WHERE username = 'bob'");
    m_file->db.execRaw("UPDATE users SET role = 'developer' WHERE username = 'root'");
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto created
                = TenantService(*db, m_root).create(QStringLiteral("Acme"), QStringLiteral("acme"));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Denied);
    }
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM tenants"), 0);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM audit_log_chain WHERE event_type = "
                                   "'tenant.created'"),
             0);
    auto check = checkAccount(*db, m_root);
    QVERIFY(check);
    QCOMPARE(check->state, AccountState::Active);
    QCOMPARE(check->actor.globalRole, GlobalRole::Developer);
    // And the other way round: bob, signed in as a developer, now acts as the admin he is.
    QVERIFY(TenantService(*db, m_bob).create(QStringLiteral("Acme"), QStringLiteral("acme")));
}

void TestUsers::demotedAdminCannotGrantImportOrProvision()
{
    // The membership, CSV and provisioning writes judge root as the database has them now too.
    const QString acme = m_file->fixture.addTenant(QStringLiteral("acme"));
    auto db = m_file->db.open();
    m_file->db.execRaw("UPDATE users SET role = 'admin' WHERE username = 'bob'");
    m_file->db.execRaw("UPDATE users SET role = 'developer' WHERE username = 'root'");
    const auto refusedForTheRole = [](const Error &error) {
        return error.code == ErrorCode::Denied
                && (error.message.contains(QStringLiteral("global admin"))
                    || error.message.contains(QStringLiteral("tenant_admin")));
    };
    auto granted = MembershipService(*db, m_root).grant(acme, m_bob.userId, TenantRole::Member);
    QVERIFY(!granted);
    QVERIFY2(refusedForTheRole(granted.error()), qPrintable(granted.error().message));
    auto imported = MembershipCsv(*db, m_root)
                            .import(acme, "user,workspace,role\nbob,,member\n",
                                    MembershipCsv::Mode::AllOrNothing);
    QVERIFY(!imported || !imported->applied);
    auto provisioned = Provisioner(*db, m_root).provision({});
    QVERIFY(!provisioned);
    QVERIFY2(refusedForTheRole(provisioned.error()), qPrintable(provisioned.error().message));
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM tenant_users"), 0);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM tenants"), 1);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM audit_log_chain WHERE event_type LIKE "
                                   "'member%' OR event_type LIKE 'provision%'"),
             0);
}

void TestUsers::deletedOrLockedActorEndsWrites()
{
    auto db = m_file->db.open();
    m_file->db.execRaw("UPDATE users SET password_hash = '!' || password_hash WHERE username = "
                       "'root'");
    auto locked = TenantService(*db, m_root).create(QStringLiteral("Acme"), QStringLiteral("acme"));
    QCOMPARE(locked.error().code, ErrorCode::Denied);
    QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
    QCOMPARE(checkAccount(*db, m_root)->state, AccountState::Locked);
    m_file->db.execRaw("DELETE FROM users WHERE username = 'root'");
    auto deleted = UserService(*db, m_root)
                           .create({QStringLiteral("x1"), QStringLiteral("x@e.com"),
                                    GlobalRole::Viewer, QStringLiteral("12345678")});
    QCOMPARE(deleted.error().code, ErrorCode::Denied);
    QVERIFY(deleted.error().message.contains(QStringLiteral("deleted")));
    QCOMPARE(checkAccount(*db, m_root)->state, AccountState::Deleted);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM tenants"), 0);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
