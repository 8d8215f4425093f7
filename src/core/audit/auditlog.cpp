#include "core/audit/auditlog.h"

#include "core/audit/canonicaljson.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace tenantdesk {

namespace {

const QString kSignatureAlg = QStringLiteral("HMAC-SHA256");

AuditEntry entryFromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.prevHash = query.value(1).toString();
    entry.hash = query.value(2).toString();
    entry.eventType = query.value(3).toString();
    entry.payloadJson = query.value(4).toString();
    entry.signature = query.value(5).toString();
    entry.signatureAlg = query.value(6).toString();
    entry.createdAt = query.value(7).toLongLong();
    return entry;
}

// Why an entry fails verification, or an empty string when it is sound.
QString entryProblem(const AuditEntry &entry, const QString &expectedPrev, const QByteArray &key)
{
    if (entry.prevHash != expectedPrev)
        return AuditLog::tr("prev_hash does not match the hash of the entry before it");
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(entry.payloadJson.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return AuditLog::tr("payload_json is not valid JSON");
    const QByteArray canonical = canonicalJson(payload.isObject() ? QJsonValue(payload.object())
                                                                  : QJsonValue(payload.array()));
    if (canonical != entry.payloadJson.toUtf8())
        return AuditLog::tr("payload_json is not in canonical form");
    const QString expectedHash
            = AuditLog::computeHash(entry.prevHash, entry.createdAt, entry.eventType, canonical);
    if (expectedHash != entry.hash)
        return AuditLog::tr("hash does not match the entry's content");
    if (!key.isEmpty() && !entry.signature.isEmpty()) {
        if (entry.signatureAlg != kSignatureAlg)
            return AuditLog::tr("unknown signature algorithm");
        if (AuditLog::sign(entry.hash, key) != entry.signature)
            return AuditLog::tr("signature does not verify");
    }
    return {};
}

} // namespace

AuditLog::AuditLog(const Database &db)
    : m_db(db)
{ }

bool AuditLog::isAvailable() const
{
    return m_db.hasTable(QStringLiteral("audit_log_chain"));
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const QString &prevHash, qint64 createdAtMs, const QString &eventType,
                              const QByteArray &canonicalPayload)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("aistack/audit-log-chain/v1\n");
    hash.addData(prevHash.toUtf8());
    hash.addData("\n");
    hash.addData(QByteArray::number(createdAtMs));
    hash.addData("\n");
    hash.addData(eventType.toUtf8());
    hash.addData("\n");
    hash.addData(canonicalPayload);
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray AuditLog::signingKey()
{
    const QByteArray key = qgetenv("AISTACK_AUDIT_KEY");
    if (key.isEmpty())
        return {};
    if (key.size() < 32) {
        qCWarning(lcAudit) << "AISTACK_AUDIT_KEY is shorter than 32 bytes; entries are not signed";
        return {};
    }
    return key;
}

QString AuditLog::sign(const QString &hash, const QByteArray &key)
{
    return QString::fromLatin1(
            QMessageAuthenticationCode::hash(hash.toUtf8(), key, QCryptographicHash::Sha256)
                    .toHex());
}

Result<void> AuditLog::append(const QString &eventType, const QJsonObject &payload) const
{
    if (!isAvailable())
        return {};
    auto last = m_db.scalar(
            QStringLiteral("SELECT hash FROM audit_log_chain ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    const QString prevHash = last->isNull() ? genesisHash() : last->toString();
    const qint64 createdAt = QDateTime::currentMSecsSinceEpoch();
    const QByteArray canonical = canonicalJson(payload);
    const QString hash = computeHash(prevHash, createdAt, eventType, canonical);
    const QByteArray key = signingKey();
    const QVariant signature = key.isEmpty() ? QVariant() : QVariant(sign(hash, key));
    const QVariant signatureAlg = key.isEmpty() ? QVariant() : QVariant(kSignatureAlg);
    auto inserted = m_db.exec(
            QStringLiteral(
                    "INSERT INTO audit_log_chain (prev_hash, hash, event_type, payload_json, "
                    "signature, signature_alg, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {prevHash, hash, eventType, QString::fromUtf8(canonical), signature, signatureAlg,
             createdAt});
    if (!inserted)
        return inserted.error();
    qCDebug(lcAudit) << "appended" << eventType;
    return {};
}

Result<ChainVerification> AuditLog::verify(const std::function<bool(qint64)> &progress) const
{
    ChainVerification result;
    if (!isAvailable()) {
        result.reason = tr("The database has no audit chain.");
        return result;
    }
    auto query = m_db.exec(QStringLiteral("SELECT seq, prev_hash, hash, event_type, payload_json, "
                                          "signature, signature_alg, created_at "
                                          "FROM audit_log_chain ORDER BY seq"));
    if (!query)
        return query.error();
    const QByteArray key = signingKey();
    QString expectedPrev = genesisHash();
    while (query->next()) {
        const AuditEntry entry = entryFromQuery(*query);
        const QString problem = entryProblem(entry, expectedPrev, key);
        if (!problem.isEmpty()) {
            result.valid = false;
            result.brokenAt = entry.seq;
            result.reason = tr("Entry %1: %2.").arg(entry.seq).arg(problem);
            return result;
        }
        ++result.checked;
        expectedPrev = entry.hash;
        if (progress && result.checked % 1000 == 0 && !progress(result.checked))
            return failure(tr("Verification was cancelled."));
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter, int limit,
                                         std::optional<qint64> beforeSeq) const
{
    if (!isAvailable())
        return QList<AuditEntry>();
    QString sql
            = QStringLiteral("SELECT seq, prev_hash, hash, event_type, payload_json, signature, "
                             "signature_alg, created_at FROM audit_log_chain WHERE 1");
    QVariantList values;
    if (beforeSeq) {
        sql += QStringLiteral(" AND seq < ?");
        values << *beforeSeq;
    }
    if (!filter.eventType.isEmpty()) {
        sql += QStringLiteral(" AND event_type = ?");
        values << filter.eventType;
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND instr(payload_json, ?) > 0");
        values << filter.text;
    }
    // CASE keeps json_extract away from a payload that is not JSON (a tampered entry must
    // still be listed, and flagged by verification, rather than fail the whole listing).
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND CASE WHEN json_valid(payload_json) THEN "
                              "json_extract(payload_json, '$.actor') END = ?");
        values << filter.actor;
    }
    if (!filter.target.isEmpty()) {
        sql += QStringLiteral(
                " AND CASE WHEN json_valid(payload_json) THEN (SELECT group_concat(value, "
                "char(31)) FROM json_tree(payload_json) WHERE type = 'text' AND key IN "
                "('tenant_id', 'tenant_slug', 'workspace_id', 'workspace_slug', 'user_id', "
                "'username', 'login', 'slug', 'name', 'email', 'id')) END LIKE ? ESCAPE '\\'");
        QString pattern = filter.target;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
        values << QLatin1Char('%') + pattern + QLatin1Char('%');
    }
    if (filter.fromMs) {
        sql += QStringLiteral(" AND created_at >= ?");
        values << *filter.fromMs;
    }
    if (filter.toMs) {
        sql += QStringLiteral(" AND created_at <= ?");
        values << *filter.toMs;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << limit;
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next())
        entries.append(entryFromQuery(*query));
    return entries;
}

} // namespace tenantdesk
