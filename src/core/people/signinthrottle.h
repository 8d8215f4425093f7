#pragma once

#include "core/result.h"

#include <QString>

namespace tenantdesk {

class Database;

// Failed sign-ins per user (or per unknown name) in TenantDesk's own table
// tenantdesk_signin_failures (migration 011), shared by every process that signs in to the
// file: after a few failures each further attempt waits longer (architecture.md §5). Where
// the table does not exist yet, nothing is counted and nothing waits.
class SignInThrottle
{
public:
    explicit SignInThrottle(const Database &db);

    bool isAvailable() const { return m_available; }

    // The subject of a sign-in: "user:" and the id of a known user, else "login:" and a keyed
    // hash (HMAC-SHA256, with this database's random key) of what was typed as the name.
    Result<QString> subjectFor(const QString &userId, const QString &login) const;

    struct State
    {
        int failures = 0;
        qint64 lastFailureAt = 0; // ms since the epoch
        // How long the next attempt must still wait, in ms (0: it may go on now).
        qint64 waitMs(qint64 nowMs) const;
    };
    Result<State> state(const QString &subject, qint64 nowMs) const;

    // The wait after `failures` failed attempts in a row: none for the first two (typos
    // happen), then 1 s, doubling to at most 15 minutes.
    static qint64 delayMs(int failures);
    // A day without failures forgets them.
    static constexpr qint64 kForgetAfterMs = 24 * 60 * 60 * 1000;

    // Inside the caller's write transaction: counts one more failure and returns the count.
    Result<int> recordFailure(const QString &subject, qint64 nowMs) const;
    // After a successful sign-in. Writes only when there was something to forget.
    Result<void> clear(const QString &subject) const;
    // Inside the caller's write transaction: forgets a user's failures (a global admin
    // unlocked the account or set a new password, so the next sign-in need not wait).
    Result<void> forgetUser(const QString &userId) const;

private:
    const Database &m_db;
    bool m_available = false;
};

} // namespace tenantdesk
