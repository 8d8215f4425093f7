#pragma once

#include "widgets/common/viewpage.h"

#include "ui_membershipspage.h"

#include "core/access/effectiveaccess.h"
#include "core/tenancy/membershipservice.h"

#include <functional>

namespace tenantdesk {

class MembershipHistory;
class MembershipListModel;
class PageScaffold;
class Session;

// The membership editor of the active tenant: who holds which role where, filtered by scope
// (all, tenant-wide, one workspace) and by name, loaded lazily (1,000,000 rows open at
// once). Roles change inline (RoleDelegate) or for a multi-selection at once; members are
// added and revoked; CSV files are imported and exported. Every edit goes through
// MembershipHistory (one MembershipService batch, undoable). Actions the signed-in user may
// not take are disabled, their tooltip giving core's reason.
class MembershipsPage : public ViewPage
{
    Q_OBJECT

public:
    MembershipsPage(Session *session, MembershipHistory *history, QWidget *parent = nullptr);

    QString title() const override { return tr("Members"); }
    QIcon icon() const override;
    void focusSearch() override;
    QList<QAction *> pageActions() const override;

    MembershipListModel *model() const { return m_model; }
    QTableView *tableView() const { return ui.tableView; }
    QComboBox *scopeBox() const { return ui.scopeCombo; }
    QLineEdit *searchField() const { return ui.searchEdit; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    QAction *addAction() const { return m_add; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *pruneAction() const { return m_prune; }
    // "Make member", "Make workspace_admin", "Make tenant_admin", for the selection.
    QAction *changeRoleAction(TenantRole role) const;

    // The selected memberships, in table order.
    QList<Membership> selectedMemberships() const;
    void changeSelectedRoles(TenantRole role);
    void revokeSelected();
    // Writes what the current filter shows to path as CSV; done gets whether it worked.
    void exportTo(const QString &path, std::function<void(bool)> done = {});
    // Lists the memberships of deleted users and, once confirmed, removes them all (each
    // with its audit entry); done gets how many were removed (-1: not done).
    void pruneOrphans(std::function<void(int)> done = {});

Q_SIGNALS:
    // The user of the current row (empty id: none), for the effective access panel.
    void currentUserChanged(const QString &userId, const QString &label);
    // The action states match the selection and the rights again.
    void actionsUpdated();

private:
    void followContext();
    void loadScopes();
    void loadAddRights();
    void applyScope();
    void requestRoleChange(const Membership &membership, TenantRole role);
    void addMember();
    void importCsv();
    void exportCsv();
    void updateActions();
    void emitCurrentUser();

    Ui::MembershipsPage ui;
    Session *m_session;
    MembershipHistory *m_history;
    MembershipListModel *m_model;
    PageScaffold *m_scaffold;
    QAction *m_add;
    QAction *m_editRole;
    QAction *m_makeMember;
    QAction *m_makeWorkspaceAdmin;
    QAction *m_makeTenantAdmin;
    QAction *m_revoke;
    QAction *m_import;
    QAction *m_export;
    QAction *m_prune;
    QString m_tenantName;
    QString m_tenantSlug;
    // Whether the signed-in user may grant anything anywhere in the tenant, and if not why.
    std::optional<bool> m_mayAdd;
    QString m_addRefusal;
    // Whether the signed-in user may manage every tenant-wide role (prune), and if not why.
    std::optional<bool> m_mayPrune;
    QString m_pruneRefusal;
    quint64 m_addRightsSerial = 0;
};

} // namespace tenantdesk
