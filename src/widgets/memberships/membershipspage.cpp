#include "widgets/memberships/membershipspage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/common/icons.h"
#include "widgets/common/noticebar.h"
#include "widgets/common/pagescaffold.h"
#include "widgets/memberships/addmemberdialog.h"
#include "widgets/memberships/csvimportdialog.h"
#include "widgets/memberships/membershiphistory.h"
#include "widgets/memberships/roledelegate.h"

#include "models/context/activecontext.h"
#include "models/lists/membershiplistmodel.h"

#include "core/csv/membershipcsv.h"
#include "core/tenancy/workspaceservice.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>

#include <utility>

namespace tenantdesk {

namespace {

constexpr int kMaxScopeWorkspaces = 1000;
// Scope combo: 0 = all, 1 = tenant-wide, then one item per workspace (its id as data).
constexpr int kAllScopes = 0;
constexpr int kTenantWide = 1;

QString scopeName(const Membership &membership)
{
    return membership.isTenantWide()
            ? MembershipsPage::tr("tenant-wide")
            : MembershipsPage::tr("workspace %1").arg(membership.workspaceSlug);
}

} // namespace

MembershipsPage::MembershipsPage(Session *session, MembershipHistory *history, QWidget *parent)
    : ViewPage(parent)
    , m_session(session)
    , m_history(history)
    , m_model(new MembershipListModel(session->worker(), this))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("membershipsPage"));
    m_scaffold = new PageScaffold(
            {this, ui.headingLabel, ui.searchEdit, ui.toolbarLayout, ui.tableView, ui.statusLabel},
            tr("Membership actions"));
    ui.searchEdit->setPlaceholderText(tr("Search names and e-mails (Ctrl+F)"));

    ui.tableView->setModel(m_model);
    ui.tableView->setAccessibleName(tr("Memberships"));
    ui.tableView->setItemDelegateForColumn(MembershipListModel::RoleColumn, new RoleDelegate(this));
    // Long workspace names must not widen the window: the combo keeps a fixed minimum and
    // elides, its popup shows the whole names.
    ui.scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ui.scopeCombo->setMinimumContentsLength(14);
    ui.scopeCombo->setMinimumWidth(0);
    QHeaderView *header = ui.tableView->horizontalHeader();
    header->resizeSection(MembershipListModel::UserColumn, 290);
    header->resizeSection(MembershipListModel::ScopeColumn, 190);
    header->resizeSection(MembershipListModel::RoleColumn, 140);
    // One line per row and fixed heights: a million rows scroll without measuring any.
    ui.tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    m_add = m_scaffold->addAction(tr("&Add Member…"), QStringLiteral("list-add"), QKeySequence::New,
                                  tr("Give a user a role in this tenant or one of its workspaces"),
                                  [this] { addMember(); });
    m_editRole = m_scaffold->addAction(tr("&Edit Role"), QStringLiteral("edit-rename"), Qt::Key_F2,
                                       tr("Change the role of the current row in place"), [this] {
                                           ui.tableView->edit(
                                                   ui.tableView->currentIndex().siblingAtColumn(
                                                           MembershipListModel::RoleColumn));
                                       });
    m_makeMember = m_scaffold->addAction(tr("Make &Member"), {}, {},
                                         tr("Give the selected memberships the role member"),
                                         [this] { changeSelectedRoles(TenantRole::Member); });
    m_makeWorkspaceAdmin
            = m_scaffold->addAction(tr("Make &Workspace Admin"), {}, {},
                                    tr("Give the selected memberships the role workspace_admin"),
                                    [this] { changeSelectedRoles(TenantRole::WorkspaceAdmin); });
    m_makeTenantAdmin
            = m_scaffold->addAction(tr("Make &Tenant Admin"), {}, {},
                                    tr("Give the selected tenant-wide memberships the role "
                                       "tenant_admin"),
                                    [this] { changeSelectedRoles(TenantRole::TenantAdmin); });
    m_revoke = m_scaffold->addAction(tr("&Revoke"), QStringLiteral("edit-delete"),
                                     QKeySequence::Delete,
                                     tr("Revoke the selected memberships (Undo brings them back)"),
                                     [this] { revokeSelected(); });
    m_import = m_scaffold->addAction(
            tr("&Import CSV…"), QStringLiteral("document-import"), {},
            tr("Add and change memberships from a CSV file, with a preview"),
            [this] { importCsv(); });
    m_export = m_scaffold->addAction(tr("E&xport CSV…"), QStringLiteral("document-export"), {},
                                     tr("Write the memberships shown to a CSV file"),
                                     [this] { exportCsv(); });
    m_prune = m_scaffold->addAction(
            tr("Remove &Deleted Users' Memberships…"), QStringLiteral("edit-delete"), {},
            tr("Remove every membership of this tenant whose user no longer exists"),
            [this] { pruneOrphans(); });
    // Edit Role is for the keyboard; the three role changes share one button with a menu;
    // removing deleted users' memberships is rare enough for the page's menu alone.
    QToolBar *toolbar = m_scaffold->toolbar();
    for (QAction *action :
         {m_editRole, m_makeMember, m_makeWorkspaceAdmin, m_makeTenantAdmin, m_prune})
        toolbar->removeAction(action);
    auto *changeMenu = new QMenu(this);
    changeMenu->addActions({m_makeMember, m_makeWorkspaceAdmin, m_makeTenantAdmin});
    auto *changeButton = new QToolButton(this);
    m_changeButton = changeButton;
    changeButton->setObjectName(QStringLiteral("changeRoleButton"));
    changeButton->setText(tr("&Change Role"));
    changeButton->setIcon(Icons::themed(QStringLiteral("edit-rename")));
    changeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    changeButton->setPopupMode(QToolButton::InstantPopup);
    changeButton->setMenu(changeMenu);
    changeButton->setAccessibleName(tr("Change role of the selection"));
    toolbar->insertWidget(m_revoke, changeButton);
    m_add->setObjectName(QStringLiteral("addMemberAction"));
    m_revoke->setObjectName(QStringLiteral("revokeMemberAction"));
    m_import->setObjectName(QStringLiteral("importMembersAction"));
    m_export->setObjectName(QStringLiteral("exportMembersAction"));
    m_prune->setObjectName(QStringLiteral("pruneMembersAction"));

    m_scaffold->setFilterHandler([this] { m_model->setFilter(m_scaffold->searchText()); });
    connect(ui.scopeCombo, &QComboBox::activated, this, &MembershipsPage::applyScope);
    m_showAll = new QToolButton(this);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_showAll->setText(tr("Show All"));
    m_showAll->setToolTip(tr("Show all memberships of the tenant again"));
    m_showAll->setStatusTip(m_showAll->toolTip());
    m_showAll->setVisible(false);
    ui.headerLayout->insertWidget(ui.headerLayout->indexOf(ui.scopeCombo) + 1, m_showAll);
    // In the tab order where it stands: after the scope, before the search.
    setTabOrder(ui.scopeCombo, m_showAll);
    connect(m_showAll, &QToolButton::clicked, this, [this] {
        ui.scopeCombo->setCurrentIndex(kAllScopes);
        applyScope();
    });
    connect(ui.tableView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                const QModelIndex role = index.siblingAtColumn(MembershipListModel::RoleColumn);
                if (!(m_model->flags(role) & Qt::ItemIsEditable))
                    explainLockedRole();
                else if (index.column() != MembershipListModel::RoleColumn)
                    ui.tableView->edit(role);
            });
    // F2 on a locked role: the disabled Edit Role action does not fire, so the view hears it.
    ui.tableView->installEventFilter(this);
    m_refusalNotice = new NoticeBar(this);
    m_refusalNotice->setObjectName(QStringLiteral("refusalNotice"));
    m_refusalNotice->hide();
    ui.layout->insertWidget(ui.layout->indexOf(ui.tableView), m_refusalNotice);
    connect(this, &MembershipsPage::actionsUpdated, m_scaffold, &PageScaffold::announceUnavailable);

    connect(m_model, &MembershipListModel::roleChangeRequested, this,
            &MembershipsPage::requestRoleChange);
    PageScaffold::StatusTexts texts;
    texts.unavailable = [this] {
        return m_model->tenantId().isEmpty() ? tr("Switch to a tenant to see its members.")
                                             : QString();
    };
    texts.failed = [](const QString &error) {
        return tr("Could not load the memberships: %1").arg(error);
    };
    texts.empty = [](bool searching) {
        return searching ? tr("No membership matches this search.")
                         : tr("No memberships here yet.");
    };
    texts.count = [](int rows, bool complete) {
        return complete ? tr("%n membership(s)", "", rows)
                        : tr("%n membership(s) so far; counting the rest…", "", rows);
    };
    m_scaffold->watch(m_model, texts);
    connect(m_model, &PagedModelBase::refreshed, this, &MembershipsPage::updateActions);
    connect(m_model, &PagedModelBase::refreshed, this, [this] {
        if (m_currentUserPending)
            emitCurrentUser();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        emitCurrentUser();
    });
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembershipsPage::updateActions);
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembershipsPage::checkLastTenantAdmin);
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            m_refusalNotice, &QWidget::hide);
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembershipsPage::emitCurrentUser);
    connect(m_history, &MembershipHistory::finished, this, &MembershipsPage::updateActions);
    connect(session->context(), &ActiveContext::contextChanged, this,
            &MembershipsPage::followContext);
    connect(session, &Session::refreshRequested, this, [this] {
        m_model->refresh();
        loadScopes();
        loadAddRights();
    });
    followContext();
}

