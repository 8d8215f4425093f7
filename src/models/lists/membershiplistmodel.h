#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"

#include "core/access/effectiveaccess.h"
#include "core/tenancy/membershipservice.h"

#include <memory>
#include <optional>

namespace tenantdesk {

// The memberships of one tenant that the signed-in user may see, in rowid order, counted and
// loaded by pages as views ask (a tenant with 1,000,000 rows opens with one page and holds a
// few), optionally narrowed to the tenant-wide rows or one workspace and to a user name or
// e-mail.
//
// Along with each page, the worker asks AccessPolicy what the signed-in user may grant at
// the scopes of its rows (GrantRights): the role column is editable only where they may
// change the row, and GrantableRolesRole lists the roles they may set there. The model never
// writes: setData on the role column emits roleChangeRequested, and whoever performs the
// change refreshes the model, which then shows what the database holds.
class MembershipListModel : public KeysetTableModel<Membership>
{
    Q_OBJECT

public:
    enum Column { UserColumn, ScopeColumn, RoleColumn, GrantedColumn, ColumnCount };
    enum Role {
        // ModelRoles::IdRole: the rowid, as text; ModelRoles::RowRole: the Membership.
        GrantableRolesRole = ModelRoles::FirstModelRole, // QVariantList of int(TenantRole)
                                                         // the user may set here
        ManageableRole, // bool: the user may change or revoke this row
        RefusalRole,    // why not (or why not higher), core's sentence
    };

    explicit MembershipListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    QString tenantId() const { return m_query.tenantId; }
    // Empty: no tenant, no rows.
    void setTenantId(const QString &tenantId);
    // nullopt: every row the user may see; "": tenant-wide rows; an id: that workspace.
    std::optional<QString> workspaceScope() const { return m_query.workspaceScope; }
    void setWorkspaceScope(const std::optional<QString> &scope);
    QString filter() const { return m_query.filter; }
    void setFilter(const QString &filter);
    // What the model shows (tenant, scope, filter), for exports of the same rows.
    MembershipQuery query() const { return m_query; }

    // What the signed-in user may grant at a scope of the current tenant ("" = tenant-wide),
    // when the worker has answered for it already.
    std::optional<GrantRights> rightsAt(const QString &workspaceId) const;
    // The membership if its row is held (as it is for a row a view shows), else nullptr.
    const Membership *membershipAt(int row) const { return rowAt(row); }
    // Why the signed-in user may not give these rows `role` (or, with None, revoke them),
    // from the rights the worker has answered; empty when they may.
    QString refusalFor(const QList<Membership> &memberships, TenantRole role) const;

Q_SIGNALS:
    // The role of `membership` was edited to `role` in a view.
    void roleChangeRequested(const tenantdesk::Membership &membership, tenantdesk::TenantRole role);

protected:
    Source source() const override;

private:
    class RightsCache;

    MembershipQuery m_query;
    // Written by page jobs on the worker thread, read here: shared and locked.
    std::shared_ptr<RightsCache> m_rights;
};

} // namespace tenantdesk
