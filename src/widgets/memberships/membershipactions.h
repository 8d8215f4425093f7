#pragma once

#include "core/tenancy/membershipservice.h"

#include <QList>
#include <QObject>

class QAction;
class QTableView;
class QToolButton;
class QWidget;

namespace tenantdesk {

class MembershipActionRights;
class MembershipListModel;
class PageScaffold;

// The memberships page's actions (Add Member…, Edit Role, the three role changes behind the
// Change Role button, Revoke, Import and Export CSV…, Remove Deleted Users' Memberships…)
// and when each is available: only while the signed-in user may take it on the selection,
// a disabled one saying core's reason. A class of its own because those rules (the rows'
// rights, the tenant's, the last tenant_admin, rows not loaded) are a page's worth of code;
// the page carries out what the actions ask for.
class MembershipActions : public QObject
{
    Q_OBJECT

public:
    // Puts the actions on the page's scaffold. rights knows what the rows' own rights do not:
    // the tenant's, and the last tenant_admin's.
    MembershipActions(PageScaffold *scaffold, MembershipListModel *model, QTableView *view,
                      MembershipActionRights *rights, QWidget *page);

    QAction *addAction() const { return m_add; }
    QAction *editRoleAction() const { return m_editRole; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *pruneAction() const { return m_prune; }
    // "Make member", "Make workspace_admin", "Make tenant_admin", for the selection.
    QAction *changeRoleAction(TenantRole role) const;
    // The Change Role button: enabled only while some role may be given to the selection.
    QToolButton *changeRoleButton() const { return m_changeButton; }

    // Enables the actions the signed-in user may take on selected (complete: every selected
    // row was among those loaded) and disables the others with the reason.
    void update(const QList<Membership> &selected, bool complete);

Q_SIGNALS:
    void addRequested();
    void changeRolesRequested(tenantdesk::TenantRole role);
    void revokeRequested();
    void importRequested();
    void exportRequested();
    void pruneRequested();
    // F2 or a double click on a role the user may not change: text says why, for the
    // keyboard user too.
    void lockedRoleExplained(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void explainLockedRole();

    MembershipListModel *m_model;
    QTableView *m_view;
    MembershipActionRights *m_rights;
    QAction *m_add;
    QAction *m_editRole;
    QAction *m_makeMember;
    QAction *m_makeWorkspaceAdmin;
    QAction *m_makeTenantAdmin;
    QAction *m_revoke;
    QAction *m_import;
    QAction *m_export;
    QAction *m_prune;
    QToolButton *m_changeButton;
};

} // namespace tenantdesk
