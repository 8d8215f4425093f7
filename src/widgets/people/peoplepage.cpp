#include "widgets/people/peoplepage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/common/pagescaffold.h"
#include "widgets/common/writejob.h"
#include "widgets/people/personflows.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/modelroles.h"
#include "models/lists/userlistmodel.h"

#include "core/database/databasesetup.h"
#include "core/people/userservice.h"
#include "core/tenancy/membershipservice.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace tenantdesk {

namespace {

// The details list at most this many tenants; a person in more is rare and the CLI lists all.
constexpr int kMaxTenantsShown = 500;

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

PeoplePage::PeoplePage(Session *session, QWidget *parent)
    : ViewPage(parent)
    , m_session(session)
    , m_model(new UserListModel(session->worker(), UserListModel::Scope::Visible, this))
    , m_gate(new ActionGate(session->worker(), this))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("peoplePage"));
    m_scaffold = new PageScaffold(
            {this, ui.headingLabel, ui.searchEdit, ui.toolbarLayout, ui.tableView, ui.statusLabel},
            tr("People actions"));
    m_scaffold->setHeading(tr("People"));
    m_scaffold->setSearchPlaceholder(tr("Search by the start of a username or e-mail (Ctrl+F)"));
    m_scaffold->setFilterHandler([this] { m_model->setFilter(m_scaffold->searchText()); });

    ui.tableView->setModel(m_model);
    QHeaderView *header = ui.tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(UserListModel::UsernameColumn, 160);
    header->resizeSection(UserListModel::EmailColumn, 220);
    header->resizeSection(UserListModel::RoleColumn, 90);
    // Rows are one line each: uniform heights keep huge lists fast.
    ui.tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    ui.splitter->setStretchFactor(0, 3);
    ui.splitter->setStretchFactor(1, 2);
    ui.detailsView->setPlaceholderText(tr("Select a person to see where they have access."));

    setUpActions();

    PageScaffold::StatusTexts texts;
    texts.failed = [](const QString &error) {
        return tr("Could not load the people: %1").arg(error);
    };
    texts.empty = [](bool searching) {
        return searching ? tr("Nobody you can see has a username or e-mail starting like that.")
                         : tr("There is nobody you can see.");
    };
    texts.count = [](int rows, bool complete) {
        return complete ? tr("%n person(s)", "", rows)
                        : tr("%n person(s) loaded; more load as you scroll.", "", rows);
    };
    m_scaffold->watch(m_model, texts);

    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        m_gate->evaluate();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showDetails();
        m_gate->evaluate();
    });
    connect(m_model, &PagedModelBase::refreshed, this, [this] {
        if (!m_pendingSelection.isEmpty()) {
            const QModelIndex at = m_model->indexOfId(m_pendingSelection);
            if (at.isValid()) {
                ui.tableView->setCurrentIndex(at);
                m_pendingSelection.clear();
            }
        }
        // A refresh keeps the selection on the same person; what we know of them may differ.
        showDetails();
        m_gate->evaluate();
    });
    connect(session, &Session::refreshRequested, this, [this] { m_model->refresh(); });
    // The signed-in user's role decides what this page offers.
    connect(session, &Session::actorChanged, m_gate, &ActionGate::evaluate);
    m_gate->evaluate();
}

