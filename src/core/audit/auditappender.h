#pragma once

#include "core/database/nativestatement.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

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

private:
    Result<void> setUp();

    const Database &m_db;
    std::optional<bool> m_available;
    bool m_utf8 = true;
    QByteArray m_key;
    NativeStatement m_last;
    NativeStatement m_insert;
};

} // namespace tenantdesk
