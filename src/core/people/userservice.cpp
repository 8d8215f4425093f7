#include "core/people/userservice.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/people/passwordhash.h"
#include "core/people/signinthrottle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace tenantdesk {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error userNotFound(const QString &who)
{
    return notFound(UserService::tr("There is no user \"%1\" that you may see.").arg(who));
}

// aistack's cost (SALT_ROUNDS = 10).
constexpr int kHashCost = 10;

Result<QByteArray> hashOf(const QString &password)
{
    if (auto valid = validatePassword(password); !valid)
        return valid.error();
    const QByteArray hash = PasswordHash::create(password, kHashCost);
    if (hash.isEmpty())
        return failure(UserService::tr("Could not hash the password (libxcrypt refused)."));
    return hash;
}

// A change to one user, once the write lock is held: the actor as the database has it now
// (allowed to manage people) and the user as stored.
struct Change
{
    Actor actor;
    User user;
};

Result<Change> beginChange(const Database &db, WriteTransaction &transaction, const Actor &signedIn,
                           const QString &userId)
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto actor = currentActor(db, signedIn);
    if (!actor)
        return actor.error();
    if (auto allowed = AccessPolicy(db).require(*actor, Action::ManageUsers, {}); !allowed)
        return allowed.error();
    auto user = UserDirectory(db).findById(userId);
    if (!user)
        return user.error();
    if (!*user)
        return userNotFound(userId);
    return Change{*actor, **user};
}

// aistack's own statement on a password change; a file without refresh_tokens has nothing to
// revoke (and gets no table).
Result<int> revokeRefreshTokens(const Database &db, const QString &userId)
{
    if (!db.hasTable(QStringLiteral("refresh_tokens")))
        return 0;
    auto revoked = db.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"), {userId});
    if (!revoked)
        return revoked.error();
    return revoked->numRowsAffected();
}

// What would take a global admin away: each names itself in whole sentences.
enum class AdminLoss { Demote, Lock, Delete };

// Refuses a change that would leave no global admin who can sign in.
Result<void> requireAnotherAdmin(const Database &db, const User &user, AdminLoss loss,
                                 GlobalRole newRole = GlobalRole::Admin)
{
    if (user.globalRole != GlobalRole::Admin || user.locked)
        return {};
    auto other = db.scalar(QStringLiteral("SELECT 1 FROM users WHERE role = 'admin' AND "
                                          "substr(password_hash, 1, 1) <> '!' AND id <> ? LIMIT 1"),
                           {user.id});
    if (!other)
        return other.error();
    if (!other->isNull())
        return {};
    switch (loss) {
    case AdminLoss::Demote:
        return conflict(UserService::tr("%1 is the last global admin who can sign in, so making "
                                        "them %2 would leave the database without one: make "
                                        "someone else a global admin first.")
                                .arg(user.username, globalRoleName(newRole)));
    case AdminLoss::Lock:
        return conflict(UserService::tr("%1 is the last global admin who can sign in, so locking "
                                        "them would leave the database without one: make someone "
                                        "else a global admin first.")
                                .arg(user.username));
    case AdminLoss::Delete:
        break;
    }
    return conflict(UserService::tr("%1 is the last global admin who can sign in, so deleting "
                                    "them would leave the database without one: make someone "
                                    "else a global admin first.")
                            .arg(user.username));
}

Result<void> requireUnique(const Database &db, const QString &username, const QString &email,
                           const QString &exceptId)
{
    if (!username.isEmpty()) {
        auto taken = db.scalar(QStringLiteral("SELECT 1 FROM users WHERE username = ? AND id <> ?"),
                               {username, exceptId});
        if (!taken)
            return taken.error();
        if (!taken->isNull())
            return conflict(UserService::tr("The username \"%1\" is taken: choose another one.")
                                    .arg(username));
    }
    if (!email.isEmpty()) {
        auto taken = db.scalar(QStringLiteral("SELECT 1 FROM users WHERE email = ? AND id <> ?"),
                               {email, exceptId});
        if (!taken)
            return taken.error();
        if (!taken->isNull())
            return conflict(UserService::tr("The e-mail address \"%1\" belongs to another user.")
                                    .arg(email));
    }
    return {};
}

