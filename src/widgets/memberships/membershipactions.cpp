#include "widgets/memberships/membershipactions.h"

#include "models/session/actiongate.h"
#include "widgets/common/icons.h"
#include "widgets/common/pagescaffold.h"
#include "widgets/memberships/membershipactionrights.h"
#include "widgets/memberships/membershipspage.h"

#include "models/lists/membershiplistmodel.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace tenantdesk {

MembershipActions::MembershipActions(PageScaffold *scaffold, MembershipListModel *model,
                                     QTableView *view, MembershipActionRights *rights,
                                     QWidget *page)
    : QObject(page)
    , m_model(model)
    , m_view(view)
    , m_rights(rights)
{
    m_add = scaffold->addAction(
            MembershipsPage::tr("&Add Member…"), QStringLiteral("list-add"), QKeySequence::New,
            MembershipsPage::tr("Give a user a role in this tenant or one of its workspaces"),
            [this] { Q_EMIT addRequested(); });
    m_editRole = scaffold->addAction(
            MembershipsPage::tr("&Edit Role"), QStringLiteral("edit-rename"), Qt::Key_F2,
            MembershipsPage::tr("Change the role of the current row in place"), [this] {
                m_view->edit(
                        m_view->currentIndex().siblingAtColumn(MembershipListModel::RoleColumn));
            });
    m_makeMember = scaffold->addAction(
            MembershipsPage::tr("Make &Member"), {}, {},
            MembershipsPage::tr("Give the selected memberships the role member"),
            [this] { Q_EMIT changeRolesRequested(TenantRole::Member); });
    m_makeWorkspaceAdmin = scaffold->addAction(
            MembershipsPage::tr("Make &Workspace Admin"), {}, {},
            MembershipsPage::tr("Give the selected memberships the role workspace_admin"),
            [this] { Q_EMIT changeRolesRequested(TenantRole::WorkspaceAdmin); });
    m_makeTenantAdmin = scaffold->addAction(
            MembershipsPage::tr("Make &Tenant Admin"), {}, {},
            MembershipsPage::tr("Give the selected tenant-wide memberships the role "
                                "tenant_admin"),
            [this] { Q_EMIT changeRolesRequested(TenantRole::TenantAdmin); });
    m_revoke = scaffold->addAction(
            MembershipsPage::tr("&Revoke"), QStringLiteral("edit-delete"), QKeySequence::Delete,
            MembershipsPage::tr("Revoke the selected memberships (Undo brings them back)"),
            [this] { Q_EMIT revokeRequested(); });
    m_import = scaffold->addAction(
            MembershipsPage::tr("&Import CSV…"), QStringLiteral("document-import"), {},
            MembershipsPage::tr("Add and change memberships from a CSV file, with a preview"),
            [this] { Q_EMIT importRequested(); });
    m_export = scaffold->addAction(MembershipsPage::tr("E&xport CSV…"),
                                   QStringLiteral("document-export"), {},
                                   MembershipsPage::tr("Write the memberships shown to a CSV file"),
                                   [this] { Q_EMIT exportRequested(); });
    m_prune = scaffold->addAction(
            MembershipsPage::tr("Remove &Deleted Users' Memberships…"),
            QStringLiteral("edit-delete"), {},
            MembershipsPage::tr(
                    "Remove every membership of this tenant whose user no longer exists"),
            [this] { Q_EMIT pruneRequested(); });
    // Edit Role is for the keyboard; the three role changes share one button with a menu;
    // removing deleted users' memberships is rare enough for the page's menu alone.
    QToolBar *toolbar = scaffold->toolbar();
    for (QAction *action :
         {m_editRole, m_makeMember, m_makeWorkspaceAdmin, m_makeTenantAdmin, m_prune})
        toolbar->removeAction(action);
    auto *changeMenu = new QMenu(page);
    changeMenu->addActions({m_makeMember, m_makeWorkspaceAdmin, m_makeTenantAdmin});
    m_changeButton = new QToolButton(page);
    m_changeButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_changeButton->setText(MembershipsPage::tr("&Change Role"));
    m_changeButton->setIcon(Icons::themed(QStringLiteral("edit-rename")));
    m_changeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_changeButton->setPopupMode(QToolButton::InstantPopup);
    m_changeButton->setMenu(changeMenu);
    m_changeButton->setAccessibleName(MembershipsPage::tr("Change role of the selection"));
    toolbar->insertWidget(m_revoke, m_changeButton);
    m_add->setObjectName(QStringLiteral("addMemberAction"));
    m_revoke->setObjectName(QStringLiteral("revokeMemberAction"));
    m_import->setObjectName(QStringLiteral("importMembersAction"));
    m_export->setObjectName(QStringLiteral("exportMembersAction"));
    m_prune->setObjectName(QStringLiteral("pruneMembersAction"));

    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex role = index.siblingAtColumn(MembershipListModel::RoleColumn);
        if (!(m_model->flags(role) & Qt::ItemIsEditable))
            explainLockedRole();
        else if (index.column() != MembershipListModel::RoleColumn)
            m_view->edit(role);
    });
    // F2 on a locked role: the disabled Edit Role action does not fire, so the view hears it.
    m_view->installEventFilter(this);
}

