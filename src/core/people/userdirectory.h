#pragma once

#include "core/database/pageanchors.h"
#include "core/people/user.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tenantdesk {

class Database;

// Which users a page of UserDirectory::list holds: ordered by username, after a username
// (keyset paging: usernames are unique), optionally narrowed to a username or e-mail prefix
// and to the people one user may see.
struct UserListQuery
{
    int limit = 256;
    QString afterUsername;
    QString prefix;
    // Empty: everyone. A user id: that user and the people who hold a grant that user may see
    // (a place they share), as MembershipService::visibleUsers and the People page show them.
    QString visibleTo;
};

// Reads aistack's users table and creates users in its exact shape.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::UserDirectory)

public:
    explicit UserDirectory(const Database &db);

    bool hasUsersTable() const;
    Result<bool> hasAdmin() const;

    // By exact username, else by exact e-mail (as aistack's AuthService matches it: case
    // matters), each one lookup on its unique index. Nothing when no such user exists.
    Result<std::optional<User>> findByLogin(const QString &login) const;
    Result<std::optional<User>> findById(const QString &id) const;
    // By id, exact username or exact e-mail, in that order (what tenantctl accepts as USER),
    // then by an e-mail in any case when exactly one user has it. For naming people (grants,
    // CSV, lookups), never for sign-in, which matches e-mail exactly as aistack does.
    Result<std::optional<User>> find(const QString &idOrLogin) const;
    // Users ordered by username; `after` pages by key (usernames are unique); a prefix
    // keeps those whose username or e-mail starts with it.
    Result<QList<User>> list(int limit, const QString &afterUsername = {},
                             const QString &prefix = {}) const;
    Result<QList<User>> list(const UserListQuery &query) const;
    // The count and page anchors (usernames) of list(query) in one scan of the indexes.
    Result<PageAnchors> anchors(const UserListQuery &query, int pageSize) const;
    // Usernames or e-mails starting with prefix, for completers (bounded by limit).
    Result<QList<User>> search(const QString &prefix, int limit) const;
    // True when viewer may see user: the same rule as UserListQuery::visibleTo.
    Result<bool> isVisibleTo(const QString &userId, const QString &viewerId) const;

    // The stored hash for sign-in only; never leaves core.
    Result<QByteArray> passwordHash(const QString &userId) const;
    // The highest bcrypt cost among the stored hashes (at least minimum), read from the first
    // few thousand rows so that it stays cheap at 100,000 users: sign-in spends that much
    // work on an unknown name, so it takes as long as the slowest known user.
    Result<int> slowestHashCost(int minimum) const;

    // Creates the users table in aistack's shape where it is missing.
    Result<void> ensureUsersTable() const;

private:
    const Database &m_db;
};

// Checks the form of new user data: username and e-mail syntax, password length.
Result<void> validateNewUser(const QString &username, const QString &email,
                             const QString &password);
Result<void> validateUsername(const QString &username);
Result<void> validateEmail(const QString &email);
// At least 8 characters, as aistack's AuthService requires.
Result<void> validatePassword(const QString &password);

} // namespace tenantdesk