QJsonObject userState(const User &user)
{
    return {{QStringLiteral("username"), user.username},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), globalRoleName(user.globalRole)},
            {QStringLiteral("locked"), user.locked}};
}

// The audit entry of a change to a user: who, whom, and what changed. Never a hash.
Result<void> audit(const Database &db, const QString &event, const Actor &actor, const User &user,
                   const QJsonObject &before, const QJsonObject &after,
                   const QJsonObject &extra = {})
{
    QJsonObject payload{{QStringLiteral("actor"), actor.auditName()},
                        {QStringLiteral("user_id"), user.id},
                        {QStringLiteral("username"), user.username}};
    if (!before.isEmpty())
        payload.insert(QStringLiteral("before"), before);
    if (!after.isEmpty())
        payload.insert(QStringLiteral("after"), after);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    return AuditLog(db).append(event, payload);
}

// The tenants (up to five slugs, then "…") where user is the only tenant-wide tenant_admin
// among existing users: deleting the user would leave them without one.
Result<QStringList> tenantsOnlyAdministeredBy(const Database &db, const QString &userId)
{
    if (!db.hasTable(QStringLiteral("tenant_users")) || !db.hasTable(QStringLiteral("tenants")))
        return QStringList();
    auto rows = db.exec(
            QStringLiteral("SELECT t.slug FROM tenant_users tu JOIN tenants t ON t.id = "
                           "tu.tenant_id WHERE tu.user_id = ? AND tu.role = 'tenant_admin' AND "
                           "tu.workspace_id IS NULL AND NOT EXISTS (SELECT 1 FROM tenant_users o "
                           "JOIN users u ON u.id = o.user_id WHERE o.tenant_id = tu.tenant_id "
                           "AND o.role = 'tenant_admin' AND o.workspace_id IS NULL AND "
                           "o.user_id <> tu.user_id) ORDER BY t.slug LIMIT 6"),
            {userId});
    if (!rows)
        return rows.error();
    QStringList slugs;
    while (rows->next())
        slugs << rows->value(0).toString();
    if (slugs.size() > 5) {
        slugs.removeLast();
        slugs << QStringLiteral("…");
    }
    return slugs;
}

Result<User> reload(const Database &db, const QString &userId)
{
    auto user = UserDirectory(db).findById(userId);
    if (!user)
        return user.error();
    if (!*user)
        return userNotFound(userId);
    return **user;
}

// Inserts a new user with the given stored hash and audits it, inside the caller's write
// transaction, once the actor may manage users and the names are free.
Result<User> insertUser(const Database &db, const Actor &actor, const NewUser &newUser,
                        const QByteArray &storedHash)
{
    if (auto allowed = AccessPolicy(db).require(actor, Action::ManageUsers, {}); !allowed)
        return allowed.error();
    if (auto unique = requireUnique(db, newUser.username, newUser.email, {}); !unique)
        return unique.error();

    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.username = newUser.username;
    user.email = newUser.email;
    user.globalRole = newUser.role;
    user.createdAt = isoNow();
    user.locked = storedHash.startsWith('!');
    auto inserted
            = db.exec(QStringLiteral("INSERT INTO users (id, email, username, password_hash, role, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {user.id, user.email, user.username, QString::fromLatin1(storedHash),
                       globalRoleName(user.globalRole), user.createdAt, user.createdAt});
    if (!inserted) // another process may have taken the name after our check
        return inserted.error().code == ErrorCode::Conflict ? conflict(
                       UserService::tr("The username \"%1\" or the e-mail address \"%2\" is taken.")
                               .arg(user.username, user.email))
                                                            : inserted.error();
    if (auto logged = audit(db, QStringLiteral("user.created"), actor, user, {}, userState(user));
        !logged)
        return logged.error();
    return user;
}

} // namespace