QIcon MembershipsPage::pageIcon()
{
    return Icons::themed(QStringLiteral("user-identity"));
}

void MembershipsPage::focusSearch()
{
    m_scaffold->focusSearch();
}

QList<QAction *> MembershipsPage::pageActions() const
{
    return m_scaffold->actions();
}

QAction *MembershipsPage::changeRoleAction(TenantRole role) const
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

void MembershipsPage::followContext()
{
    const SwitchTarget &context = m_session->context()->current();
    const bool workspaceChanged = context.workspaceId != m_workspaceId;
    m_workspaceId = context.workspaceId;
    if (context.tenantId == m_model->tenantId() && context.tenantName == m_tenantName) {
        if (workspaceChanged)
            narrowToWorkspace();
        return;
    }
    const bool sameTenant = context.tenantId == m_model->tenantId();
    m_tenantName = context.tenantName;
    m_tenantSlug = context.tenantSlug;
    m_scaffold->setHeading(context.tenantId.isEmpty()
                                   ? tr("Members")
                                   : tr("Members of %1").arg(context.tenantName));
    if (sameTenant) { // renamed
        if (workspaceChanged)
            narrowToWorkspace();
        return;
    }
    m_model->setTenantId(context.tenantId); // which shows all its rows again
    m_mayAdd.reset();
    m_mayPrune.reset();
    ui.scopeCombo->clear();
    m_narrowTo = context.workspaceId; // once its workspaces are loaded
    loadScopes();
    loadAddRights();
    updateActions();
}

