#pragma once

#include "core/people/user.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tenantdesk {

class Database;

// Reads aistack's users table and creates users in its exact shape.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::UserDirectory)

public:
    explicit UserDirectory(const Database &db);

    bool hasUsersTable() const;
    Result<bool> hasAdmin() const;

    // By username, or by e-mail ignoring case. Nothing when no such user exists.
    Result<std::optional<User>> findByLogin(const QString &login) const;
    Result<std::optional<User>> findById(const QString &id) const;
    // Users ordered by username; `after` pages by key (usernames are unique); a prefix
    // keeps those whose username or e-mail starts with it.
    Result<QList<User>> list(int limit, const QString &afterUsername = {},
                             const QString &prefix = {}) const;
    // Usernames or e-mails starting with prefix, for completers (bounded by limit).
    Result<QList<User>> search(const QString &prefix, int limit) const;

    // The stored hash for sign-in only; never leaves core.
    Result<QByteArray> passwordHash(const QString &userId) const;

    // Creates the users table in aistack's shape where it is missing.
    Result<void> ensureUsersTable() const;

private:
    const Database &m_db;
};

// Checks the form of new user data: username and e-mail syntax, password length.
Result<void> validateNewUser(const QString &username, const QString &email,
                             const QString &password);

} // namespace tenantdesk
