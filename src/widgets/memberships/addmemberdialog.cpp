#include "widgets/memberships/addmemberdialog.h"

#include "models/session/session.h"
#include "widgets/people/personflows.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/modelroles.h"
#include "models/lists/userlistmodel.h"

#include "core/access/accesspolicy.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/workspaceservice.h"

#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>

namespace tenantdesk {

namespace {

// The scopes offered, with what the signed-in user may grant at each.
struct Scopes
{
    QList<Workspace> workspaces;
    QList<GrantRights> rights; // tenant-wide first, then the workspaces in order
};

constexpr int kMaxWorkspaces = 1000;

} // namespace

AddMemberDialog::AddMemberDialog(Session *session, const QString &tenantId,
                                 const QString &tenantName, const QString &defaultWorkspaceId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_users(new UserListModel(session->worker(), this))
    , m_completer(new QCompleter(this))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("addMemberDialog"));
    ui.introLabel->setText(tr("Give someone a role in <b>%1</b>. A tenant-wide role applies to "
                              "every workspace; a workspace role to that workspace only.")
                                   .arg(tenantName.toHtmlEscaped()));
    ui.userHint->setText(tr("Type the start of a username or e-mail and pick the user."));
    ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Member"));

    // The popup shows username and e-mail; the model holds only what the typed prefix
    // matches (in SQL), so the completer shows it unfiltered.
    auto *popup = new QTreeView;
    popup->setRootIsDecorated(false);
    popup->setUniformRowHeights(true);
    popup->header()->hide();
    popup->setAccessibleName(tr("Matching users"));
    m_completer->setModel(m_users);
    m_completer->setPopup(popup);
    m_completer->setCompletionColumn(UserListModel::UsernameColumn);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    popup->hideColumn(UserListModel::RoleColumn);
    popup->hideColumn(UserListModel::StatusColumn);
    popup->header()->resizeSection(UserListModel::UsernameColumn, 180);
    ui.userEdit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &AddMemberDialog::chooseUser);

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(150);
    connect(ui.userEdit, &QLineEdit::textEdited, this, [this] {
        m_userId.clear();
        m_username.clear();
        ui.userHint->clear();
        offerNewPerson(false);
        m_typingDelay.start();
        updateOk();
    });
    connect(&m_typingDelay, &QTimer::timeout, this,
            [this] { m_users->setFilter(ui.userEdit->text().trimmed()); });
    connect(m_users, &PagedModelBase::refreshed, this, [this] {
        if (m_userId.isEmpty() && ui.userEdit->hasFocus()
            && !ui.userEdit->text().trimmed().isEmpty() && m_users->rowCount() > 0)
            m_completer->complete();
        offerNewPerson(m_userId.isEmpty() && !m_users->filter().isEmpty()
                       && m_users->filter() == ui.userEdit->text().trimmed()
                       && m_users->rowCount() == 0);
    });
    ui.createPersonButton->hide();
    connect(ui.createPersonButton, &QPushButton::clicked, this, &AddMemberDialog::createPerson);

    connect(ui.scopeCombo, &QComboBox::currentIndexChanged, this, &AddMemberDialog::updateRoles);
    connect(ui.roleCombo, &QComboBox::currentIndexChanged, this, &AddMemberDialog::updateOk);
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &AddMemberDialog::accept);
    ui.scopeCombo->setEnabled(false);
    ui.roleCombo->setEnabled(false);
    ui.roleHint->setText(tr("Loading what you may grant…"));
    updateOk();
    loadScopes(defaultWorkspaceId);
}

void AddMemberDialog::loadScopes(const QString &defaultWorkspaceId)
{
    m_session->worker()->run<Result<Scopes>>(
            this,
            [tenantId = m_tenantId](const Database &db, const Actor &actor) -> Result<Scopes> {
                ListQuery query;
                query.limit = kMaxWorkspaces;
                auto workspaces = WorkspaceService(db, actor).list(tenantId, query);
                if (!workspaces)
                    return workspaces.error();
                QStringList ids{QString()};
                for (const Workspace &workspace : std::as_const(*workspaces))
                    ids << workspace.id;
                auto rights = EffectiveAccess(db, actor).grantRights(tenantId, ids);
                if (!rights)
                    return rights.error();
                return Scopes{*workspaces, *rights};
            },
            [this, defaultWorkspaceId](Result<Scopes> scopes) {
                m_ready = true;
                if (!scopes) {
                    ui.roleHint->setText(scopes.error().message);
                    Q_EMIT ready();
                    return;
                }
                m_rights = scopes->rights;
                ui.scopeCombo->addItem(tr("Tenant-wide (every workspace)"), QString());
                for (const Workspace &workspace : std::as_const(scopes->workspaces))
                    ui.scopeCombo->addItem(
                            tr("Workspace %1 (%2)").arg(workspace.name, workspace.slug),
                            workspace.id);
                // Scopes where nothing may be granted stay visible, disabled, with the reason.
                auto *items = qobject_cast<QStandardItemModel *>(ui.scopeCombo->model());
                int firstAllowed = -1;
                int wanted = -1;
                for (int i = 0; i < m_rights.size() && i < ui.scopeCombo->count(); ++i) {
                    const GrantRights &rights = m_rights.at(i);
                    if (rights.highest == TenantRole::None) {
                        if (items)
                            items->item(i)->setEnabled(false);
                        ui.scopeCombo->setItemData(i, rights.refusal, Qt::ToolTipRole);
                        continue;
                    }
                    if (firstAllowed < 0)
                        firstAllowed = i;
                    if (ui.scopeCombo->itemData(i).toString() == defaultWorkspaceId)
                        wanted = i;
                }
                const int preferred = wanted >= 0 ? wanted : firstAllowed;
                ui.scopeCombo->setEnabled(preferred >= 0);
                ui.scopeCombo->setCurrentIndex(qMax(0, preferred));
                updateRoles();
                Q_EMIT ready();
            });
}