void MembershipsPage::loadScopes()
{
    const QString tenantId = m_model->tenantId();
    const QString selected = ui.scopeCombo->currentIndex() > kTenantWide
            ? ui.scopeCombo->currentData().toString()
            : QString();
    if (ui.scopeCombo->count() == 0) {
        ui.scopeCombo->addItem(tr("All memberships"));
        ui.scopeCombo->addItem(tr("Tenant-wide grants"));
    }
    ui.scopeCombo->setEnabled(!tenantId.isEmpty());
    if (tenantId.isEmpty())
        return;
    m_session->worker()->run<Result<QList<Workspace>>>(
            this,
            [tenantId](const Database &db, const Actor &actor) {
                ListQuery query;
                query.limit = kMaxScopeWorkspaces;
                return WorkspaceService(db, actor).list(tenantId, query);
            },
            [this, tenantId, selected](Result<QList<Workspace>> workspaces) {
                if (tenantId != m_model->tenantId() || !workspaces)
                    return;
                const QString narrowTo = std::exchange(m_narrowTo, QString());
                const int kept = ui.scopeCombo->currentIndex();
                while (ui.scopeCombo->count() > kTenantWide + 1)
                    ui.scopeCombo->removeItem(ui.scopeCombo->count() - 1);
                for (const Workspace &workspace : std::as_const(*workspaces))
                    ui.scopeCombo->addItem(
                            Icons::workspace(),
                            tr("Workspace %1 (%2)").arg(workspace.name, workspace.slug),
                            workspace.id);
                if (const int at = ui.scopeCombo->findData(narrowTo);
                    !narrowTo.isEmpty() && at >= 0) {
                    ui.scopeCombo->setCurrentIndex(at);
                    applyScope();
                    return;
                }
                const int again = selected.isEmpty() ? kept : ui.scopeCombo->findData(selected);
                ui.scopeCombo->setCurrentIndex(
                        again >= 0 && again < ui.scopeCombo->count() ? again : kAllScopes);
                // The filtered workspace is gone (or no longer visible): show everything.
                if (again < 0)
                    applyScope();
            });
}

