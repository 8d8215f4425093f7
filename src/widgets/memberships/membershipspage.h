#pragma once

#include "widgets/common/viewpage.h"

#include "ui_membershipspage.h"

#include "core/access/effectiveaccess.h"
#include "core/tenancy/membershipservice.h"

#include <QMap>

#include <functional>

class QToolButton;

namespace tenantdesk {
class NoticeBar;
}

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

    // The tab and menu title and the icon, known before the page is built (MainWindow builds
    // pages when first shown).
    static QString pageTitle() { return tr("Members"); }
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    void focusSearch() override;
    QList<QAction *> pageActions() const override;

    MembershipListModel *model() const { return m_model; }
    QTableView *tableView() const { return ui.tableView; }
    QComboBox *scopeBox() const { return ui.scopeCombo; }
    // Shown while the list is narrowed: back to all memberships in one click.
    QToolButton *showAllButton() const { return m_showAll; }
    QLineEdit *searchField() const { return ui.searchEdit; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    QAction *addAction() const { return m_add; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *pruneAction() const { return m_prune; }
    QAction *editRoleAction() const { return m_editRole; }
    // The Change Role button: enabled only while some role may be given to the selection.
    QToolButton *changeRoleButton() const { return m_changeButton; }
    // The inline message area: why a cell or action is locked, for the keyboard user.
    NoticeBar *refusalNotice() const { return m_refusalNotice; }
    // "Make member", "Make workspace_admin", "Make tenant_admin", for the selection.
    QAction *changeRoleAction(TenantRole role) const;

    // The selected memberships, in table order. The model holds the rows around those shown:
    // complete (when given) says whether every selected row was among them.
    QList<Membership> selectedMemberships(bool *complete = nullptr) const;
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
    // The active workspace changed: narrow the list to it (all memberships without one).
    void narrowToWorkspace();
    void requestRoleChange(const Membership &membership, TenantRole role);
    void addMember();
    void importCsv();
    void exportCsv();
    void updateActions();
    void emitCurrentUser();
    // F2 or a double click on a role the user may not change: say why, inline.
    void explainLockedRole();
    // Asks core (a dry run) whether revoking or demoting the selected tenant-wide
    // tenant_admins would be refused (the tenant's last one), so those actions can be
    // disabled with core's reason before anyone tries.
    void checkLastTenantAdmin();
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    QString m_workspaceId; // of the context the page follows
    QString m_narrowTo;    // a workspace scope to select once the scopes are loaded
    QToolButton *m_showAll = nullptr;
    QToolButton *m_changeButton = nullptr;
    NoticeBar *m_refusalNotice = nullptr;
    // Core's refusal of each role change (None: revoke) of the selection, by dry run.
    QMap<TenantRole, QString> m_invariantRefusals;
    quint64 m_invariantSerial = 0;
    // Whether the signed-in user may grant anything anywhere in the tenant, and if not why.
    std::optional<bool> m_mayAdd;
    QString m_addRefusal;
    // Whether the signed-in user may manage every tenant-wide role (prune), and if not why.
    std::optional<bool> m_mayPrune;
    QString m_pruneRefusal;
    quint64 m_addRightsSerial = 0;
    // The current row's page was on its way when it became current.
    bool m_currentUserPending = false;
};

} // namespace tenantdesk
