#include "core/people/authenticator.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/people/passwordhash.h"
#include "core/people/signinthrottle.h"
#include "core/people/userdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>

namespace tenantdesk {

namespace {

// Verified against when the user is unknown, so both failures cost one bcrypt run of the
// slowest cost the file holds. Costs other than these are made once per process.
QByteArray timingEqualiser(int cost)
{
    static QMutex mutex;
    static QHash<int, QByteArray> hashes{
            {10, "$2b$10$RNGQSYbHshkHhQG6RTUVROWnny.otaGklQvRyXPow1SFrgepu9Z9q"},
            {11, "$2b$11$wzF.u5b8OLEHpj9ESYKTzuz5bY2nPi2Tq1HV4zDBstQyn6DnxEP1e"},
            {12, "$2b$12$1w4KGf9khde4UFIzIFKw0O8NfIvPUfLGC1VxuBE01E24V1.wRJZJ2"}};
    const QMutexLocker locker(&mutex);
    auto found = hashes.constFind(cost);
    if (found != hashes.cend())
        return *found;
    const QByteArray made = PasswordHash::create(
            QString::number(QRandomGenerator::system()->generate64(), 36), cost);
    hashes.insert(cost, made);
    return made;
}

// The audit chain gets the first failure of a series and then every tenfold count
// (1, 10, 100, ...): a password guesser cannot fill it, and the counts stay readable.
bool isAuditedCount(int failures)
{
    if (failures <= 1)
        return true;
    while (failures % 10 == 0)
        failures /= 10;
    return failures == 1;
}

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

Result<Actor> Authenticator::signIn(const QString &typedLogin, const QString &password) const
{
    const QString login = typedLogin.trimmed();
    const UserDirectory users(m_db);
    auto user = users.findByLogin(login);
    if (!user)
        return user.error();
    // Read on both paths, so that they cost the same. 4 is bcrypt's lowest cost.
    auto slowest = users.slowestHashCost(4);
    if (!slowest)
        return slowest.error();
    const QString userId = *user ? (*user)->id : QString();

    const SignInThrottle throttle(m_db);
    auto subject = throttle.subjectFor(userId, login);
    if (!subject)
        return subject.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto state = throttle.state(*subject, now);
    if (!state)
        return state.error();
    if (const qint64 wait = state->waitMs(now); wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return denied(QCoreApplication::translate(
                "tenantdesk::Authenticator",
                "Too many failed sign-ins with this name: try again in %n second(s).", "",
                seconds));
    }

    QByteArray hash = timingEqualiser(*slowest);
    if (*user) {
        auto stored = users.passwordHash(userId);
        if (!stored)
            return stored.error();
        hash = *stored;
    }
    // A locked hash is the real one behind a "!": checked all the same, so a locked account
    // costs what any other does, and its owner learns why only with the right password.
    const bool locked = hash.startsWith('!');
    const bool matches = PasswordHash::verify(password, locked ? hash.mid(1) : hash);
    if (!*user || !matches || locked) {
        recordFailure(*subject, userId, *user ? (*user)->username : QString());
        if (*user && matches && locked)
            return denied(tr("The account is locked: a global admin can unlock it."));
        return denied(tr("Sign-in failed: unknown user or wrong password."));
    }
    if (state->failures > 0) {
        if (auto cleared = throttle.clear(*subject); !cleared)
            qCWarning(lcAuth) << "could not reset the failed sign-ins:" << cleared.error().message;
    }
    qCInfo(lcAuth) << "signed in" << (*user)->username;
    return (*user)->toActor();
}

Result<Actor> Authenticator::expectedActor(const QString &login) const
{
    auto user = UserDirectory(m_db).findByLogin(login.trimmed());
    if (!user)
        return user.error();
    return *user ? (*user)->toActor() : Actor();
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

void Authenticator::recordFailure(const QString &subject, const QString &userId,
                                  const QString &username) const
{
    const SignInThrottle throttle(m_db);
    const AuditLog audit(m_db);
    if (!throttle.isAvailable() && !audit.isAvailable())
        return;
    WriteTransaction transaction(m_db);
    auto recorded = transaction.begin();
    int failures = 0;
    if (recorded) {
        auto counted = throttle.recordFailure(subject, QDateTime::currentMSecsSinceEpoch());
        if (counted)
            failures = *counted;
        else
            recorded = counted.error();
    }
    // Without the counter every failure is recorded, as one in a series of unknown length.
    if (recorded && audit.isAvailable() && (!throttle.isAvailable() || isAuditedCount(failures))) {
        QJsonObject payload{{QStringLiteral("source"), QStringLiteral("tenantdesk")}};
        if (throttle.isAvailable())
            payload.insert(QStringLiteral("failures"), failures);
        if (userId.isEmpty()) {
            payload.insert(QStringLiteral("unknown_user"), true);
        } else {
            payload.insert(QStringLiteral("user_id"), userId);
            payload.insert(QStringLiteral("username"), username);
        }
        recorded = audit.append(QStringLiteral("auth.failed"), payload);
    }
    if (recorded)
        recorded = transaction.commit();
    if (!recorded)
        qCWarning(lcAuth) << "could not record a failed sign-in:" << recorded.error().message;
}

} // namespace tenantdesk
