#include "widgets/memberships/membershipactionrights.h"

#include "models/session/session.h"
#include "widgets/memberships/membershipspage.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/membershiplistmodel.h"

#include "core/access/effectiveaccess.h"

#include <algorithm>

namespace tenantdesk {

MembershipActionRights::MembershipActionRights(Session *session, MembershipListModel *model,
                                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{ }

void MembershipActionRights::reset()
{
    m_mayAdd.reset();
    m_mayPrune.reset();
}

void MembershipActionRights::load()
{
    const QString tenantId = m_model->tenantId();
    const quint64 serial = ++m_addRightsSerial;
    if (tenantId.isEmpty())
        return;
    using Rights = Result<QList<GrantRights>>;
    m_session->worker()->run<Rights>(
            this,
            [tenantId](const Database &db, const Actor &actor) {
                return EffectiveAccess(db, actor).grantRightsWhereActorHolds(tenantId);
            },
            [this, serial](Rights rights) {
                if (serial != m_addRightsSerial)
                    return;
                if (!rights) {
                    m_mayAdd = false;
                    m_addRefusal = rights.error().message;
                    m_mayPrune = false;
                    m_pruneRefusal = m_addRefusal;
                } else {
                    m_mayAdd = std::any_of(rights->cbegin(), rights->cend(),
                                           [](const GrantRights &scope) {
                                               return scope.highest != TenantRole::None;
                                           });
                    m_addRefusal = rights->isEmpty() ? QString() : rights->first().refusal;
                    // The first scope is the tenant-wide one: pruning may touch any role.
                    m_mayPrune = !rights->isEmpty()
                            && rights->first().highest == TenantRole::TenantAdmin;
                    m_pruneRefusal = MembershipsPage::tr(
                            "Only a tenant_admin of this tenant or a global admin "
                            "may remove the memberships of deleted users.");
                }
                Q_EMIT changed();
            });
}

void MembershipActionRights::checkLastTenantAdmin(const QList<Membership> &selected)
{
    const quint64 serial = ++m_invariantSerial;
    const bool hadRefusals = !m_invariantRefusals.isEmpty();
    m_invariantRefusals.clear();
    const bool anyTenantAdmin
            = std::any_of(selected.cbegin(), selected.cend(), [](const Membership &m) {
                  return m.isTenantWide() && m.role == TenantRole::TenantAdmin;
              });
    if (!anyTenantAdmin) {
        if (hadRefusals)
            Q_EMIT changed();
        return;
    }
    const QString tenantId = m_model->tenantId();
    using Refusals = Result<QMap<TenantRole, QString>>;
    m_session->worker()->run<Refusals>(
            this,
            [tenantId, selected](const Database &db, const Actor &actor) -> Refusals {
                QMap<TenantRole, QString> refusals;
                for (TenantRole role :
                     {TenantRole::None, TenantRole::Member, TenantRole::WorkspaceAdmin}) {
                    QList<MembershipChange> changes;
                    for (const Membership &m : selected) {
                        MembershipChange change;
                        change.kind = role == TenantRole::None ? MembershipChange::Kind::Revoke
                                                               : MembershipChange::Kind::Grant;
                        change.userId = m.userId;
                        change.workspaceId = m.workspaceId;
                        change.role = role;
                        changes.append(change);
                    }
                    auto results = MembershipService(db, actor).apply(tenantId, changes, true,
                                                                      /*dryRun=*/true);
                    if (!results)
                        return results.error();
                    for (const MembershipChangeResult &result : std::as_const(*results)) {
                        if (result.outcome == MembershipChangeResult::Outcome::Refused
                            && result.error && result.error->code == ErrorCode::Conflict) {
                            refusals.insert(role, result.error->message);
                            break;
                        }
                    }
                }
                return refusals;
            },
            [this, serial](Refusals refusals) {
                if (serial != m_invariantSerial || !refusals)
                    return;
                m_invariantRefusals = *refusals;
                Q_EMIT changed();
            });
}

} // namespace tenantdesk
