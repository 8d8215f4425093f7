#pragma once

#include "core/database/nativestatement.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>

namespace tenantdesk {

class Database;

// Appends entries to aistack's audit chain (architecture.md §2) with statements prepared once:
// what AuditLog::append does for one entry, for the many entries of one write transaction
// (a CSV import audits every row it applies). What the file offers (the table, its text
// encoding) and the signing key are read on the first append and kept.
class AuditAppender
{
public:
    explicit AuditAppender(const Database &db);

    // Appends one entry after the chain's current last one. Call it inside the write
    // transaction of the change it records. Does nothing where the file has no audit table.
    Result<void> append(const QString &eventType, const QJsonObject &payload);
    // The same for a payload already in canonical form (canonicaljson.h), as
    // CanonicalObjectWriter writes it: the bytes are hashed and stored as they are.
    Result<void> appendCanonical(const QString &eventType, const QByteArray &canonicalPayload);

    struct CanonicalEntry
    {
        QString eventType;
        QByteArray payload; // canonical
    };
    // Appends the entries in order, exactly as appendCanonical one by one would, with one
    // INSERT for up to 256 of them (AUTOINCREMENT's counter is then updated once per INSERT,
    // not per entry).
    Result<void> appendCanonical(const QList<CanonicalEntry> &entries);

    // Entries whose hashes are computed on another thread while the caller writes something
    // that is not an audit entry (a batch's grants); append(Ahead) then writes them.
    class Ahead
    {
    private:
        friend class AuditAppender;
        struct Chain
        {
            QList<CanonicalEntry> entries;
            QList<QByteArray> links; // hash, then signature or empty, per entry
        };
        QByteArray m_prevHash;
        QList<qint64> m_createdAt;
        std::future<Chain> m_chain;
    };
    // Reads the chain's last hash now, under the caller's write lock, and starts making count
    // entries (entryAt(i): the payloads are written there too) and hashing them after it, on
    // another thread. entryAt may read only what nothing changes until append(Ahead); until
    // then nothing else may be appended to the chain.
    Result<Ahead> hashAhead(qsizetype count, std::function<CanonicalEntry(qsizetype)> entryAt);
    // Appends what hashAhead prepared, as appendCanonical(entries) would have.
    Result<void> append(Ahead &&ahead);

private:
    Result<void> setUp();
    Result<QByteArray> chainTail();
    // links: hashChain's answer for entries.
    Result<void> insert(const QList<CanonicalEntry> &entries, QByteArray prevHash,
                        const QList<qint64> &createdAt, const QList<QByteArray> &links);
    NativeStatement &insertRows(qsizetype rows);

    const Database &m_db;
    std::optional<bool> m_available;
    bool m_utf8 = true;
    QByteArray m_key;
    NativeStatement m_last;
    // The INSERT of n entries at once, by n.
    std::map<qsizetype, std::unique_ptr<NativeStatement>> m_insertRows;
};

} // namespace tenantdesk