void PeoplePage::setUpActions()
{
    const auto everyone = []() -> std::optional<AccessTarget> {
        return AccessTarget{};
    };
    const auto selected = [this]() -> std::optional<AccessTarget> {
        if (!currentUser())
            return std::nullopt;
        return AccessTarget{};
    };
    const QString selectFirst = tr("Select a person first.");

    m_create = m_scaffold->addAction(
            tr("&New Person…"), QStringLiteral("list-add-user"), QKeySequence::New,
            tr("Create an aistack user who can sign in to aistack and "
               "TenantDesk"),
            [this] {
                PersonFlows::createPerson(m_session, this, m_scaffold->searchText(),
                                          [this](const User &user) { selectUser(user.id); });
            });
    m_create->setObjectName(QStringLiteral("newPersonAction"));
    m_gate->add(m_create, Action::ManageUsers, everyone, {});

    m_edit = m_scaffold->addAction(tr("&Edit…"), QStringLiteral("document-edit"), {},
                                   tr("Change the selected person's username or e-mail address"),
                                   [this] {
                                       if (auto user = currentUser())
                                           PersonFlows::editPerson(m_session, this, *user);
                                   });
    m_edit->setObjectName(QStringLiteral("editPersonAction"));
    m_gate->add(m_edit, Action::ManageUsers, selected, selectFirst);

    m_roleMenu = new QMenu(this);
    m_roleGroup = new QActionGroup(this);
    for (GlobalRole role : {GlobalRole::Admin, GlobalRole::Developer, GlobalRole::Viewer}) {
        QAction *choice = m_roleMenu->addAction(globalRoleName(role));
        choice->setCheckable(true);
        choice->setData(int(role));
        m_roleGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, role] { setRole(role); });
    }
    m_role = m_scaffold->addAction(tr("Global &Role"), QStringLiteral("user-properties"), {},
                                   tr("Make the selected person admin, developer or viewer"),
                                   [] {});
    m_role->setMenu(m_roleMenu);
    m_role->setObjectName(QStringLiteral("globalRoleAction"));
    m_gate->add(m_role, Action::ManageUsers, selected, selectFirst);

    m_reset = m_scaffold->addAction(tr("Reset &Password…"), QStringLiteral("dialog-password"), {},
                                    tr("Give the selected person a new password and sign them "
                                       "out of aistack"),
                                    [this] {
                                        if (auto user = currentUser())
                                            PersonFlows::resetPassword(m_session, this, *user);
                                    });
    m_reset->setObjectName(QStringLiteral("resetPasswordAction"));
    m_gate->add(m_reset, Action::ManageUsers, selected, selectFirst);

    m_lock = m_scaffold->addAction(tr("&Lock"), QStringLiteral("object-locked"), {},
                                   tr("Stop the selected person from signing in to aistack and "
                                      "TenantDesk until unlocked"),
                                   [this] { lockSelected(true); });
    m_lock->setObjectName(QStringLiteral("lockPersonAction"));
    m_gate->add(
            m_lock, Action::ManageUsers,
            [this]() -> std::optional<AccessTarget> {
                const auto user = currentUser();
                if (!user || user->locked)
                    return std::nullopt;
                return AccessTarget{};
            },
            tr("Select a person who is not locked."));

    m_unlock = m_scaffold->addAction(tr("&Unlock"), QStringLiteral("object-unlocked"), {},
                                     tr("Let the selected person sign in again with their "
                                        "password"),
                                     [this] { lockSelected(false); });
    m_unlock->setObjectName(QStringLiteral("unlockPersonAction"));
    m_gate->add(
            m_unlock, Action::ManageUsers,
            [this]() -> std::optional<AccessTarget> {
                const auto user = currentUser();
                if (!user || !user->locked)
                    return std::nullopt;
                return AccessTarget{};
            },
            tr("Select a locked person."));

    m_delete = m_scaffold->addAction(
            tr("&Delete…"), QStringLiteral("list-remove-user"), QKeySequence::Delete,
            tr("Delete the selected person with their memberships"), [this] { deleteSelected(); });
    m_delete->setObjectName(QStringLiteral("deletePersonAction"));
    m_gate->add(m_delete, Action::ManageUsers, selected, selectFirst);

    m_ownPassword
            = m_scaffold->addAction(tr("Change &My Password…"), QStringLiteral("dialog-password"),
                                    {}, tr("Set a new password for your own account"),
                                    [this] { PersonFlows::changeOwnPassword(m_session, this); });
    m_ownPassword->setObjectName(QStringLiteral("changeOwnPasswordAction"));
    m_ownPassword->setEnabled(!m_session->actor().bootstrap);
}

QIcon PeoplePage::pageIcon()
{
    return Icons::themed(QStringLiteral("system-users"));
}

void PeoplePage::focusSearch()
{
    m_scaffold->focusSearch();
}

QList<QAction *> PeoplePage::pageActions() const
{
    return m_scaffold->actions();
}

QAction *PeoplePage::roleChoice(GlobalRole role) const
{
    for (QAction *choice : m_roleGroup->actions()) {
        if (choice->data().toInt() == int(role))
            return choice;
    }
    return nullptr;
}

std::optional<User> PeoplePage::currentUser() const
{
    const QModelIndex current = ui.tableView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.siblingAtColumn(0).data(ModelRoles::RowRole).value<User>();
}

void PeoplePage::selectUser(const QString &id)
{
    const QModelIndex at = m_model->indexOfId(id);
    if (at.isValid()) {
        ui.tableView->setCurrentIndex(at);
        return;
    }
    // Not loaded yet: the refresh after the change brings it.
    m_pendingSelection = id;
}

