#include "core/audit/auditlog.h"

#include "core/audit/auditappender.h"
#include "core/audit/canonicaljson.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/printable.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

#include <climits>

namespace tenantdesk {

namespace {

const QString kSignatureAlg = QStringLiteral("HMAC-SHA256");

// The columns of an entry. In a UTF-8 database (aistack's, and every one this tool creates) the
// text columns that carry user data are read as the bytes SQLite stores: through QtSql's
// UTF-16 text, SQLite turns U+FFFE and U+FFFF into U+FFFD, and an entry holding them would
// no longer match its own hash.
QString entryColumns(bool utf8)
{
    return utf8 ? QStringLiteral("seq, prev_hash, hash, CAST(event_type AS BLOB), "
                                 "CAST(payload_json AS BLOB), signature, signature_alg, created_at")
                : QStringLiteral("seq, prev_hash, hash, event_type, payload_json, signature, "
                                 "signature_alg, created_at");
}

QString textOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? exactTextOfUtf8(value.toByteArray())
                                                   : value.toString();
}

AuditEntry entryFromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.prevHash = query.value(1).toString();
    entry.hash = query.value(2).toString();
    entry.eventType = textOf(query.value(3));
    entry.payloadJson = textOf(query.value(4));
    entry.signature = query.value(5).toString();
    entry.signatureAlg = query.value(6).toString();
    entry.createdAt = query.value(7).toLongLong();
    return entry;
}

// Why an entry's content fails verification (its link and signature are checked by the
// caller), or an empty string when it is sound.
QString contentProblem(const AuditEntry &entry)
{
    // Read as aistack's verifier reads it (JSON.parse), not with Qt's JSON reader, which
    // changes some keys (canonicaljson.h).
    const QByteArray stored = entry.payloadJson.toUtf8();
    const std::optional<QByteArray> canonical = canonicalJsonOfText(stored);
    if (!canonical)
        return AuditLog::tr("payload_json is not valid JSON");
    if (*canonical != stored)
        return AuditLog::tr("payload_json is not in canonical form");
    const QString expectedHash
            = AuditLog::computeHash(entry.prevHash, entry.createdAt, entry.eventType, *canonical);
    if (expectedHash != entry.hash)
        return AuditLog::tr("hash does not match the entry's content");
    return {};
}

// Why an entry's signature fails, or an empty string. Once one entry of the chain is signed,
// every later one must be: an entry stripped of its signature, or rewritten without one, is
// a break (architecture.md §2). Without a usable key, signatures are not checked.
QString signatureProblem(const AuditEntry &entry, const QByteArray &key, bool signedBefore)
{
    if (key.isEmpty())
        return {};
    const bool claimsSignature = !entry.signature.isEmpty() || !entry.signatureAlg.isEmpty();
    if (!claimsSignature)
        return signedBefore
                ? AuditLog::tr("the entry is not signed, but an earlier one is: its signature "
                               "was removed, or it was written without the key")
                : QString();
    if (entry.signatureAlg != kSignatureAlg)
        return AuditLog::tr("unknown signature algorithm \"%1\"").arg(entry.signatureAlg);
    if (entry.signature.isEmpty())
        return AuditLog::tr("signature_alg is set, but the signature is missing");
    if (AuditLog::sign(entry.hash, key) != entry.signature)
        return AuditLog::tr("signature does not verify");
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

bool AuditLog::storesUtf8() const
{
    auto encoding = m_db.scalar(QStringLiteral("PRAGMA encoding"));
    return encoding && encoding->toString() == QLatin1String("UTF-8");
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const QString &prevHash, qint64 createdAtMs, const QString &eventType,
                              const QByteArray &canonicalPayload)
{
    return QString::fromLatin1(
            computeHashUtf8(prevHash.toUtf8(), createdAtMs, eventType.toUtf8(), canonicalPayload));
}

QByteArray AuditLog::computeHashUtf8(QByteArrayView prevHash, qint64 createdAtMs,
                                     QByteArrayView eventType, QByteArrayView canonicalPayload)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("aistack/audit-log-chain/v1\n");
    hash.addData(prevHash);
    hash.addData("\n");
    hash.addData(QByteArray::number(createdAtMs));
    hash.addData("\n");
    hash.addData(eventType);
    hash.addData("\n");
    hash.addData(canonicalPayload);
    return hash.resultView().toByteArray().toHex();
}

QByteArray AuditLog::signingKey()
{
    const QByteArray key = qgetenv("AISTACK_AUDIT_KEY");
    if (key.size() < 32)
        return {};
    return key;
}

QString AuditLog::signingKeyProblem()
{
    const QByteArray key = qgetenv("AISTACK_AUDIT_KEY");
    if (key.isEmpty() || key.size() >= 32)
        return {};
    return AuditLog::tr("AISTACK_AUDIT_KEY is shorter than 32 bytes, so it is not used.");
}

QString AuditLog::sign(const QString &hash, const QByteArray &key)
{
    return QString::fromLatin1(signUtf8(hash.toUtf8(), key));
}

QByteArray AuditLog::signUtf8(QByteArrayView hash, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(hash.toByteArray(), key, QCryptographicHash::Sha256)
            .toHex();
}

Result<void> AuditLog::append(const QString &eventType, const QJsonObject &payload) const
{
    return AuditAppender(m_db).append(eventType, payload);
}

