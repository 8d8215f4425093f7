#include "core/tenancy/queuedgrants.h"

#include "core/audit/auditappender.h"
#include "core/database/database.h"
#include "core/database/nativestatement.h"
#include "core/tenancy/membershipaudit.h"
#include "core/tenancy/tenancysql.h"

#include <utility>

namespace tenantdesk::membership {

namespace {

// Why many rows to one INSERT: every INSERT into tenant_users runs its trigger, so SQLite keeps
// a statement journal for it, a copy of each page the statement changes (the row's table page
// and six index pages, about 40 KB). One INSERT per row made that copy per row, which cost
// more than the row itself; one per kRowsPerInsert rows makes it once for them all.
QByteArray insertRowsSql(qsizetype rows)
{
    QByteArray sql = "INSERT INTO tenant_users (tenant_id, user_id, workspace_id, role, "
                     "created_at) VALUES (?, ?, ?, ?, ?)";
    for (qsizetype i = 1; i < rows; ++i)
        sql += ", (?, ?, ?, ?, ?)";
    return sql;
}

QByteArray scopeKey(const QByteArray &userId, const QByteArray &workspaceId)
{
    return userId + '|' + workspaceId;
}

} // namespace

QueuedGrants::QueuedGrants(const Database &db, const QString &tenantId)
    : m_db(db)
    , m_tenantId(tenantId.toUtf8())
{ }

QueuedGrants::~QueuedGrants() = default;

void QueuedGrants::add(Grant grant, bool actorsOwn)
{
    if (m_grants.isEmpty())
        m_grants.reserve(kRowsPerInsert);
    m_scopes.insert(scopeKey(grant.userId, grant.workspaceId));
    m_actorsOwn = m_actorsOwn || actorsOwn;
    m_grants.append(std::move(grant));
}

bool QueuedGrants::holdsScope(const QByteArray &userId, const QByteArray &workspaceId) const
{
    return m_scopes.contains(scopeKey(userId, workspaceId));
}

void QueuedGrants::clear()
{
    m_grants.clear();
    m_scopes.clear();
    m_actorsOwn = false;
}

NativeStatement &QueuedGrants::insertOf(qsizetype rows)
{
    std::unique_ptr<NativeStatement> &insert = m_inserts[rows];
    if (!insert)
        insert = std::make_unique<NativeStatement>(m_db, insertRowsSql(rows));
    return *insert;
}

Result<QList<QueuedGrants::Refused>> QueuedGrants::write(AuditAppender &audit)
{
    const QList<Grant> grants = std::exchange(m_grants, {});
    clear();
    QList<Refused> refused;
    if (grants.isEmpty())
        return refused;
    // grants and m_tenantId hold the bytes until each statement has run.
    const auto bind = [this](NativeStatement &insert, int first, const Grant &grant) {
        insert.bindTextBorrowed(first, m_tenantId);
        insert.bindTextBorrowed(first + 1, grant.userId);
        insert.bindTextOrNullBorrowed(first + 2, grant.workspaceId);
        insert.bindTextBorrowed(first + 3, grant.role);
        insert.bindInt64(first + 4, grant.createdAt);
    };
    // The entries' payloads and hashes are written on another core while the grants are; the
    // copy of the list shares the grants, which nothing changes meanwhile.
    auto ahead = audit.hashAhead(grants.size(), [grants](qsizetype i) {
        return AuditAppender::CanonicalEntry{grants.at(i).event, auditPayload(grants.at(i).record)};
    });
    if (!ahead)
        return ahead.error();
    NativeStatement &all = insertOf(grants.size());
    for (qsizetype i = 0; i < grants.size(); ++i)
        bind(all, int(5 * i + 1), grants.at(i));
    auto inserted = all.run();
    if (!inserted && inserted.error().code != ErrorCode::Conflict)
        return tenancy::explain(m_db, inserted.error());
    if (inserted) {
        if (auto logged = audit.append(std::move(*ahead)); !logged)
            return logged.error();
        return refused;
    }
    // A row broke one of the schema's rules, and SQLite undid the statement whole: write them
    // one by one, so that only that row is refused, and audit the others.
    QList<AuditAppender::CanonicalEntry> entries;
    NativeStatement &one = insertOf(1);
    for (const Grant &grant : grants) {
        bind(one, 1, grant);
        if (auto written = one.run(); !written) {
            if (written.error().code != ErrorCode::Conflict)
                return tenancy::explain(m_db, written.error());
            refused.append({grant, written.error()});
            continue;
        }
        entries.append({grant.event, auditPayload(grant.record)});
    }
    if (auto logged = audit.appendCanonical(entries); !logged)
        return logged.error();
    return refused;
}

} // namespace tenantdesk::membership
