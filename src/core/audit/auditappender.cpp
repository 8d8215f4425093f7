#include "core/audit/auditappender.h"

#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QDateTime>

namespace tenantdesk {

namespace {

// QtSql binds a null QByteArray as NULL: an empty text must stay an empty text.
QByteArray nonNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

} // namespace

AuditAppender::AuditAppender(const Database &db)
    : m_db(db)
    , m_last(db, QStringLiteral("SELECT hash FROM audit_log_chain ORDER BY seq DESC LIMIT 1"))
    // The payload goes in as the exact UTF-8 bytes it was hashed from (a blob cast to text):
    // bound as a QString, SQLite's UTF-16 conversion would drop a leading U+FFFE (it takes it
    // for a byte order mark) and a reader through UTF-16 would see U+FFFD.
    , m_insert(db,
               QStringLiteral("INSERT INTO audit_log_chain (prev_hash, hash, event_type, "
                              "payload_json, signature, signature_alg, created_at) VALUES (?, ?, "
                              "CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?)"))
{ }

Result<void> AuditAppender::setUp()
{
    m_available = m_db.hasTable(QStringLiteral("audit_log_chain"));
    if (!*m_available)
        return {};
    auto encoding = m_db.scalar(QStringLiteral("PRAGMA encoding"));
    if (!encoding)
        return encoding.error();
    m_utf8 = encoding->toString() == QLatin1String("UTF-8");
    m_key = AuditLog::signingKey();
    if (const QString problem = AuditLog::signingKeyProblem(); !problem.isEmpty())
        qCWarning(lcAudit).noquote() << problem << "Audit entries are written unsigned.";
    return {};
}

Result<void> AuditAppender::append(const QString &eventType, const QJsonObject &payload)
{
    if (!m_available) {
        if (auto ready = setUp(); !ready)
            return ready.error();
    }
    if (!*m_available)
        return {};
    // Read under the caller's write lock every time: any other append of the transaction
    // (through AuditLog or another appender) is part of the chain this entry follows.
    auto last = m_last.scalar();
    if (!last)
        return last.error();
    const QString prevHash = last->isNull() ? AuditLog::genesisHash() : last->toString();
    const qint64 createdAt = QDateTime::currentMSecsSinceEpoch();
    const QByteArray canonical = canonicalJson(payload);
    const QString hash = AuditLog::computeHash(prevHash, createdAt, eventType, canonical);
    const QVariant signature = m_key.isEmpty() ? QVariant() : QVariant(AuditLog::sign(hash, m_key));
    const QVariant signatureAlg
            = m_key.isEmpty() ? QVariant() : QVariant(QStringLiteral("HMAC-SHA256"));
    auto inserted = m_insert.run(
            {prevHash, hash, m_utf8 ? QVariant(nonNull(eventType.toUtf8())) : QVariant(eventType),
             m_utf8 ? QVariant(canonical) : QVariant(QString::fromUtf8(canonical)), signature,
             signatureAlg, createdAt});
    if (!inserted)
        return inserted.error();
    qCDebug(lcAudit) << "appended" << eventType;
    return {};
}

} // namespace tenantdesk
