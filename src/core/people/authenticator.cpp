#include "core/people/authenticator.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/people/passwordhash.h"
#include "core/people/userdirectory.h"

#include <QCoreApplication>

namespace tenantdesk {

namespace {

// Verified against when the user is unknown, so both failures cost one bcrypt run.
const QByteArray kTimingEqualiser("$2b$10$nZ5sYAOklvbpLmpA73vD9ufLpu5yUtriOZvkNa0XkVnKsyHUs6SXy");

} // namespace

Authenticator::Authenticator(const Database &db)
    : m_db(db)
{ }

Result<bool> Authenticator::requiresSignIn() const
{
    if (!UserDirectory(m_db).hasUsersTable())
        return false;
    auto any = m_db.scalar(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    if (!any)
        return any.error();
    return !any->isNull();
}

Result<Actor> Authenticator::signIn(const QString &login, const QString &password) const
{
    const UserDirectory users(m_db);
    auto user = users.findByLogin(login.trimmed());
    if (!user)
        return user.error();
    QByteArray hash = kTimingEqualiser;
    if (*user) {
        auto stored = users.passwordHash((*user)->id);
        if (!stored)
            return stored.error();
        hash = *stored;
    }
    const bool matches = PasswordHash::verify(password, hash);
    if (!*user || !matches) {
        recordFailure(login);
        return denied(tr("Sign-in failed: unknown user or wrong password."));
    }
    qCInfo(lcAuth) << "signed in" << (*user)->username;
    return (*user)->toActor();
}

Result<Actor> Authenticator::bootstrap() const
{
    auto required = requiresSignIn();
    if (!required)
        return required.error();
    if (*required)
        return denied(tr("This database has users: sign in as one of them."));
    return Actor::bootstrapActor();
}

void Authenticator::recordFailure(const QString &login) const
{
    const AuditLog audit(m_db);
    if (!audit.isAvailable())
        return;
    WriteTransaction transaction(m_db);
    auto recorded = transaction.begin();
    if (recorded)
        recorded = audit.append(QStringLiteral("auth.failed"),
                                {{QStringLiteral("login"), login.trimmed()},
                                 {QStringLiteral("source"), QStringLiteral("tenantdesk")}});
    if (recorded)
        recorded = transaction.commit();
    if (!recorded)
        qCWarning(lcAuth) << "could not record a failed sign-in:" << recorded.error().message;
}

} // namespace tenantdesk
