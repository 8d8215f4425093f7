#pragma once

// Private to core: the invariants of architecture.md §3 for one membership change, shared by every
// path that changes tenant_users (grant, revoke, removal from a tenant, batches).

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenancytypes.h"

#include <memory>
#include <optional>

namespace tenantdesk {

class Database;

namespace membership {

// Checks one change against access rules and invariants and, when allowed, writes it and its
// audit entry. Must run inside the caller's write transaction. A refusal is reported in the
// result (outcome Refused with its error) and changes nothing; the Result itself fails only
// when the database does.
Result<MembershipChangeResult> applyChange(const Database &db, const Actor &actor,
                                           const Tenant &tenant, const MembershipChange &change);

// applyChange for many changes of one tenant in one write transaction (a CSV import, a batch):
// each change is judged exactly as applyChange judges it, against the state the changes
// before it left, but the statements are prepared once and every workspace is read once.
// Lives inside the caller's write transaction.
class ChangeBatch
{
public:
    ChangeBatch(const Database &db, const Actor &actor, const Tenant &tenant);
    ~ChangeBatch();
    ChangeBatch(const ChangeBatch &) = delete;
    ChangeBatch &operator=(const ChangeBatch &) = delete;

    // One change, written before it returns.
    Result<MembershipChangeResult> apply(const MembershipChange &change);
    // Every change in order, with the same results and audit entries as apply() one by one;
    // new grants are written many rows to one INSERT (see the .cpp for why and how that
    // stays exact). Everything is written when it returns.
    Result<QList<MembershipChangeResult>> applyAll(const QList<MembershipChange> &changes);

private:
    struct Statements;
    Result<std::optional<Workspace>> workspace(const QString &id);
    Result<MembershipChangeResult> applyOne(const MembershipChange &change);
    Result<void> flushPending();

    const Database &m_db;
    Actor m_actor;
    Tenant m_tenant;
    std::unique_ptr<Statements> m_statements;
    // applyAll's results so far, while it runs (null otherwise: nothing is deferred).
    QList<MembershipChangeResult> *m_results = nullptr;
};

} // namespace membership
} // namespace tenantdesk