Result<ChainVerification> AuditLog::verify(const std::function<bool(qint64)> &progress) const
{
    ChainVerification result;
    if (!isAvailable()) {
        result.reason = AuditLog::tr("The database has no audit chain.");
        return result;
    }
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log_chain ORDER BY seq")
                                   .arg(entryColumns(storesUtf8())));
    if (!query)
        return query.error();
    const QByteArray key = signingKey();
    const auto addBreak = [&result](qint64 seq, const QString &why) {
        if (result.breaks.isEmpty()) {
            result.valid = false;
            result.brokenAt = seq;
            result.reason = AuditLog::tr("Entry %1: %2.").arg(seq).arg(why);
        }
        result.breaks.append({seq, why});
    };
    QString expectedPrev = genesisHash();
    qint64 lastSeq = 0;
    while (query->next()) {
        const AuditEntry entry = entryFromQuery(*query);
        QStringList problems;
        // Each entry is judged against its own predecessor, as stored: one changed entry is
        // one break, and the entries after it still count as sound or not on their own.
        if (entry.prevHash != expectedPrev)
            problems << AuditLog::tr("prev_hash does not match the hash of the entry before it");
        if (const QString problem = contentProblem(entry); !problem.isEmpty())
            problems << problem;
        if (const QString problem = signatureProblem(entry, key, result.signedEntries > 0);
            !problem.isEmpty())
            problems << problem;
        if (!entry.signature.isEmpty() || !entry.signatureAlg.isEmpty())
            ++result.signedEntries;
        if (!problems.isEmpty())
            addBreak(entry.seq, problems.join(QStringLiteral("; ")));
        else if (result.breaks.isEmpty())
            ++result.checked;
        ++result.total;
        expectedPrev = entry.hash;
        lastSeq = entry.seq;
        if (progress && result.total % 1000 == 0 && !progress(result.total))
            return failure(AuditLog::tr("Verification was cancelled."));
    }

    // AUTOINCREMENT remembers the highest seq ever used: entries cut from the end (or all of
    // them) leave it above the last one there is.
    auto highest = m_db.scalar(
            QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log_chain'"));
    if (highest && !highest->isNull() && highest->toLongLong() > lastSeq) {
        const qint64 used = highest->toLongLong();
        if (lastSeq == 0)
            addBreak(1,
                     AuditLog::tr("the chain is empty, but %n entry(s) were written to it: it was "
                                  "emptied",
                                  "", int(qMin<qint64>(used, INT_MAX))));
        else
            addBreak(lastSeq + 1,
                     AuditLog::tr(
                             "entries %1 to %2 were removed from the end of the chain (the table's "
                             "sequence is at %2)")
                             .arg(lastSeq + 1)
                             .arg(used));
    }

    if (const QString problem = signingKeyProblem(); !problem.isEmpty()) {
        result.warnings << AuditLog::tr("%1 Signatures were not checked.").arg(problem);
    } else if (key.isEmpty() && result.signedEntries > 0) {
        result.warnings << AuditLog::tr(
                "%n entry(s) are signed, but AISTACK_AUDIT_KEY is not set: their "
                "signatures were not checked.",
                "", int(qMin<qint64>(result.signedEntries, INT_MAX)));
    } else if (!key.isEmpty() && result.signedEntries == 0 && result.total > 0) {
        result.warnings << AuditLog::tr(
                "AISTACK_AUDIT_KEY is set, but no entry is signed: nothing shows "
                "that the chain was written with the key.");
    }
    if (!result.valid && result.breaks.size() > 1)
        result.reason += QLatin1Char(' ')
                + AuditLog::tr("%n more break(s) follow.", "", int(result.breaks.size() - 1));
    return result;
}

namespace {

// The filter as " AND ..." conditions on audit_log_chain, with its values.
QString filterSql(const AuditFilter &filter, QVariantList &values)
{
    QString sql;
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
        sql += QStringLiteral(" AND instr(lower(CASE WHEN json_valid(payload_json) THEN "
                              "json_extract(payload_json, '$.actor') END), lower(?)) > 0");
        values << filter.actor;
    }
    // The expression is the one migration 012 indexes (with seq): SQLite seeks the tenants'
    // entries instead of walking the chain down from the newest one, which costs a scan of the
    // whole table when they are rare. One tenant is compared with "=", so that the index also
    // gives the seq order and a page needs no sort. Without the index (a file not migrated
    // yet) the same SQL walks down the seq index as before.
    const auto tenantClause = [&sql, &values](const QStringList &ids) {
        sql += QStringLiteral(" AND CASE WHEN json_valid(payload_json) THEN "
                              "json_extract(payload_json, '$.tenant_id') END");
        if (ids.size() == 1) {
            sql += QStringLiteral(" = ?");
            values << ids.first();
            return;
        }
        sql += QStringLiteral(" IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    };
    if (!filter.tenantId.isEmpty())
        tenantClause({filter.tenantId});
    if (filter.tenantIds)
        tenantClause(*filter.tenantIds);
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
    return sql;
}

} // namespace

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter, int limit,
                                         std::optional<qint64> beforeSeq) const
{
    if (!isAvailable())
        return QList<AuditEntry>();
    QString sql = QStringLiteral("SELECT %1 FROM audit_log_chain WHERE 1")
                          .arg(entryColumns(storesUtf8()));
    QVariantList values;
    if (beforeSeq) {
        sql += QStringLiteral(" AND seq < ?");
        values << *beforeSeq;
    }
    sql += filterSql(filter, values);
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

Result<PageAnchors> AuditLog::anchors(const AuditFilter &filter, int pageSize) const
{
    if (!isAvailable())
        return PageAnchors{0, pageSize, {}};
    QVariantList values;
    const QString where = filterSql(filter, values);
    return scanPageAnchors(
            m_db,
            QStringLiteral("SELECT seq FROM audit_log_chain WHERE 1%1 ORDER BY seq DESC")
                    .arg(where),
            values, pageSize);
}

} // namespace tenantdesk
