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

// The chain after prevHash: each entry's hash, then its signature (empty without a key). Reads
// nothing but its arguments, so it may run on any thread.
QList<QByteArray> hashChain(QByteArray prevHash,
                            const QList<AuditAppender::CanonicalEntry> &entries,
                            const QList<qint64> &createdAt, const QByteArray &key)
{
    QList<QByteArray> links;
    links.reserve(2 * entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditAppender::CanonicalEntry &entry = entries.at(i);
        const QByteArray hash = AuditLog::computeHashUtf8(prevHash, createdAt.at(i),
                                                          entry.eventType.toUtf8(), entry.payload);
        links.append(hash);
        links.append(key.isEmpty() ? QByteArray() : AuditLog::signUtf8(hash, key));
        prevHash = hash;
    }
    return links;
}

QList<qint64> timestamps(qsizetype count)
{
    QList<qint64> createdAt;
    createdAt.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        createdAt.append(QDateTime::currentMSecsSinceEpoch());
    return createdAt;
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
    auto tail = chainTail();
    if (!tail)
        return tail.error();
    if (!*m_available || entries.isEmpty())
        return {};
    const QList<qint64> createdAt = timestamps(entries.size());
    return insert(entries, *tail, createdAt, hashChain(*tail, entries, createdAt, m_key));
}

Result<AuditAppender::Ahead>
AuditAppender::hashAhead(qsizetype count, std::function<CanonicalEntry(qsizetype)> entryAt)
{
    auto tail = chainTail();
    if (!tail)
        return tail.error();
    Ahead ahead;
    ahead.m_prevHash = *tail;
    if (!*m_available || count == 0)
        return ahead;
    ahead.m_createdAt = timestamps(count);
    ahead.m_chain = std::async(std::launch::async,
                               [count, entryAt = std::move(entryAt), prevHash = ahead.m_prevHash,
                                createdAt = ahead.m_createdAt, key = m_key] {
                                   Ahead::Chain chain;
                                   chain.entries.reserve(count);
                                   for (qsizetype i = 0; i < count; ++i)
                                       chain.entries.append(entryAt(i));
                                   chain.links = hashChain(prevHash, chain.entries, createdAt, key);
                                   return chain;
                               });
    return ahead;
}

Result<void> AuditAppender::append(Ahead &&ahead)
{
    if (!ahead.m_chain.valid())
        return {};
    const Ahead::Chain chain = ahead.m_chain.get();
    return insert(chain.entries, ahead.m_prevHash, ahead.m_createdAt, chain.links);
}

// The chain's last hash, read under the caller's write lock every time: any other append of
// the transaction (through AuditLog or another appender) is part of the chain new entries
// follow. It is one seek to the table's last row.
Result<QByteArray> AuditAppender::chainTail()
{
    if (!m_available) {
        if (auto ready = setUp(); !ready)
            return ready.error();
    }
    if (!*m_available)
        return QByteArray();
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
    return prevHash;
}

Result<void> AuditAppender::insert(const QList<CanonicalEntry> &entries, QByteArray prevHash,
                                   const QList<qint64> &createdAt, const QList<QByteArray> &links)
{
    for (qsizetype first = 0; first < entries.size(); first += kEntriesPerInsert) {
        const qsizetype rows = std::min(kEntriesPerInsert, entries.size() - first);
        NativeStatement &insert = insertRows(rows);
        int index = 0;
        for (qsizetype row = first; row < first + rows; ++row) {
            const CanonicalEntry &entry = entries.at(row);
            const QByteArray &hash = links.at(2 * row);
            const QByteArray &signature = links.at(2 * row + 1);
            if (m_utf8) {
                // prevHash is the hash before this one in links, or the caller's tail.
                insert.bindTextBorrowed(++index, prevHash);
                insert.bindTextBorrowed(++index, hash);
                insert.bindText(++index, entry.eventType.toUtf8());
                insert.bindTextBorrowed(++index, entry.payload);
            } else {
                insert.bindText16(++index, QString::fromUtf8(prevHash));
                insert.bindText16(++index, QString::fromLatin1(hash));
                insert.bindText16(++index, entry.eventType);
                insert.bindText16(++index, QString::fromUtf8(entry.payload));
            }
            if (signature.isEmpty()) {
                insert.bindNull(++index);
                insert.bindNull(++index);
            } else {
                insert.bindTextBorrowed(++index, signature);
                insert.bindText(++index, "HMAC-SHA256");
            }
            insert.bindInt64(++index, createdAt.at(row));
            prevHash = hash;
        }
        if (auto inserted = insert.run(); !inserted)
            return inserted.error();
    }
    qCDebug(lcAudit) << "appended" << entries.size() << "entries";
    return {};
}

} // namespace tenantdesk
