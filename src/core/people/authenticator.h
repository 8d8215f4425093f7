#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QCoreApplication>

namespace tenantdesk {

class Database;

// Signs a user in against aistack's users table (bcrypt via libxcrypt).
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::Authenticator)

public:
    explicit Authenticator(const Database &db);

    // True where the database has at least one user: every session must then sign in.
    Result<bool> requiresSignIn() const;

    // By username or e-mail. An unknown user and a wrong password fail the same way and take
    // the same time; each failure is appended to the audit chain.
    Result<Actor> signIn(const QString &login, const QString &password) const;

    // The actor of a session on a database without users: it may only create the first
    // admin and apply migrations. Denied where users exist.
    Result<Actor> bootstrap() const;

private:
    void recordFailure(const QString &login) const;

    const Database &m_db;
};

} // namespace tenantdesk
