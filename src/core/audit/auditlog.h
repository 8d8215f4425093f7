#pragma once

#include "core/database/pageanchors.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tenantdesk {

class Database;

// One row of aistack's audit_log_chain.
struct AuditEntry
{
    qint64 seq = 0;
    QString prevHash;
    QString hash;
    QString eventType;
    QString payloadJson;
    QString signature;
    QString signatureAlg;
    qint64 createdAt = 0; // ms since epoch

    // Every field equal: a reloaded row that compares equal needs no repaint.
    bool operator==(const AuditEntry &) const = default;
};

// One place where the chain does not hold: the entry's seq (for a removed tail, the first
// seq that is missing) and why.
struct ChainBreak
{
    qint64 seq = 0;
    QString reason;
};

// What verification found. Verification reads the whole chain and reports every break, not
// only the first; `brokenAt` and `reason` are the first one's (0 and empty when valid).
struct ChainVerification
{
    bool valid = true;
    qint64 checked = 0; // entries verified sound before the first break (all, when valid)
    qint64 total = 0;   // entries read
    qint64 brokenAt = 0;
    QString reason;
    QList<ChainBreak> breaks;
    qint64 signedEntries = 0;
    // What verification could not check, in sentences: a key that is missing or too short
    // while entries are signed, a key set while nothing is signed.
    QStringList warnings;
};

// Narrows audit listings; empty members match everything.
struct AuditFilter
{
    QString eventType;
    QString text;   // matched against the payload (actor, target names, ids)
    QString actor;  // part of the payload's "actor" (a username, or "(bootstrap)")
    QString target; // part of a tenant, workspace or user slug, name or id in the payload
    std::optional<qint64> fromMs{};
    std::optional<qint64> toMs{};
    // Only the entries of this tenant (their payload's tenant_id): "this tenant" in the app.
    QString tenantId{};
    // Only entries whose payload's tenant_id is one of these; unset: every entry. Set by
    // AuditService from AccessPolicy's answer, never by a caller's wish alone.
    std::optional<QStringList> tenantIds{};
};

// aistack's tamper-evident audit chain (architecture.md §2). Entries written here verify in aistack
// byte for byte; with AISTACK_AUDIT_KEY set (>= 32 bytes) they are signed with HMAC-SHA256.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::AuditLog)

public:
    explicit AuditLog(const Database &db);

    bool isAvailable() const;

    // Appends one entry. Call it inside the write transaction of the change it records, so
    // both commit or neither does. Does nothing where the database has no audit table.
    Result<void> append(const QString &eventType, const QJsonObject &payload) const;

    // Walks the whole chain in seq order and reports every break: an entry whose hash,
    // canonical payload or link to the one before does not hold; with AISTACK_AUDIT_KEY set,
    // an entry after the first signed one without a valid signature; entries removed from
    // the end or an emptied chain (sqlite_sequence remembers a higher seq). `progress` gets
    // the count read so far and may return false to stop early.
    Result<ChainVerification> verify(const std::function<bool(qint64)> &progress = {}) const;

    // Newest first, `limit` at most, older than `beforeSeq` when given (keyset paging).
    Result<QList<AuditEntry>> list(const AuditFilter &filter, int limit,
                                   std::optional<qint64> beforeSeq = {}) const;
    // The count and page anchors (seqs) of list(filter, ...) in one scan.
    Result<PageAnchors> anchors(const AuditFilter &filter, int pageSize) const;

    static QString genesisHash();
    static QString computeHash(const QString &prevHash, qint64 createdAtMs,
                               const QString &eventType, const QByteArray &canonicalPayload);
    // The same on UTF-8 bytes, the hex hash as Latin-1 bytes: for appends, which bind bytes.
    static QByteArray computeHashUtf8(QByteArrayView prevHash, qint64 createdAtMs,
                                      QByteArrayView eventType, QByteArrayView canonicalPayload);
    // The signing key from AISTACK_AUDIT_KEY, or empty when unset or shorter than 32 bytes.
    static QByteArray signingKey();
    // Why AISTACK_AUDIT_KEY is set but cannot be used (shorter than 32 bytes), or empty.
    static QString signingKeyProblem();
    static QString sign(const QString &hash, const QByteArray &key);
    // The same on the hash's bytes, the hex signature as Latin-1 bytes.
    static QByteArray signUtf8(QByteArrayView hash, const QByteArray &key);

private:
    // True for a UTF-8 database, whose text the chain reads and writes as exact bytes.
    bool storesUtf8() const;

    const Database &m_db;
};

} // namespace tenantdesk
