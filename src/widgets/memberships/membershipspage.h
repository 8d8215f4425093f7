#pragma once

#include "widgets/common/viewpage.h"
#include "widgets/memberships/membershipactions.h"
#include "widgets/memberships/membershipscopefilter.h"

#include "ui_membershipspage.h"

#include "core/tenancy/membershipservice.h"

#include <functional>

class QToolButton;

namespace tenantdesk {
class NoticeBar;
}

namespace tenantdesk {

class MembershipActionRights;
class MembershipCsvFiles;
class MembershipHistory;
class MembershipListModel;
class MembershipOrphanPruning;
class PageScaffold;
class Session;

// The membership editor of the active tenant: who holds which role where, filtered by scope
// (all, tenant-wide, one workspace) and by name, loaded lazily (1,000,000 rows open at
// once). Roles change inline (RoleDelegate) or for a multi-selection at once; members are
// added and revoked; CSV files are imported and exported. Every edit goes through
// MembershipHistory (one MembershipService batch, undoable). Actions the signed-in user may
// not take are disabled, their tooltip giving core's reason.
//
// The page itself holds the table and the edits made on it, and assembles the rest from
// parts: MembershipScopeFilter (the Show combo, following the active workspace),
// MembershipActions and MembershipActionRights (the actions and when each is available),
// MembershipCsvFiles (import and export) and MembershipOrphanPruning.
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
    QToolButton *showAllButton() const { return m_scope->showAllButton(); }
    QLineEdit *searchField() const { return ui.searchEdit; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    QAction *addAction() const { return m_actions->addAction(); }
    QAction *revokeAction() const { return m_actions->revokeAction(); }
    QAction *importAction() const { return m_actions->importAction(); }
    QAction *exportAction() const { return m_actions->exportAction(); }
    QAction *pruneAction() const { return m_actions->pruneAction(); }
    QAction *editRoleAction() const { return m_actions->editRoleAction(); }
    // The Change Role button: enabled only while some role may be given to the selection.
    QToolButton *changeRoleButton() const { return m_actions->changeRoleButton(); }
    // The inline message area: why a cell or action is locked, for the keyboard user.
    NoticeBar *refusalNotice() const { return m_refusalNotice; }
    // "Make member", "Make workspace_admin", "Make tenant_admin", for the selection.
    QAction *changeRoleAction(TenantRole role) const { return m_actions->changeRoleAction(role); }
    // The tenant shown, as the active context names it.
    QString tenantName() const { return m_tenantName; }
    QString tenantSlug() const { return m_tenantSlug; }

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
    void requestRoleChange(const Membership &membership, TenantRole role);
    void addMember();
    void updateActions();
    void emitCurrentUser();

    Ui::MembershipsPage ui;
    Session *m_session;
    MembershipHistory *m_history;
    MembershipListModel *m_model;
    PageScaffold *m_scaffold;
    MembershipActionRights *m_rights;
    MembershipActions *m_actions;
    MembershipScopeFilter *m_scope;
    NoticeBar *m_refusalNotice;
    MembershipCsvFiles *m_csvFiles;
    MembershipOrphanPruning *m_orphanPruning;
    QString m_tenantName;
    QString m_tenantSlug;
    // The current row's page was on its way when it became current.
    bool m_currentUserPending = false;
};

} // namespace tenantdesk