UserService::UserService(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<User> UserService::find(const QString &idOrLogin) const
{
    if (m_actor.bootstrap)
        return userNotFound(idOrLogin);
    const UserDirectory users(m_db);
    auto user = users.find(idOrLogin);
    if (!user)
        return user.error();
    if (!*user)
        return userNotFound(idOrLogin);
    if (!m_actor.isGlobalAdmin()) {
        // Hidden and missing look the same.
        auto visible = users.isVisibleTo((*user)->id, m_actor.userId);
        if (!visible)
            return visible.error();
        if (!*visible)
            return userNotFound(idOrLogin);
    }
    return **user;
}

Result<QList<User>> UserService::list(UserListQuery query) const
{
    if (m_actor.bootstrap)
        return QList<User>();
    query.visibleTo = m_actor.isGlobalAdmin() ? QString() : m_actor.userId;
    return UserDirectory(m_db).list(query);
}

Result<PageAnchors> UserService::anchors(UserListQuery query, int pageSize) const
{
    if (m_actor.bootstrap)
        return PageAnchors{0, pageSize, {}};
    query.visibleTo = m_actor.isGlobalAdmin() ? QString() : m_actor.userId;
    return UserDirectory(m_db).anchors(query, pageSize);
}

Result<User> UserService::create(const NewUser &newUser)
{
    if (auto valid = validateUsername(newUser.username); !valid)
        return valid.error();
    if (auto valid = validateEmail(newUser.email); !valid)
        return valid.error();
    // Hash before taking the write lock: bcrypt is slow on purpose.
    auto hash = hashOf(newUser.password);
    if (!hash)
        return hash.error();

    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto actor = currentActor(m_db, m_actor);
    if (!actor)
        return actor.error();
    auto user = insertUser(m_db, *actor, newUser, *hash);
    if (!user)
        return user.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << actor->auditName() << "created user" << user->username;
    return user;
}

Result<User> UserService::createLockedInTransaction(const NewUser &newUser,
                                                    const QByteArray &passwordHash)
{
    if (auto valid = validateUsername(newUser.username); !valid)
        return valid.error();
    if (auto valid = validateEmail(newUser.email); !valid)
        return valid.error();
    QByteArray hash = passwordHash;
    if (hash.isEmpty()) {
        auto random = hashOf(generatePassword());
        if (!random)
            return random.error();
        hash = *random;
    }
    if (!hash.startsWith('!'))
        hash.prepend('!');
    auto user = insertUser(m_db, m_actor, newUser, hash);
    if (user)
        qCInfo(lcAuth) << m_actor.auditName() << "created locked user" << user->username;
    return user;
}

Result<User> UserService::resetPassword(const QString &userId, const QString &password)
{
    auto hash = hashOf(password);
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    auto change = beginChange(m_db, transaction, m_actor, userId);
    if (!change)
        return change.error();
    const User &user = change->user;
    // A locked account stays locked: the new hash goes behind the "!" too.
    const QString stored
            = (user.locked ? QStringLiteral("!") : QString()) + QString::fromLatin1(*hash);
    auto updated = m_db.exec(
            QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
            {stored, isoNow(), user.id});
    if (!updated)
        return updated.error();
    auto revoked = revokeRefreshTokens(m_db, user.id);
    if (!revoked)
        return revoked.error();
    // A new password from an admin starts afresh: the old failures were guesses at the old one.
    if (auto forgotten = SignInThrottle(m_db).forgetUser(user.id); !forgotten)
        return forgotten.error();
    if (auto logged = audit(m_db, QStringLiteral("user.password_reset"), change->actor, user, {},
                            {}, {{QStringLiteral("refresh_tokens_revoked"), *revoked}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return reload(m_db, user.id);
}

Result<void> UserService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (m_actor.bootstrap)
        return denied(UserService::tr("This session is not signed in as a user."));
    auto hash = hashOf(newPassword);
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto actor = currentActor(m_db, m_actor);
    if (!actor)
        return actor.error();
    auto stored = UserDirectory(m_db).passwordHash(actor->userId);
    if (!stored)
        return stored.error();
    if (!PasswordHash::verify(oldPassword, *stored))
        return denied(UserService::tr("The current password is wrong; nothing was changed."));
    auto updated = m_db.exec(
            QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
            {QString::fromLatin1(*hash), isoNow(), actor->userId});
    if (!updated)
        return updated.error();
    auto revoked = revokeRefreshTokens(m_db, actor->userId);
    if (!revoked)
        return revoked.error();
    User self;
    self.id = actor->userId;
    self.username = actor->username;
    if (auto logged = audit(m_db, QStringLiteral("user.password_changed"), *actor, self, {}, {},
                            {{QStringLiteral("refresh_tokens_revoked"), *revoked}});
        !logged)
        return logged.error();
    return transaction.commit();
}

Result<User> UserService::setRole(const QString &userId, GlobalRole role)
{
    WriteTransaction transaction(m_db);
    auto change = beginChange(m_db, transaction, m_actor, userId);
    if (!change)
        return change.error();
    const User before = change->user;
    if (before.globalRole == role)
        return before;
    if (role != GlobalRole::Admin) {
        if (auto kept = requireAnotherAdmin(m_db, before, AdminLoss::Demote, role); !kept)
            return kept.error();
    }
    auto updated
            = m_db.exec(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"),
                        {globalRoleName(role), isoNow(), before.id});
    if (!updated)
        return updated.error();
    if (auto logged = audit(m_db, QStringLiteral("user.role_changed"), change->actor, before,
                            {{QStringLiteral("role"), globalRoleName(before.globalRole)}},
                            {{QStringLiteral("role"), globalRoleName(role)}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return reload(m_db, before.id);
}

Result<User> UserService::rename(const QString &userId, const QString &username,
                                 const QString &email)
{
    if (username.isEmpty() && email.isEmpty())
        return invalidInput(UserService::tr("Give a new username, a new e-mail address or both."));
    if (!username.isEmpty()) {
        if (auto valid = validateUsername(username); !valid)
            return valid.error();
    }
    if (!email.isEmpty()) {
        if (auto valid = validateEmail(email); !valid)
            return valid.error();
    }
    WriteTransaction transaction(m_db);
    auto change = beginChange(m_db, transaction, m_actor, userId);
    if (!change)
        return change.error();
    const User before = change->user;
    User after = before;
    if (!username.isEmpty())
        after.username = username;
    if (!email.isEmpty())
        after.email = email;
    if (after.username == before.username && after.email == before.email)
        return before;
    if (auto unique = requireUnique(m_db, after.username == before.username ? QString() : username,
                                    after.email == before.email ? QString() : email, before.id);
        !unique)
        return unique.error();
    auto updated = m_db.exec(
            QStringLiteral("UPDATE users SET username = ?, email = ?, updated_at = ? WHERE id = ?"),
            {after.username, after.email, isoNow(), before.id});
    if (!updated)
        return updated.error();
    QJsonObject was;
    QJsonObject now;
    if (before.username != after.username) {
        was.insert(QStringLiteral("username"), before.username);
        now.insert(QStringLiteral("username"), after.username);
    }
    if (before.email != after.email) {
        was.insert(QStringLiteral("email"), before.email);
        now.insert(QStringLiteral("email"), after.email);
    }
    if (auto logged = audit(m_db, QStringLiteral("user.renamed"), change->actor, before, was, now);
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return reload(m_db, before.id);
}

Result<User> UserService::lock(const QString &userId)
{
    WriteTransaction transaction(m_db);
    auto change = beginChange(m_db, transaction, m_actor, userId);
    if (!change)
        return change.error();
    const User &user = change->user;
    if (user.locked)
        return user;
    if (auto kept = requireAnotherAdmin(m_db, user, AdminLoss::Lock); !kept)
        return kept.error();
    auto updated
            = m_db.exec(QStringLiteral("UPDATE users SET password_hash = '!' || password_hash, "
                                       "updated_at = ? WHERE id = ?"),
                        {isoNow(), user.id});
    if (!updated)
        return updated.error();
    auto revoked = revokeRefreshTokens(m_db, user.id);
    if (!revoked)
        return revoked.error();
    if (auto logged = audit(m_db, QStringLiteral("user.locked"), change->actor, user, {}, {},
                            {{QStringLiteral("refresh_tokens_revoked"), *revoked}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << change->actor.auditName() << "locked" << user.username;
    return reload(m_db, user.id);
}

Result<User> UserService::unlock(const QString &userId)
{
    WriteTransaction transaction(m_db);
    auto change = beginChange(m_db, transaction, m_actor, userId);
    if (!change)
        return change.error();
    const User &user = change->user;
    if (!user.locked)
        return user;
    // Every "!" goes: a hash locked twice by hand is still the user's own hash behind them.
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ltrim(password_hash, "
                                            "'!'), updated_at = ? WHERE id = ?"),
                             {isoNow(), user.id});
    if (!updated)
        return updated.error();
    // The failures counted while the account was locked do not delay its owner afterwards.
    if (auto forgotten = SignInThrottle(m_db).forgetUser(user.id); !forgotten)
        return forgotten.error();
    if (auto logged = audit(m_db, QStringLiteral("user.unlocked"), change->actor, user, {}, {});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << change->actor.auditName() << "unlocked" << user.username;
    return reload(m_db, user.id);
}

Result<void> UserService::remove(const QString &userId)
{
    WriteTransaction transaction(m_db);
    auto change = beginChange(m_db, transaction, m_actor, userId);
    if (!change)
        return change.error();
    const User &user = change->user;
    if (auto kept = requireAnotherAdmin(m_db, user, AdminLoss::Delete); !kept)
        return kept.error();
    auto only = tenantsOnlyAdministeredBy(m_db, user.id);
    if (!only)
        return only.error();
    if (!only->isEmpty())
        return conflict(
                UserService::tr("%1 is the last tenant_admin of %2: make someone else tenant_admin "
                                "there first.")
                        .arg(user.username, only->join(QStringLiteral(", "))));
    qint64 memberships = 0;
    if (m_db.hasTable(QStringLiteral("tenant_users"))) {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM tenant_users WHERE user_id = ?"),
                                 {user.id});
        if (!removed)
            return removed.error();
        memberships = removed->numRowsAffected();
    }
    qint64 tokens = 0;
    if (m_db.hasTable(QStringLiteral("refresh_tokens"))) {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM refresh_tokens WHERE user_id = ?"),
                                 {user.id});
        if (!removed)
            return removed.error();
        tokens = removed->numRowsAffected();
    }
    if (auto removed = m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {user.id});
        !removed)
        return removed.error();
    QJsonObject before = userState(user);
    before.insert(QStringLiteral("memberships"), memberships);
    before.insert(QStringLiteral("refresh_tokens"), tokens);
    if (auto logged = audit(m_db, QStringLiteral("user.deleted"), change->actor, user, before, {});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << change->actor.auditName() << "deleted user" << user.username;
    return {};
}

QString UserService::generatePassword()
{
    // 62 symbols, 20 of them: log2(62^20) ≈ 119 bits. Rejection sampling keeps it uniform.
    static const char kAlphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 kSymbols = sizeof(kAlphabet) - 1;
    constexpr quint32 kLimit = (0xffffffffu / kSymbols) * kSymbols;
    QString password;
    password.reserve(20);
    QRandomGenerator *random = QRandomGenerator::system();
    while (password.size() < 20) {
        const quint32 value = random->generate();
        if (value < kLimit)
            password.append(QLatin1Char(kAlphabet[value % kSymbols]));
    }
    return password;
}

} // namespace tenantdesk