void MembershipsPage::narrowToWorkspace()
{
    m_narrowTo.clear(); // this switch decides, not one before it whose scopes are loading
    if (m_workspaceId.isEmpty()) {
        ui.scopeCombo->setCurrentIndex(kAllScopes);
        applyScope();
        return;
    }
    if (const int at = ui.scopeCombo->findData(m_workspaceId); at >= 0) {
        ui.scopeCombo->setCurrentIndex(at);
        applyScope();
        return;
    }
    m_narrowTo = m_workspaceId; // a new workspace: the scopes load again
    loadScopes();
}

void MembershipsPage::applyScope()
{
    // The scope on screen is chosen now: a narrowing still waiting for the scopes to load
    // must not override it (the admin's Show All, or the combo).
    m_narrowTo.clear();
    const int index = ui.scopeCombo->currentIndex();
    m_showAll->setVisible(index > kAllScopes);
    if (index <= kAllScopes)
        m_model->setWorkspaceScope(std::nullopt);
    else if (index == kTenantWide)
        m_model->setWorkspaceScope(QString());
    else
        m_model->setWorkspaceScope(ui.scopeCombo->currentData().toString());
}

// Whether the signed-in user may grant anything in the tenant: tenant-wide, or on one of
// the workspaces where they hold a grant themselves (a workspace_admin adds to theirs).
void MembershipsPage::loadAddRights()
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
                    m_pruneRefusal = tr("Only a tenant_admin of this tenant or a global admin "
                                        "may remove the memberships of deleted users.");
                }
                updateActions();
            });
}

QList<Membership> MembershipsPage::selectedMemberships(bool *complete) const
{
    QList<Membership> memberships;
    const QModelIndexList rows = ui.tableView->selectionModel()->selectedRows();
    QList<int> numbers;
    numbers.reserve(rows.size());
    for (const QModelIndex &row : rows)
        numbers << row.row();
    std::sort(numbers.begin(), numbers.end());
    if (complete)
        *complete = true;
    // The model holds the rows around what is shown; a selection reaching far beyond them
    // is not acted on in part.
    for (int row : std::as_const(numbers)) {
        if (const Membership *membership = m_model->membershipAt(row))
            memberships << *membership;
        else if (complete)
            *complete = false;
    }
    return memberships;
}

void MembershipsPage::updateActions()
{
    const bool hasTenant = !m_model->tenantId().isEmpty();
    const QString noTenant = tr("Switch to a tenant first.");
    ActionGate::present(m_add, hasTenant && m_mayAdd.value_or(false), m_add->data().toString(),
                        !hasTenant         ? noTenant
                                : m_mayAdd ? m_addRefusal
                                           : tr("checking what you may grant…"));
    ActionGate::present(m_import, m_add->isEnabled(), m_import->data().toString(),
                        !hasTenant ? noTenant : m_addRefusal);
    ActionGate::present(m_export, hasTenant, m_export->data().toString(), noTenant);
    ActionGate::present(m_prune, hasTenant && m_mayPrune.value_or(false),
                        m_prune->data().toString(),
                        !hasTenant           ? noTenant
                                : m_mayPrune ? m_pruneRefusal
                                             : tr("checking what you may change…"));

    bool complete = true;
    const QList<Membership> selected = selectedMemberships(&complete);
    const QModelIndex current = ui.tableView->currentIndex();
    const bool currentEditable = current.isValid()
            && (m_model->flags(current.siblingAtColumn(MembershipListModel::RoleColumn))
                & Qt::ItemIsEditable);
    ActionGate::present(m_editRole, currentEditable, m_editRole->data().toString(),
                        current.isValid()
                                ? current.data(MembershipListModel::RefusalRole).toString()
                                : tr("Select a membership first."));

    const QString notLoaded = tr("The selection reaches rows that are not loaded; select "
                                 "fewer rows, or scroll through them first.");
    QStringList noRole;
    bool anyRole = false;
    for (TenantRole role :
         {TenantRole::Member, TenantRole::WorkspaceAdmin, TenantRole::TenantAdmin}) {
        QAction *action = changeRoleAction(role);
        QString why = complete ? m_model->refusalFor(selected, role) : notLoaded;
        if (why.isEmpty())
            why = m_invariantRefusals.value(role);
        ActionGate::present(action, why.isEmpty(), action->data().toString(), why);
        anyRole = anyRole || why.isEmpty();
        if (!why.isEmpty() && !noRole.contains(why))
            noRole.append(why);
    }
    // Not a menu of greyed items: the button itself is disabled, and says why.
    m_changeButton->setEnabled(anyRole);
    const QString changeTip = anyRole
            ? tr("Change the role of the selected memberships")
            : tr("Change Role is not available: %1").arg(noRole.join(QLatin1Char(' ')));
    m_changeButton->setToolTip(changeTip);
    m_changeButton->setStatusTip(changeTip);
    m_changeButton->setWhatsThis(changeTip);
    QString whyNotRevoke = complete ? m_model->refusalFor(selected, TenantRole::None) : notLoaded;
    if (whyNotRevoke.isEmpty())
        whyNotRevoke = m_invariantRefusals.value(TenantRole::None);
    ActionGate::present(m_revoke, whyNotRevoke.isEmpty(), m_revoke->data().toString(),
                        whyNotRevoke);
    Q_EMIT actionsUpdated();
}