QAction *MembershipActions::changeRoleAction(TenantRole role) const
{
    switch (role) {
    case TenantRole::Member:
        return m_makeMember;
    case TenantRole::WorkspaceAdmin:
        return m_makeWorkspaceAdmin;
    case TenantRole::TenantAdmin:
        return m_makeTenantAdmin;
    case TenantRole::None:
        break;
    }
    return nullptr;
}

void MembershipActions::update(const QList<Membership> &selected, bool complete)
{
    const bool hasTenant = !m_model->tenantId().isEmpty();
    const QString noTenant = MembershipsPage::tr("Switch to a tenant first.");
    const std::optional<bool> mayAdd = m_rights->mayAdd();
    const std::optional<bool> mayPrune = m_rights->mayPrune();
    ActionGate::present(m_add, hasTenant && mayAdd.value_or(false), m_add->data().toString(),
                        !hasTenant       ? noTenant
                                : mayAdd ? m_rights->addRefusal()
                                         : MembershipsPage::tr("checking what you may grant…"));
    ActionGate::present(m_import, m_add->isEnabled(), m_import->data().toString(),
                        !hasTenant ? noTenant : m_rights->addRefusal());
    ActionGate::present(m_export, hasTenant, m_export->data().toString(), noTenant);
    ActionGate::present(m_prune, hasTenant && mayPrune.value_or(false), m_prune->data().toString(),
                        !hasTenant         ? noTenant
                                : mayPrune ? m_rights->pruneRefusal()
                                           : MembershipsPage::tr("checking what you may change…"));

    const QModelIndex current = m_view->currentIndex();
    const bool currentEditable = current.isValid()
            && (m_model->flags(current.siblingAtColumn(MembershipListModel::RoleColumn))
                & Qt::ItemIsEditable);
    ActionGate::present(m_editRole, currentEditable, m_editRole->data().toString(),
                        current.isValid()
                                ? current.data(MembershipListModel::RefusalRole).toString()
                                : MembershipsPage::tr("Select a membership first."));

    const QString notLoaded
            = MembershipsPage::tr("The selection reaches rows that are not loaded; select "
                                  "fewer rows, or scroll through them first.");
    QStringList noRole;
    bool anyRole = false;
    for (TenantRole role :
         {TenantRole::Member, TenantRole::WorkspaceAdmin, TenantRole::TenantAdmin}) {
        QAction *action = changeRoleAction(role);
        QString why = complete ? m_model->refusalFor(selected, role) : notLoaded;
        if (why.isEmpty())
            why = m_rights->lastTenantAdminRefusal(role);
        ActionGate::present(action, why.isEmpty(), action->data().toString(), why);
        anyRole = anyRole || why.isEmpty();
        if (!why.isEmpty() && !noRole.contains(why))
            noRole.append(why);
    }
    // Not a menu of greyed items: the button itself is disabled, and says why.
    m_changeButton->setEnabled(anyRole);
    const QString changeTip = anyRole
            ? MembershipsPage::tr("Change the role of the selected memberships")
            : MembershipsPage::tr("Change Role is not available: %1")
                      .arg(noRole.join(QLatin1Char(' ')));
    m_changeButton->setToolTip(changeTip);
    m_changeButton->setStatusTip(changeTip);
    m_changeButton->setWhatsThis(changeTip);
    QString whyNotRevoke = complete ? m_model->refusalFor(selected, TenantRole::None) : notLoaded;
    if (whyNotRevoke.isEmpty())
        whyNotRevoke = m_rights->lastTenantAdminRefusal(TenantRole::None);
    ActionGate::present(m_revoke, whyNotRevoke.isEmpty(), m_revoke->data().toString(),
                        whyNotRevoke);
}

bool MembershipActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier
        && !m_editRole->isEnabled() && m_view->currentIndex().isValid()) {
        explainLockedRole();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void MembershipActions::explainLockedRole()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QString why = current.siblingAtColumn(MembershipListModel::RoleColumn)
                          .data(MembershipListModel::RefusalRole)
                          .toString();
    if (why.isEmpty())
        why = m_editRole->statusTip();
    Q_EMIT lockedRoleExplained(
            MembershipsPage::tr("This role cannot be changed here: %1").arg(why));
}

} // namespace tenantdesk