void PeoplePage::showDetails()
{
    const auto user = currentUser();
    const quint64 serial = ++m_detailsSerial;
    if (!user) {
        ui.detailsView->clear();
        Q_EMIT detailsShown();
        return;
    }
    for (QAction *choice : m_roleGroup->actions())
        choice->setChecked(choice->data().toInt() == int(user->globalRole));
    m_session->worker()->run<Result<QList<TenantRoleSummary>>>(
            this,
            [id = user->id](const Database &db, const Actor &actor) {
                if (!hasTenancyTables(db))
                    return Result<QList<TenantRoleSummary>>(QList<TenantRoleSummary>());
                return MembershipService(db, actor).rolesOf(id, kMaxTenantsShown);
            },
            [this, serial, user = *user](Result<QList<TenantRoleSummary>> roles) {
                if (serial != m_detailsSerial)
                    return; // another person was selected meanwhile
                QString html
                        = QStringLiteral("<h3>%1</h3><table>").arg(user.username.toHtmlEscaped());
                html += row(tr("E-mail"), user.email);
                html += row(tr("Global role"), globalRoleName(user.globalRole));
                html += row(tr("Status"),
                            user.locked ? tr("Locked: cannot sign in to aistack or TenantDesk")
                                        : tr("Active"));
                html += row(tr("Created"), user.createdAt);
                html += row(tr("Last sign-in to aistack"),
                            user.lastLoginAt.isEmpty() ? tr("never") : user.lastLoginAt);
                html += row(tr("Id"), user.id);
                html += QStringLiteral("</table><h4>%1</h4>")
                                .arg(tr("Where %1 has access").arg(user.username).toHtmlEscaped());
                if (!roles) {
                    html += QStringLiteral("<p>%1</p>").arg(roles.error().message.toHtmlEscaped());
                } else if (roles->isEmpty()) {
                    html += QStringLiteral("<p>%1</p>")
                                    .arg(tr("No role in any tenant you can see.").toHtmlEscaped());
                } else {
                    html += QStringLiteral("<table><tr><th align='left'>%1</th><th "
                                           "align='left'>%2</th></tr>")
                                    .arg(tr("Tenant").toHtmlEscaped(), tr("Roles").toHtmlEscaped());
                    for (const TenantRoleSummary &summary : std::as_const(*roles)) {
                        QStringList grants;
                        if (summary.tenantWideRole != TenantRole::None)
                            grants << tr("%1 (tenant-wide)")
                                              .arg(tenantRoleName(summary.tenantWideRole));
                        for (const Membership &grant : summary.workspaceGrants)
                            grants << tr("%1 on workspace %2")
                                              .arg(tenantRoleName(grant.role), grant.workspaceSlug);
                        html += QStringLiteral("<tr><td style='padding-right:12px'>%1</td>"
                                               "<td>%2</td></tr>")
                                        .arg(tr("%1 (%2)")
                                                     .arg(summary.tenant.name, summary.tenant.slug)
                                                     .toHtmlEscaped(),
                                             grants.join(QStringLiteral(", ")).toHtmlEscaped());
                    }
                    html += QStringLiteral("</table>");
                    if (roles->size() >= kMaxTenantsShown)
                        html += QStringLiteral("<p>%1</p>")
                                        .arg(tr("Only the first %1 tenants are listed; tenantctl "
                                                "user show lists all.")
                                                     .arg(kMaxTenantsShown)
                                                     .toHtmlEscaped());
                }
                ui.detailsView->setHtml(html);
                Q_EMIT detailsShown();
            });
}

void PeoplePage::setRole(GlobalRole role)
{
    const auto user = currentUser();
    if (!user || user->globalRole == role)
        return;
    runWrite<User>(
            m_session, this, tr("Could not change the global role"),
            [id = user->id, role](const Database &db, const Actor &actor) {
                return UserService(db, actor).setRole(id, role);
            },
            [this](const User &changed) {
                m_session->showStatus(
                        tr("%1 is now %2.")
                                .arg(changed.username, globalRoleName(changed.globalRole)));
            });
    // Until the refresh, the menu shows what is stored.
    for (QAction *choice : m_roleGroup->actions())
        choice->setChecked(choice->data().toInt() == int(user->globalRole));
}

void PeoplePage::lockSelected(bool lock)
{
    const auto user = currentUser();
    if (!user)
        return;
    runWrite<User>(
            m_session, this,
            lock ? tr("Could not lock the account") : tr("Could not unlock the account"),
            [id = user->id, lock](const Database &db, const Actor &actor) {
                UserService service(db, actor);
                return lock ? service.lock(id) : service.unlock(id);
            },
            [this, lock](const User &changed) {
                m_session->showStatus(lock ? tr("Locked %1.").arg(changed.username)
                                           : tr("Unlocked %1.").arg(changed.username));
            });
}

void PeoplePage::deleteSelected()
{
    const auto user = currentUser();
    if (!user)
        return;
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Delete Person"),
            tr("Delete %1 <%2>? Their roles in every tenant go too and aistack signs them out. "
               "This cannot be undone; locking keeps the account instead.")
                    .arg(user->username, user->email),
            QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deletePersonBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, user = *user] {
        if (box->clickedButton() != remove)
            return;
        runWrite(
                m_session, this, tr("Could not delete the person"),
                [id = user.id](const Database &db, const Actor &actor) {
                    return UserService(db, actor).remove(id);
                },
                [this, username = user.username] {
                    m_session->showStatus(tr("Deleted %1.").arg(username));
                });
    });
    box->open();
}

} // namespace tenantdesk