bool MembershipsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui.tableView && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier
        && !m_editRole->isEnabled() && ui.tableView->currentIndex().isValid()) {
        explainLockedRole();
        return true;
    }
    return ViewPage::eventFilter(watched, event);
}

void MembershipsPage::explainLockedRole()
{
    const QModelIndex current = ui.tableView->currentIndex();
    if (!current.isValid())
        return;
    QString why = current.siblingAtColumn(MembershipListModel::RoleColumn)
                          .data(MembershipListModel::RefusalRole)
                          .toString();
    if (why.isEmpty())
        why = m_editRole->statusTip();
    const QString text = tr("This role cannot be changed here: %1").arg(why);
    m_refusalNotice->showMessage(text.toHtmlEscaped(), NoticeBar::Kind::Information);
    m_session->showStatus(text);
}

void MembershipsPage::checkLastTenantAdmin()
{
    const quint64 serial = ++m_invariantSerial;
    const bool hadRefusals = !m_invariantRefusals.isEmpty();
    m_invariantRefusals.clear();
    const QList<Membership> selected = selectedMemberships();
    const bool anyTenantAdmin
            = std::any_of(selected.cbegin(), selected.cend(), [](const Membership &m) {
                  return m.isTenantWide() && m.role == TenantRole::TenantAdmin;
              });
    if (!anyTenantAdmin) {
        if (hadRefusals)
            updateActions();
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
                updateActions();
            });
}

void MembershipsPage::emitCurrentUser()
{
    const QModelIndex current = ui.tableView->currentIndex();
    if (!current.isValid()) {
        Q_EMIT currentUserChanged({}, {});
        return;
    }
    const Membership *membership = m_model->membershipAt(current.row());
    if (!membership) {
        // Its page is on its way: the next refresh() signal asks again.
        m_currentUserPending = true;
        return;
    }
    m_currentUserPending = false;
    Q_EMIT currentUserChanged(membership->userId,
                              membership->isOrphaned()
                                      ? membership->userLabel()
                                      : tr("%1 (%2)").arg(membership->username, membership->email));
}

void MembershipsPage::requestRoleChange(const Membership &membership, TenantRole role)
{
    m_history->apply(
            membership.tenantId,
            {{MembershipChange::Kind::Grant, membership.userId, membership.workspaceId, role}},
            tr("Change %1's role (%2) to %3")
                    .arg(membership.userLabel(), scopeName(membership), tenantRoleName(role)));
}

void MembershipsPage::changeSelectedRoles(TenantRole role)
{
    QList<MembershipChange> changes;
    bool complete = true;
    const QList<Membership> selected = selectedMemberships(&complete);
    if (!complete)
        return;
    for (const Membership &membership : selected) {
        if (membership.role != role)
            changes.append({MembershipChange::Kind::Grant, membership.userId,
                            membership.workspaceId, role});
    }
    if (changes.isEmpty())
        return;
    if (changes.size() == 1) {
        const auto it = std::find_if(selected.cbegin(), selected.cend(),
                                     [role](const Membership &m) { return m.role != role; });
        requestRoleChange(*it, role);
        return;
    }
    m_history->apply(
            m_model->tenantId(), changes,
            tr("Change %n role(s) to %1", "", int(changes.size())).arg(tenantRoleName(role)));
}

