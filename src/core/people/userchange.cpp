#include "core/people/userchange.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/people/passwordhash.h"
#include "core/people/userdirectory.h"
#include "core/people/userservice.h"

#include <QDateTime>
#include <QSqlQuery>

namespace tenantdesk::userchange {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error userNotFound(const QString &who)
{
    return notFound(UserService::tr("There is no user \"%1\" that you may see.").arg(who));
}

Result<QByteArray> hashOf(const QString &password)
{
    // aistack's cost (SALT_ROUNDS = 10).
    constexpr int kHashCost = 10;
    if (auto valid = validatePassword(password); !valid)
        return valid.error();
    const QByteArray hash = PasswordHash::create(password, kHashCost);
    if (hash.isEmpty())
        return failure(UserService::tr("Could not hash the password (libxcrypt refused)."));
    return hash;
}

Result<Change> beginChange(const Database &db, WriteTransaction &transaction, const Actor &signedIn,
                           const QString &userId)
{
    auto actor = beginWriteAs(transaction, db, signedIn, Action::ManageUsers);
    if (!actor)
        return actor.error();
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

// Refuses a change that would leave no global admin who can sign in.
Result<void> requireAnotherAdmin(const Database &db, const User &user, AdminLoss loss,
                                 GlobalRole newRole)
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
                   const QJsonObject &before, const QJsonObject &after, const QJsonObject &extra)
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

Result<User> finishChange(const Database &db, WriteTransaction &transaction, const Change &change,
                          const QString &event, const QJsonObject &before, const QJsonObject &after,
                          const QJsonObject &extra)
{
    if (auto logged = audit(db, event, change.actor, change.user, before, after, extra); !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return reload(db, change.user.id);
}

} // namespace tenantdesk::userchange
