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

    // By exact username or e-mail (as aistack matches e-mail: case matters). An unknown user
    // and a wrong password fail the same way and take the same work (an unknown name is
    // checked against a hash of the slowest cost the file holds). A locked account fails too;
    // only with the right password does it say that it is locked. Failures are counted per
    // user (SignInThrottle): after a few, the next attempt must wait, across processes.
    // The audit chain records the first failure of a series and then every tenfold count,
    // never the name typed when it matches no user.
    Result<Actor> signIn(const QString &login, const QString &password) const;

    // Who signIn(login, ...) would sign in, without checking anything else: what a window
    // can be built for while the password is being checked. An actor without an id (no
    // rights) where the login names nobody, so that both cases build the same window.
    // Never a signed-in actor: only signIn() is.
    Result<Actor> expectedActor(const QString &login) const;

    // The actor of a session on a database without users: it may only create the first
    // admin and apply migrations. Denied where users exist.
    Result<Actor> bootstrap() const;

private:
    // Counts the failure and appends its coalesced audit entry; user is empty when the name
    // matched nobody.
    void recordFailure(const QString &subject, const QString &userId,
                       const QString &username) const;

    const Database &m_db;
};

} // namespace tenantdesk
