#include "core/audit/auditappender.h"

#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QDateTime>

#include <algorithm>

namespace tenantdesk {

namespace {

constexpr qsizetype kEntriesPerInsert = 256;

// In a UTF-8 file the text goes in as the exact UTF-8 bytes it was hashed from; the casts keep
// a value bound in another form (a UTF-16 file's text) stored as text.
QByteArray insertRowsSql(qsizetype rows)
{
    QByteArray sql = "INSERT INTO audit_log_chain (prev_hash, hash, event_type, payload_json, "
                     "signature, signature_alg, created_at) VALUES ";
    for (qsizetype i = 0; i < rows; ++i) {
        if (i)
            sql += ", ";
        sql += "(?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?)";
    }
    return sql;
}

} // namespace

AuditAppender::AuditAppender(const Database &db)
    : m_db(db)
    , m_last(db, "SELECT hash FROM audit_log_chain ORDER BY seq DESC LIMIT 1")
{ }

NativeStatement &AuditAppender::insertRows(qsizetype rows)
{
    std::unique_ptr<NativeStatement> &statement = m_insertRows[rows];
    if (!statement)
        statement = std::make_unique<NativeStatement>(m_db, insertRowsSql(rows));
    return *statement;
}

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
    return appendCanonical(QList<CanonicalEntry>{{eventType, canonicalPayload}});
}

Result<void> AuditAppender::appendCanonical(const QList<CanonicalEntry> &entries)
{
    if (!m_available) {
        if (auto ready = setUp(); !ready)
            return ready.error();
    }
    if (!*m_available || entries.isEmpty())
        return {};
    // Read under the caller's write lock every time: any other append of the transaction
    // (through AuditLog or another appender) is part of the chain these entries follow. It is
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

    for (qsizetype first = 0; first < entries.size(); first += kEntriesPerInsert) {
        const qsizetype rows = std::min(kEntriesPerInsert, entries.size() - first);
        NativeStatement &insert = insertRows(rows);
        int index = 0;
        for (qsizetype row = first; row < first + rows; ++row) {
            const CanonicalEntry &entry = entries.at(row);
            const qint64 createdAt = QDateTime::currentMSecsSinceEpoch();
            const QByteArray eventUtf8 = entry.eventType.toUtf8();
            const QByteArray hash
                    = AuditLog::computeHashUtf8(prevHash, createdAt, eventUtf8, entry.payload);
            if (m_utf8) {
                insert.bindText(++index, prevHash);
                insert.bindText(++index, hash);
                insert.bindText(++index, eventUtf8);
                insert.bindText(++index, entry.payload);
            } else {
                insert.bindText16(++index, QString::fromUtf8(prevHash));
                insert.bindText16(++index, QString::fromLatin1(hash));
                insert.bindText16(++index, entry.eventType);
                insert.bindText16(++index, QString::fromUtf8(entry.payload));
            }
            if (m_key.isEmpty()) {
                insert.bindNull(++index);
                insert.bindNull(++index);
            } else {
                insert.bindText(++index, AuditLog::signUtf8(hash, m_key));
                insert.bindText(++index, "HMAC-SHA256");
            }
            insert.bindInt64(++index, createdAt);
            prevHash = hash;
        }
        if (auto inserted = insert.run(); !inserted)
            return inserted.error();
    }
    qCDebug(lcAudit) << "appended" << entries.size() << "entries";
    return {};
}

} // namespace tenantdesk