void AddMemberDialog::chooseUser(const QModelIndex &index)
{
    m_userId = index.data(ModelRoles::IdRole).toString();
    m_username = index.siblingAtColumn(UserListModel::UsernameColumn).data().toString();
    ui.userEdit->setText(m_username);
    ui.userHint->setText(tr("%1 — %2").arg(
            m_username, index.siblingAtColumn(UserListModel::EmailColumn).data().toString()));
    updateOk();
}

void AddMemberDialog::offerNewPerson(bool nobodyMatches)
{
    // The rule core applies (Action::ManageUsers), settled by the actor alone.
    const auto decision = AccessPolicy::decideForActor(m_session->actor(), Action::ManageUsers);
    const bool mayCreate = decision && decision->allowed;
    ui.createPersonButton->setVisible(nobodyMatches && mayCreate);
    if (nobodyMatches && mayCreate && ui.userHint->text().isEmpty())
        ui.userHint->setText(tr("Nobody is called \"%1\".").arg(ui.userEdit->text().trimmed()));
}

void AddMemberDialog::createPerson()
{
    PersonFlows::createPerson(
            m_session, this, ui.userEdit->text().trimmed(), [this](const User &user) {
                m_userId = user.id;
                m_username = user.username;
                ui.userEdit->setText(user.username);
                ui.userHint->setText(tr("%1 — %2 (new)").arg(user.username, user.email));
                offerNewPerson(false);
                updateOk();
            });
}

void AddMemberDialog::updateRoles()
{
    ui.roleCombo->clear();
    const int scope = ui.scopeCombo->currentIndex();
    if (scope < 0 || scope >= m_rights.size()) {
        ui.roleCombo->setEnabled(false);
        updateOk();
        return;
    }
    const GrantRights &rights = m_rights.at(scope);
    for (TenantRole role : rights.roles())
        ui.roleCombo->addItem(tenantRoleName(role), int(role));
    ui.roleCombo->setEnabled(ui.roleCombo->count() > 0);
    ui.roleHint->setText(rights.refusal.isEmpty() ? QString()
                                                  : tr("Not offered here: %1").arg(rights.refusal));
    updateOk();
}

void AddMemberDialog::updateOk()
{
    const bool scopeOk = ui.scopeCombo->isEnabled() && ui.roleCombo->count() > 0;
    ui.buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(scopeOk && !ui.userEdit->text().trimmed().isEmpty());
}

QString AddMemberDialog::workspaceId() const
{
    return ui.scopeCombo->currentData().toString();
}

QString AddMemberDialog::scopeText() const
{
    return ui.scopeCombo->currentText();
}

TenantRole AddMemberDialog::role() const
{
    return ui.roleCombo->count() > 0 ? TenantRole(ui.roleCombo->currentData().toInt())
                                     : TenantRole::None;
}

void AddMemberDialog::accept()
{
    if (!m_userId.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Typed in full without picking from the list: the exact username or e-mail counts.
    const QString login = ui.userEdit->text().trimmed();
    if (login.isEmpty())
        return;
    ui.buttonBox->setEnabled(false);
    m_session->worker()->run<Result<std::optional<User>>>(
            this,
            [login](const Database &db, const Actor &) { return UserDirectory(db).find(login); },
            [this, login](Result<std::optional<User>> user) {
                ui.buttonBox->setEnabled(true);
                if (!user) {
                    ui.userHint->setText(user.error().message);
                    return;
                }
                if (!*user) {
                    ui.userHint->setText(
                            tr("There is no user \"%1\": pick one from the list.").arg(login));
                    offerNewPerson(true);
                    ui.userEdit->setFocus();
                    return;
                }
                m_userId = (*user)->id;
                m_username = (*user)->username;
                QDialog::accept();
            });
}

} // namespace tenantdesk