void MembershipsPage::revokeSelected()
{
    bool complete = true;
    const QList<Membership> selected = selectedMemberships(&complete);
    if (!complete || selected.isEmpty())
        return;
    QList<MembershipChange> changes;
    for (const Membership &membership : selected)
        changes.append(
                {MembershipChange::Kind::Revoke, membership.userId, membership.workspaceId, {}});
    const QString text = selected.size() == 1
            ? tr("Revoke %1's %2 role (%3)")
                      .arg(selected.first().userLabel(), tenantRoleName(selected.first().role),
                           scopeName(selected.first()))
            : tr("Revoke %n membership(s)", "", int(selected.size()));
    m_history->apply(m_model->tenantId(), changes, text);
}

void MembershipsPage::addMember()
{
    const QString tenantId = m_model->tenantId();
    if (tenantId.isEmpty())
        return;
    const std::optional<QString> scope = m_model->workspaceScope();
    const QString defaultWorkspace = scope ? *scope : m_session->context()->workspaceId();
    auto *dialog = new AddMemberDialog(m_session, tenantId, m_tenantName, defaultWorkspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, tenantId] {
        m_history->apply(tenantId,
                         {{MembershipChange::Kind::Grant, dialog->userId(), dialog->workspaceId(),
                           dialog->role()}},
                         tr("Add %1 as %2 (%3)")
                                 .arg(dialog->username(), tenantRoleName(dialog->role()),
                                      dialog->scopeText()));
    });
    dialog->open();
}

void MembershipsPage::importCsv()
{
    if (m_model->tenantId().isEmpty())
        return;
    auto *dialog = new CsvImportDialog(m_session, m_model->tenantId(), m_tenantName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MembershipsPage::exportCsv()
{
    if (m_model->tenantId().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Memberships"),
                                                      tr("%1-memberships.csv").arg(m_tenantSlug),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MembershipsPage::exportTo(const QString &path, std::function<void(bool)> done)
{
    const MembershipQuery query = m_model->query();
    m_session->worker()->run<Result<qint64>>(
            this,
            [query, path](const Database &db, const Actor &actor) {
                return MembershipCsv(db, actor).exportToFile(path, query);
            },
            [this, path, done](Result<qint64> written) {
                if (!written)
                    ErrorPresenter::show(this, tr("Could not export the memberships"),
                                         written.error());
                else
                    m_session->showStatus(
                            tr("Exported %n membership(s) to %1.", "", int(*written)).arg(path));
                if (done)
                    done(bool(written));
            });
}

void MembershipsPage::pruneOrphans(std::function<void(int)> done)
{
    const QString tenantId = m_model->tenantId();
    if (tenantId.isEmpty())
        return;
    const auto finish = [done](int removed) {
        if (done)
            done(removed);
    };
    using Orphans = Result<QList<Membership>>;
    // First only list them (a dry run), so that the question can say how many.
    m_session->worker()->run<Orphans>(
            this,
            [tenantId](const Database &db, const Actor &actor) {
                return MembershipService(db, actor).pruneOrphans(tenantId, true);
            },
            [this, tenantId, finish](Orphans orphans) {
                if (!orphans) {
                    ErrorPresenter::show(this,
                                         tr("Could not list the memberships of deleted users"),
                                         orphans.error());
                    finish(-1);
                    return;
                }
                if (orphans->isEmpty()) {
                    m_session->showStatus(
                            tr("No membership of %1 belongs to a deleted user.").arg(m_tenantName));
                    finish(0);
                    return;
                }
                auto *box = new QMessageBox(
                        QMessageBox::Question, tr("Remove Deleted Users' Memberships"),
                        tr("%n membership(s) of %1 belong to users who no longer exist. Remove "
                           "them? Each removal is recorded in the audit log.",
                           "", int(orphans->size()))
                                .arg(m_tenantName),
                        QMessageBox::Cancel, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
                box->setDefaultButton(remove);
                connect(box, &QDialog::finished, this, [this, box, remove, tenantId, finish] {
                    if (box->clickedButton() != remove) {
                        finish(-1);
                        return;
                    }
                    m_session->worker()->run<Orphans>(
                            this,
                            [tenantId](const Database &db, const Actor &actor) {
                                return MembershipService(db, actor).pruneOrphans(tenantId);
                            },
                            [this, finish](Orphans removed) {
                                if (!removed) {
                                    ErrorPresenter::show(this,
                                                         tr("Could not remove the memberships"),
                                                         removed.error());
                                    finish(-1);
                                    return;
                                }
                                m_model->refresh();
                                m_session->showStatus(
                                        tr("Removed %n membership(s) of deleted users.", "",
                                           int(removed->size())));
                                finish(int(removed->size()));
                            });
                });
                box->open();
            });
}

} // namespace tenantdesk
