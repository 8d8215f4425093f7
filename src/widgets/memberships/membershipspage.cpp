#include "widgets/memberships/membershipspage.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/common/noticebar.h"
#include "widgets/common/pagescaffold.h"
#include "widgets/memberships/addmemberdialog.h"
#include "widgets/memberships/membershipactionrights.h"
#include "widgets/memberships/membershipcsvfiles.h"
#include "widgets/memberships/membershiphistory.h"
#include "widgets/memberships/membershiporphanpruning.h"
#include "widgets/memberships/roledelegate.h"

#include "models/context/activecontext.h"
#include "models/lists/membershiplistmodel.h"

#include <QHeaderView>

#include <utility>

namespace tenantdesk {

namespace {

QString scopeName(const Membership &membership)
{
    return membership.isTenantWide()
            ? MembershipsPage::tr("tenant-wide")
            : MembershipsPage::tr("workspace %1").arg(membership.workspaceSlug);
}

// What the status line under the table says, in the page's words.
PageScaffold::StatusTexts statusTexts(const MembershipListModel *model)
{
    PageScaffold::StatusTexts texts;
    texts.unavailable = [model] {
        return model->tenantId().isEmpty()
                ? MembershipsPage::tr("Switch to a tenant to see its members.")
                : QString();
    };
    texts.failed = [](const QString &error) {
        return MembershipsPage::tr("Could not load the memberships: %1").arg(error);
    };
    texts.empty = [](bool searching) {
        return searching ? MembershipsPage::tr("No membership matches this search.")
                         : MembershipsPage::tr("No memberships here yet.");
    };
    texts.count = [](int rows, bool complete) {
        return complete
                ? MembershipsPage::tr("%n membership(s)", "", rows)
                : MembershipsPage::tr("%n membership(s) so far; counting the rest…", "", rows);
    };
    return texts;
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
    QHeaderView *header = ui.tableView->horizontalHeader();
    header->resizeSection(MembershipListModel::UserColumn, 290);
    header->resizeSection(MembershipListModel::ScopeColumn, 190);
    header->resizeSection(MembershipListModel::RoleColumn, 140);
    // One line per row and fixed heights: a million rows scroll without measuring any.
    ui.tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    // In this order: the widgets the parts add (Change Role, Show All, the notice) keep their
    // place in the tab chain, which follows the order widgets are made in.
    m_rights = new MembershipActionRights(session, m_model, this);
    m_actions = new MembershipActions(m_scaffold, m_model, ui.tableView, m_rights, this);
    m_scope = new MembershipScopeFilter(session, m_model, ui.scopeCombo, ui.headerLayout, this);
    m_refusalNotice = new NoticeBar(this);
    m_refusalNotice->setObjectName(QStringLiteral("refusalNotice"));
    m_refusalNotice->hide();
    ui.layout->insertWidget(ui.layout->indexOf(ui.tableView), m_refusalNotice);
    m_csvFiles = new MembershipCsvFiles(session, this);
    m_orphanPruning = new MembershipOrphanPruning(session, this);

    m_scaffold->setFilterHandler([this] { m_model->setFilter(m_scaffold->searchText()); });
    connect(m_actions, &MembershipActions::addRequested, this, &MembershipsPage::addMember);
    connect(m_actions, &MembershipActions::changeRolesRequested, this,
            &MembershipsPage::changeSelectedRoles);
    connect(m_actions, &MembershipActions::revokeRequested, this, &MembershipsPage::revokeSelected);
    connect(m_actions, &MembershipActions::importRequested, m_csvFiles,
            &MembershipCsvFiles::importCsv);
    connect(m_actions, &MembershipActions::exportRequested, m_csvFiles,
            &MembershipCsvFiles::exportCsv);
    connect(m_actions, &MembershipActions::pruneRequested, this, [this] { pruneOrphans(); });
    connect(m_actions, &MembershipActions::lockedRoleExplained, this, [this](const QString &text) {
        m_refusalNotice->showMessage(text.toHtmlEscaped(), NoticeBar::Kind::Information);
        m_session->showStatus(text);
    });
    connect(this, &MembershipsPage::actionsUpdated, m_scaffold, &PageScaffold::announceUnavailable);

    connect(m_model, &MembershipListModel::roleChangeRequested, this,
            &MembershipsPage::requestRoleChange);
    m_scaffold->watch(m_model, statusTexts(m_model));
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
            [this] { m_rights->checkLastTenantAdmin(selectedMemberships()); });
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            m_refusalNotice, &QWidget::hide);
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembershipsPage::emitCurrentUser);
    connect(m_rights, &MembershipActionRights::changed, this, &MembershipsPage::updateActions);
    connect(m_history, &MembershipHistory::finished, this, &MembershipsPage::updateActions);
    connect(session->context(), &ActiveContext::contextChanged, this,
            &MembershipsPage::followContext);
    connect(session, &Session::refreshRequested, this, [this] {
        m_model->refresh();
        m_scope->loadScopes();
        m_rights->load();
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

void MembershipsPage::followContext()
{
    const SwitchTarget &context = m_session->context()->current();
    if (context.tenantId == m_model->tenantId() && context.tenantName == m_tenantName) {
        m_scope->followWorkspace(context.workspaceId);
        return;
    }
    const bool sameTenant = context.tenantId == m_model->tenantId();
    m_tenantName = context.tenantName;
    m_tenantSlug = context.tenantSlug;
    m_scaffold->setHeading(context.tenantId.isEmpty()
                                   ? tr("Members")
                                   : tr("Members of %1").arg(context.tenantName));
    if (sameTenant) { // renamed
        m_scope->followWorkspace(context.workspaceId);
        return;
    }
    m_model->setTenantId(context.tenantId); // which shows all its rows again
    m_rights->reset();
    m_scope->showTenant(context.workspaceId);
    m_rights->load();
    updateActions();
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
    bool complete = true;
    const QList<Membership> selected = selectedMemberships(&complete);
    m_actions->update(selected, complete);
    Q_EMIT actionsUpdated();
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

void MembershipsPage::exportTo(const QString &path, std::function<void(bool)> done)
{
    m_csvFiles->exportTo(path, std::move(done));
}

void MembershipsPage::pruneOrphans(std::function<void(int)> done)
{
    m_orphanPruning->prune(std::move(done));
}

} // namespace tenantdesk
