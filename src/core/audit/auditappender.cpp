#include "core/audit/auditappender.h"

#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QDateTime>

namespace tenantdesk {

AuditAppender::AuditAppender(const Database &db)
    : m_db(db)
    , m_last(db, "SELECT hash FROM audit_log_chain ORDER BY seq DESC LIMIT 1")
    // In a UTF-8 file the text goes in as the exact UTF-8 bytes it was hashed from; the
    // casts keep a value bound in another form (a UTF-16 file's text) stored as text.
    , m_insert(db,
               "INSERT INTO audit_log_chain (prev_hash, hash, event_type, payload_json, "
               "signature, signature_alg, created_at) VALUES (?, ?, CAST(? AS TEXT), CAST(? AS "
               "TEXT), ?, ?, ?)")
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
    return appendCanonical(eventType, canonicalJson(payload));
}

Result<void> AuditAppender::appendCanonical(const QString &eventType,
                                            const QByteArray &canonicalPayload)
{
    if (!m_available) {
        if (auto ready = setUp(); !ready)
            return ready.error();
    }
    if (!*m_available)
        return {};
    // Read under the caller's write lock every time: any other append of the transaction
    // (through AuditLog or another appender) is part of the chain this entry follows. It is
    // one seek to the table's last row.
    auto found = m_last.step();
    if (!found)
        return found.error();
    QByteArray prevHash;
    if (!*found) {
        prevHash = AuditLog::genesisHash().toLatin1();
    } else {
        const QByteArrayView stored = m_last.utf8(0);
        // Verification reads prev_hash and hash as text; a stored hash that is not UTF-8
        // (a tampered row) is followed the way that text reads.
        prevHash = stored.isValidUtf8() ? stored.toByteArray()
                                        : QString::fromUtf8(stored.data(), stored.size()).toUtf8();
    }
    m_last.reset();

    const qint64 createdAt = QDateTime::currentMSecsSinceEpoch();
    const QByteArray eventUtf8 = eventType.toUtf8();
    const QByteArray hash
            = AuditLog::computeHashUtf8(prevHash, createdAt, eventUtf8, canonicalPayload);
    if (m_utf8) {
        m_insert.bindText(1, prevHash);
        m_insert.bindText(2, hash);
        m_insert.bindText(3, eventUtf8);
        m_insert.bindText(4, canonicalPayload);
    } else {
        m_insert.bindText16(1, QString::fromUtf8(prevHash));
        m_insert.bindText16(2, QString::fromLatin1(hash));
        m_insert.bindText16(3, eventType);
        m_insert.bindText16(4, QString::fromUtf8(canonicalPayload));
    }
    if (m_key.isEmpty()) {
        m_insert.bindNull(5);
        m_insert.bindNull(6);
    } else {
        m_insert.bindText(5, AuditLog::signUtf8(hash, m_key));
        m_insert.bindText(6, "HMAC-SHA256");
    }
    m_insert.bindInt64(7, createdAt);
    if (auto inserted = m_insert.run(); !inserted)
        return inserted.error();
    qCDebug(lcAudit) << "appended" << eventType;
    return {};
}

} // namespace tenantdesk
