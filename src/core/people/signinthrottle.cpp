#include "core/people/signinthrottle.h"

#include "core/database/database.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace tenantdesk {

namespace {

const QString kTable = QStringLiteral("tenantdesk_signin_failures");

} // namespace

qint64 SignInThrottle::State::waitMs(qint64 nowMs) const
{
    if (failures <= 0 || nowMs - lastFailureAt >= kForgetAfterMs)
        return 0;
    return std::max<qint64>(0, lastFailureAt + delayMs(failures) - nowMs);
}

SignInThrottle::SignInThrottle(const Database &db)
    : m_db(db)
    , m_available(db.hasTable(kTable))
{ }

qint64 SignInThrottle::delayMs(int failures)
{
    constexpr int kFree = 2;
    constexpr qint64 kMaxMs = 15 * 60 * 1000;
    if (failures <= kFree)
        return 0;
    const int doublings = std::min(failures - kFree - 1, 20);
    return std::min<qint64>(qint64(1000) << doublings, kMaxMs);
}

Result<QString> SignInThrottle::subjectFor(const QString &userId, const QString &login) const
{
    if (!userId.isEmpty())
        return QStringLiteral("user:") + userId;
    QByteArray key;
    if (m_db.hasTable(QStringLiteral("tenantdesk_secrets"))) {
        const QString name = QStringLiteral("signin-subject-key");
        // Made at the first unknown name (migration 011 only creates the table); OR IGNORE
        // keeps the key another process stored first.
        if (auto made = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO tenantdesk_secrets "
                                                 "(name, value) VALUES (?, randomblob(32))"),
                                  {name});
            !made)
            return made.error();
        auto stored = m_db.scalar(
                QStringLiteral("SELECT value FROM tenantdesk_secrets WHERE name = ?"), {name});
        if (!stored)
            return stored.error();
        key = stored->toByteArray();
    }
    if (key.isEmpty()) // a hand-made table without its key: still never the name in clear
        key = QCryptographicHash::hash(m_db.path().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("login:")
            + QString::fromLatin1(QMessageAuthenticationCode::hash(login.toUtf8(), key,
                                                                   QCryptographicHash::Sha256)
                                          .toHex());
}

Result<SignInThrottle::State> SignInThrottle::state(const QString &subject, qint64 nowMs) const
{
    State state;
    if (!m_available)
        return state;
    auto row
            = m_db.exec(QStringLiteral("SELECT failures, last_failure_at FROM %1 WHERE subject = ?")
                                .arg(kTable),
                        {subject});
    if (!row)
        return row.error();
    if (row->next()) {
        state.failures = row->value(0).toInt();
        state.lastFailureAt = row->value(1).toLongLong();
        if (nowMs - state.lastFailureAt >= kForgetAfterMs)
            state = State{};
    }
    return state;
}

Result<int> SignInThrottle::recordFailure(const QString &subject, qint64 nowMs) const
{
    if (!m_available)
        return 0;
    // Old rows go first: the table holds at most a day of failures.
    if (auto pruned
        = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE last_failure_at < ?").arg(kTable),
                    {nowMs - kForgetAfterMs});
        !pruned)
        return pruned.error();
    auto counted = m_db.exec(
            QStringLiteral("INSERT INTO %1 (subject, failures, last_failure_at) VALUES (?, 1, ?) "
                           "ON CONFLICT(subject) DO UPDATE SET failures = failures + 1, "
                           "last_failure_at = excluded.last_failure_at")
                    .arg(kTable),
            {subject, nowMs});
    if (!counted)
        return counted.error();
    auto failures = m_db.scalar(
            QStringLiteral("SELECT failures FROM %1 WHERE subject = ?").arg(kTable), {subject});
    if (!failures)
        return failures.error();
    return failures->toInt();
}

Result<void> SignInThrottle::clear(const QString &subject) const
{
    if (!m_available)
        return {};
    auto any = m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE subject = ?").arg(kTable),
                           {subject});
    if (!any)
        return any.error();
    if (any->isNull())
        return {};
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto deleted
        = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE subject = ?").arg(kTable), {subject});
        !deleted)
        return deleted.error();
    return transaction.commit();
}

Result<void> SignInThrottle::forgetUser(const QString &userId) const
{
    if (!m_available)
        return {};
    auto subject = subjectFor(userId, {});
    if (!subject)
        return subject.error();
    if (auto deleted
        = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE subject = ?").arg(kTable), {*subject});
        !deleted)
        return deleted.error();
    return {};
}

} // namespace tenantdesk
