#pragma once

// Private to core: the new grants of a ChangeBatch, written many to one INSERT.

#include "core/result.h"
#include "core/tenancy/membershipaudit.h"
#include "core/tenancy/tenancytypes.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace tenantdesk {

class AuditAppender;
class Database;
class NativeStatement;

namespace membership {

// New grants a ChangeBatch has judged and answered "Added", not written yet. write() puts
// their rows into tenant_users up to kRowsPerInsert to one INSERT, then their audit entries,
// in order: the table and the chain end up as if each had been written when it was judged.
// The batch writes them before anything could see them.
class QueuedGrants
{
public:
    struct Grant
    {
        qsizetype resultIndex = 0; // of the batch's results
        QByteArray userId;
        QByteArray workspaceId; // empty: tenant-wide
        QByteArray role;
        qint64 createdAt = 0;
        QString event;
        AuditRecord record; // its payload is written when the grant is
        // For the refusal, should the schema say no to the row.
        QString userLabel;
        std::optional<Workspace> target;
    };
    // A grant whose row the schema's own guards refused: neither it nor its entry is written.
    struct Refused
    {
        Grant grant;
        Error error;
    };

    static constexpr qsizetype kRowsPerInsert = 256;

    QueuedGrants(const Database &db, const QString &tenantId);
    ~QueuedGrants();
    QueuedGrants(const QueuedGrants &) = delete;
    QueuedGrants &operator=(const QueuedGrants &) = delete;

    // actorsOwn: a grant of the acting user, whose rights it may change.
    void add(Grant grant, bool actorsOwn);
    bool isEmpty() const { return m_grants.isEmpty(); }
    bool isFull() const { return m_grants.size() >= kRowsPerInsert; }
    bool holdsScope(const QByteArray &userId, const QByteArray &workspaceId) const;
    bool holdsActorsOwn() const { return m_actorsOwn; }
    void clear();

    // Writes the queue and empties it; the grants the schema refused come back.
    Result<QList<Refused>> write(AuditAppender &audit);

private:
    NativeStatement &insertOf(qsizetype rows);

    const Database &m_db;
    QByteArray m_tenantId;
    QList<Grant> m_grants;
    QSet<QByteArray> m_scopes; // "user id|workspace id"
    bool m_actorsOwn = false;
    // The INSERT of n rows at once, by n.
    std::map<qsizetype, std::unique_ptr<NativeStatement>> m_inserts;
};

} // namespace membership
} // namespace tenantdesk
