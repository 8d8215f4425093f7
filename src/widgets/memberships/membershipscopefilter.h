#pragma once

#include <QObject>
#include <QString>

class QBoxLayout;
class QComboBox;
class QToolButton;
class QWidget;

namespace tenantdesk {

class MembershipListModel;
class Session;

// The memberships page's scope: its Show combo (all memberships, the tenant-wide grants or
// one workspace's), the Show All button beside it while the list is narrowed, and the
// narrowing to the workspace the admin switches to. A class of its own because the combo's
// workspaces load on the worker while switches, refreshes and clicks go on, and which of them
// decides the scope shown is the subtle part.
class MembershipScopeFilter : public QObject
{
    Q_OBJECT

public:
    // Puts the Show All button into header, right after combo.
    MembershipScopeFilter(Session *session, MembershipListModel *model, QComboBox *combo,
                          QBoxLayout *header, QWidget *page);

    QToolButton *showAllButton() const { return m_showAll; }

    // The model shows another tenant: its workspaces load into the combo, and the list
    // narrows to workspaceId (empty: not at all) once they are there.
    void showTenant(const QString &workspaceId);
    // The same tenant, maybe another workspace: the list narrows to it (all memberships
    // without one).
    void followWorkspace(const QString &workspaceId);
    // Lists the tenant's workspaces again, keeping the one chosen while it is still there.
    void loadScopes();

private:
    // The active workspace changed: narrow the list to it (all memberships without one).
    void narrowToWorkspace();
    void applyScope();

    Session *m_session;
    MembershipListModel *m_model;
    QComboBox *m_combo;
    QToolButton *m_showAll;
    QString m_workspaceId; // of the context the page follows
    QString m_narrowTo;    // a workspace scope to select once the scopes are loaded
};

} // namespace tenantdesk
