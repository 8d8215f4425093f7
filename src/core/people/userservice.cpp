#include "core/people/userservice.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/people/passwordhash.h"
#include "core/people/signinthrottle.h"
#include "core/people/userchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace tenantdesk {

using namespace userchange;

namespace {

// Inserts a new user with the given stored hash and audits it, inside the caller's write
// transaction, once the actor may manage users.
Result<User> insertUser(const Database &db, const Actor &actor, const NewUser &newUser,
                        const QByteArray &storedHash)
{
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
    auto actor = beginWriteAs(transaction, m_db, m_actor, Action::ManageUsers);
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
    if (auto allowed = AccessPolicy(m_db).require(m_actor, Action::ManageUsers, {}); !allowed)
        return allowed.error();
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
    return finishChange(m_db, transaction, *change, QStringLiteral("user.password_reset"), {}, {},
                        {{QStringLiteral("refresh_tokens_revoked"), *revoked}});
}

Result<void> UserService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (m_actor.bootstrap)
        return denied(UserService::tr("This session is not signed in as a user."));
    auto hash = hashOf(newPassword);
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    auto actor = beginWriteAs(transaction, m_db, m_actor);
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
    return finishChange(m_db, transaction, *change, QStringLiteral("user.role_changed"),
                        {{QStringLiteral("role"), globalRoleName(before.globalRole)}},
                        {{QStringLiteral("role"), globalRoleName(role)}});
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
    return finishChange(m_db, transaction, *change, QStringLiteral("user.renamed"), was, now);
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
    auto locked = finishChange(m_db, transaction, *change, QStringLiteral("user.locked"), {}, {},
                               {{QStringLiteral("refresh_tokens_revoked"), *revoked}});
    if (locked)
        qCInfo(lcAuth) << change->actor.auditName() << "locked" << user.username;
    return locked;
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
    auto unlocked = finishChange(m_db, transaction, *change, QStringLiteral("user.unlocked"));
    if (unlocked)
        qCInfo(lcAuth) << change->actor.auditName() << "unlocked" << user.username;
    return unlocked;
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
