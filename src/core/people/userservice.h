#pragma once

#include "core/access/actor.h"
#include "core/people/user.h"
#include "core/people/userdirectory.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tenantdesk {

class Database;

// A person to create: what aistack's users table needs.
struct NewUser
{
    QString username;
    QString email;
    GlobalRole role = GlobalRole::Developer;
    QString password;
};

// People: aistack's users as global admins manage them (AccessPolicy's Action::ManageUsers;
// default deny). Every change is one transaction with its audit entry, which never holds a
// hash or a password. What is written keeps working with aistack's AuthService: bcrypt
// $2b$ cost 10 through libxcrypt, passwords of at least 8 characters, and the user's refresh
// tokens revoked when the password changes (and on lock and delete), where refresh_tokens
// exists.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::UserService)

public:
    UserService(const Database &db, const Actor &actor);

    // A user by id, username or e-mail, as the actor may see them (global admins: everyone;
    // others: themselves and the people they share a tenant or workspace with). NotFound
    // otherwise.
    Result<User> find(const QString &idOrLogin) const;
    // A page of the people the actor may see (UserListQuery::visibleTo is set here).
    Result<QList<User>> list(UserListQuery query) const;
    // The count and page anchors of list(query), with the same visibility.
    Result<PageAnchors> anchors(UserListQuery query, int pageSize) const;

    // Conflict for a username or e-mail already in use; InvalidInput for a malformed one or a
    // password shorter than 8 characters.
    Result<User> create(const NewUser &newUser);
    // For a caller that holds the write transaction already and has taken the actor from
    // currentActor (a tenant import): creates the user locked, with the given bcrypt hash
    // behind the "!" (unlocking restores it) or, without one, a random password's. Audited
    // like create(); newUser.password is not used.
    Result<User> createLockedInTransaction(const NewUser &newUser, const QByteArray &passwordHash);
    // Sets a new password and revokes the user's refresh tokens. A locked user stays locked.
    Result<User> resetPassword(const QString &userId, const QString &password);
    // The actor's own password; needs the old one. Any signed-in user may.
    Result<void> changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    // Refuses to leave the database without a global admin who can sign in.
    Result<User> setRole(const QString &userId, GlobalRole role);
    // A new username and/or e-mail (an empty one stays as it is).
    Result<User> rename(const QString &userId, const QString &username, const QString &email);
    // Makes the stored hash unusable ("!" before it) and revokes the refresh tokens: neither
    // aistack nor TenantDesk lets the user sign in. unlock() restores the hash.
    Result<User> lock(const QString &userId);
    Result<User> unlock(const QString &userId);
    // Removes the user, their memberships and refresh tokens in one transaction. Refused
    // (Conflict, naming them) while the user is the last tenant_admin of a tenant or the last
    // global admin.
    Result<void> remove(const QString &userId);

    // A strong random password (20 characters, about 119 bits), for "generate": shown once,
    // never stored in clear.
    static QString generatePassword();

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
