#pragma once

#include "core/access/actor.h"
#include "core/people/user.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tenantdesk {

class Database;
class WriteTransaction;

// What UserService's changes to one user share: the write begun as the actor the database
// has now, the rules a change keeps (a global admin who can sign in, unique names, no tenant
// left without its tenant_admin), the audit entry, the refresh tokens it revokes. Only
// UserService uses it; the texts keep UserService's translation context.
namespace userchange {

// Now, as the users table writes its timestamps (ISO-8601 UTC).
QString isoNow();
Error userNotFound(const QString &who);
// A bcrypt hash of password at aistack's cost, once the password passes the rules.
Result<QByteArray> hashOf(const QString &password);

// A change to one user, once the write lock is held: the actor as the database has it now
// (allowed to manage people) and the user as stored.
struct Change
{
    Actor actor;
    User user;
};

Result<Change> beginChange(const Database &db, WriteTransaction &transaction, const Actor &signedIn,
                           const QString &userId);
// The end of a change: its audit entry (audit()), the commit, and the user as stored now.
Result<User> finishChange(const Database &db, WriteTransaction &transaction, const Change &change,
                          const QString &event, const QJsonObject &before = {},
                          const QJsonObject &after = {}, const QJsonObject &extra = {});

// aistack's own statement on a password change; a file without refresh_tokens has nothing to
// revoke (and gets no table). Returns how many were revoked.
Result<int> revokeRefreshTokens(const Database &db, const QString &userId);

// What would take a global admin away: each names itself in whole sentences.
enum class AdminLoss { Demote, Lock, Delete };
// Refuses a change that would leave no global admin who can sign in.
Result<void> requireAnotherAdmin(const Database &db, const User &user, AdminLoss loss,
                                 GlobalRole newRole = GlobalRole::Admin);
// Refuses a username or e-mail address (empty: not checked) that another user has.
Result<void> requireUnique(const Database &db, const QString &username, const QString &email,
                           const QString &exceptId);

// The user's name, e-mail address, role and lock, as audit entries show them.
QJsonObject userState(const User &user);
// The audit entry of a change to a user: who, whom, and what changed. Never a hash.
Result<void> audit(const Database &db, const QString &event, const Actor &actor, const User &user,
                   const QJsonObject &before, const QJsonObject &after,
                   const QJsonObject &extra = {});
// The tenants (up to five slugs, then "…") where user is the only tenant-wide tenant_admin
// among existing users: deleting the user would leave them without one.
Result<QStringList> tenantsOnlyAdministeredBy(const Database &db, const QString &userId);
Result<User> reload(const Database &db, const QString &userId);

} // namespace userchange

} // namespace tenantdesk
