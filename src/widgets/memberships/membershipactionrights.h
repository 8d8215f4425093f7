#pragma once

#include "core/tenancy/membershipservice.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace tenantdesk {

class MembershipListModel;
class Session;

// What the signed-in user may do on the memberships page beyond each row's own rights (which
// the model knows): add members and remove deleted users' memberships anywhere in the tenant,
// and revoke or demote the selection without leaving the tenant without a tenant_admin. Each
// is a question to core on the worker, and its answer may come after the tenant or the
// selection has changed again: this class asks, drops such stale answers and keeps the rest
// for MembershipActions.
class MembershipActionRights : public QObject
{
    Q_OBJECT

public:
    MembershipActionRights(Session *session, MembershipListModel *model, QObject *parent);

    // Another tenant: what the user may add or prune is unknown until load() answers.
    void reset();
    // Asks whether the signed-in user may grant anything in the model's tenant: tenant-wide,
    // or on one of the workspaces where they hold a grant themselves (a workspace_admin adds
    // to theirs); the same answer says whether they may prune.
    void load();
    // Asks core (a dry run) whether revoking or demoting the selected tenant-wide
    // tenant_admins would be refused (the tenant's last one), so those actions can be
    // disabled with core's reason before anyone tries.
    void checkLastTenantAdmin(const QList<Membership> &selected);

    // Whether the signed-in user may grant anything anywhere in the tenant, and if not why.
    std::optional<bool> mayAdd() const { return m_mayAdd; }
    QString addRefusal() const { return m_addRefusal; }
    // Whether the signed-in user may manage every tenant-wide role (prune), and if not why.
    std::optional<bool> mayPrune() const { return m_mayPrune; }
    QString pruneRefusal() const { return m_pruneRefusal; }
    // Core's refusal of giving the selection role (None: revoking it), empty when none.
    QString lastTenantAdminRefusal(TenantRole role) const
    {
        return m_invariantRefusals.value(role);
    }

Q_SIGNALS:
    // An answer came that the actions' states must follow.
    void changed();

private:
    Session *m_session;
    MembershipListModel *m_model;
    // Core's refusal of each role change (None: revoke) of the selection, by dry run.
    QMap<TenantRole, QString> m_invariantRefusals;
    quint64 m_invariantSerial = 0;
    std::optional<bool> m_mayAdd;
    QString m_addRefusal;
    std::optional<bool> m_mayPrune;
    QString m_pruneRefusal;
    quint64 m_addRightsSerial = 0;
};

} // namespace tenantdesk
