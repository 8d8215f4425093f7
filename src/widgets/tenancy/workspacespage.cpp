#include "widgets/tenancy/workspacespage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/common/writejob.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/namedialog.h"
#include "widgets/tenancy/settingsdialog.h"

#include "models/context/activecontext.h"
#include "models/lists/workspacelistmodel.h"

#include "core/tenancy/workspaceservice.h"

#include <QAction>

namespace tenantdesk {

WorkspacesPage::WorkspacesPage(Session *session, QWidget *parent)
    : ListPage(session, parent)
    , m_model(new WorkspaceListModel(session->worker(), this))
{
    setObjectName(QStringLiteral("workspacesPage"));
    setSearchPlaceholder(tr("Search workspace names and slugs (Ctrl+F)"));
    tableView()->setAccessibleName(tr("Workspaces"));
    setModel(m_model);

    m_create = addPageAction(tr("&New Workspace…"), QStringLiteral("list-add"), QKeySequence::New,
                             tr("Create a workspace in the active tenant"),
                             [this] { createWorkspace(); });
    m_rename = addPageAction(tr("&Rename Workspace…"), QStringLiteral("edit-rename"), Qt::Key_F2,
                             tr("Rename the selected workspace"), [this] { renameWorkspace(); });
    m_settings = addPageAction(tr("Workspace &Settings…"), QStringLiteral("document-properties"),
                               QKeySequence(Qt::ALT | Qt::Key_Return),
                               tr("Edit the settings of the selected workspace"),
                               [this] { editSettings(); });
    m_delete = addPageAction(tr("&Delete Workspace…"), QStringLiteral("edit-delete"),
                             QKeySequence::Delete,
                             tr("Delete the selected workspace with its memberships"),
                             [this] { deleteWorkspace(); });
    m_create->setObjectName(QStringLiteral("createWorkspaceAction"));
    m_rename->setObjectName(QStringLiteral("renameWorkspaceAction"));
    m_settings->setObjectName(QStringLiteral("workspaceSettingsAction"));
    m_delete->setObjectName(QStringLiteral("deleteWorkspaceAction"));

    const auto tenant = [this]() -> std::optional<AccessTarget> {
        if (m_model->tenantId().isEmpty())
            return std::nullopt;
        return AccessTarget{m_model->tenantId(), {}, TenantRole::None};
    };
    const auto selected = [this]() -> std::optional<AccessTarget> {
        const QString id = currentId();
        if (id.isEmpty() || m_model->tenantId().isEmpty())
            return std::nullopt;
        return AccessTarget{m_model->tenantId(), id, TenantRole::None};
    };
    const QString selectFirst = tr("Select a workspace first.");
    actionGate()->add(m_create, Action::CreateWorkspace, tenant, tr("Switch to a tenant first."));
    actionGate()->add(m_rename, Action::RenameWorkspace, selected, selectFirst);
    actionGate()->add(m_settings, Action::EditWorkspaceSettings, selected, selectFirst);
    actionGate()->add(m_delete, Action::DeleteWorkspace, selected, selectFirst);

    connect(session->context(), &ActiveContext::contextChanged, this,
            &WorkspacesPage::followContext);
    connect(m_model, &PagedModelBase::refreshed, this, [this] {
        const QString active = m_session->context()->workspaceId();
        if (currentId().isEmpty() && !active.isEmpty()) {
            const QModelIndex at = m_model->indexOfId(active);
            if (at.isValid())
                tableView()->setCurrentIndex(at);
        }
    });
    followContext();
}

QIcon WorkspacesPage::icon() const
{
    return Icons::workspace();
}

void WorkspacesPage::followContext()
{
    ActiveContext *context = m_session->context();
    setHeading(context->isEmpty() ? tr("Workspaces")
                                  : tr("Workspaces of %1").arg(context->current().tenantName));
    if (m_model->tenantId() != context->tenantId())
        m_model->setTenantId(context->tenantId()); // reloads; refreshed() selects the active one
    else if (const QModelIndex at = m_model->indexOfId(context->workspaceId()); at.isValid())
        tableView()->setCurrentIndex(at);
    actionGate()->evaluate();
    updateStatus();
}

void WorkspacesPage::applyFilter(const QString &text)
{
    m_model->setFilter(text);
}

void WorkspacesPage::reloadModel()
{
    m_model->refresh();
}

QString WorkspacesPage::countText(int rows) const
{
    return rows == 1 ? tr("1 workspace") : tr("%1 workspaces").arg(rows);
}

QString WorkspacesPage::emptyText(bool filtered) const
{
    if (m_model->tenantId().isEmpty())
        return tr("Switch to a tenant (Ctrl+K) to see its workspaces.");
    if (filtered)
        return tr("No workspace you can see matches this search.");
    return tr("This tenant has no workspace you can see.");
}

void WorkspacesPage::activateRow(const QModelIndex &index)
{
    const auto workspace = index.siblingAtColumn(0).data(ModelRoles::RowRole).value<Workspace>();
    SwitchTarget target = m_session->context()->current();
    target.workspaceId = workspace.id;
    target.workspaceName = workspace.name;
    target.workspaceSlug = workspace.slug;
    m_session->context()->setCurrent(target);
}

void WorkspacesPage::createWorkspace()
{
    const SwitchTarget context = m_session->context()->current();
    if (context.tenantId.isEmpty())
        return;
    NameDialog dialog(NameDialog::Mode::Create, this);
    dialog.setWindowTitle(tr("New Workspace"));
    dialog.setIntro(tr("A new workspace in <b>%1</b>. Its slug is unique within the tenant and "
                       "cannot be changed later.")
                            .arg(context.tenantName.toHtmlEscaped()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString slug = dialog.slug();
    runWrite<Workspace>(
            m_session, this, tr("Could not create the workspace"),
            [tenantId = context.tenantId, name, slug](const Database &db, const Actor &actor) {
                return WorkspaceService(db, actor).create(tenantId, name, slug);
            },
            [this](const Workspace &workspace) {
                m_session->showStatus(tr("Created workspace %1.").arg(workspace.name));
            });
}

void WorkspacesPage::renameWorkspace()
{
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid())
        return;
    const auto workspace = current.siblingAtColumn(0).data(ModelRoles::RowRole).value<Workspace>();
    NameDialog dialog(NameDialog::Mode::Rename, this);
    dialog.setWindowTitle(tr("Rename Workspace"));
    dialog.setName(workspace.name);
    dialog.setSlug(workspace.slug);
    if (dialog.exec() != QDialog::Accepted || dialog.name() == workspace.name)
        return;
    runWrite<Workspace>(
            m_session, this, tr("Could not rename the workspace"),
            [id = workspace.id, name = dialog.name()](const Database &db, const Actor &actor) {
                return WorkspaceService(db, actor).rename(id, name);
            },
            [this](const Workspace &renamed) {
                m_session->showStatus(tr("Renamed the workspace to %1.").arg(renamed.name));
            });
}

void WorkspacesPage::editSettings()
{
    const QString id = currentId();
    const QString tenantId = m_model->tenantId();
    if (id.isEmpty() || tenantId.isEmpty())
        return;
    m_session->worker()->run<Result<Workspace>>(
            this,
            [tenantId, id](const Database &db, const Actor &actor) {
                return WorkspaceService(db, actor).find(tenantId, id);
            },
            [this](Result<Workspace> workspace) {
                if (!workspace) {
                    ErrorPresenter::show(this, tr("Could not read the workspace's settings"),
                                         workspace.error());
                    return;
                }
                SettingsDialog dialog(this);
                dialog.setWindowTitle(tr("Settings of %1").arg(workspace->name));
                dialog.setIntro(
                        tr("Settings of the workspace <b>%1</b> (%2), stored as a JSON object.")
                                .arg(workspace->name.toHtmlEscaped(), workspace->slug));
                dialog.setSettings(workspace->settings);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                runWrite<Workspace>(
                        m_session, this, tr("Could not save the workspace's settings"),
                        [id = workspace->id, settings = dialog.settings()](const Database &db,
                                                                           const Actor &actor) {
                            return WorkspaceService(db, actor).updateSettings(id, settings);
                        },
                        [this](const Workspace &saved) {
                            m_session->showStatus(tr("Saved the settings of %1.").arg(saved.name));
                        });
            });
}

void WorkspacesPage::deleteWorkspace()
{
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid())
        return;
    const auto workspace = current.siblingAtColumn(0).data(ModelRoles::RowRole).value<Workspace>();
    m_session->worker()->run<Result<DeletionImpact>>(
            this,
            [id = workspace.id](const Database &db, const Actor &actor) {
                return WorkspaceService(db, actor).deletionImpact(id);
            },
            [this, workspace](Result<DeletionImpact> impact) {
                if (!impact) {
                    ErrorPresenter::show(this, tr("Could not delete the workspace"),
                                         impact.error());
                    return;
                }
                DeleteDialog dialog(DeleteDialog::Kind::Workspace, workspace.name, workspace.slug,
                                    *impact, this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                runWrite(
                        m_session, this, tr("Could not delete the workspace"),
                        [id = workspace.id, confirm = dialog.typedSlug()](const Database &db,
                                                                          const Actor &actor) {
                            return WorkspaceService(db, actor).remove(id, confirm);
                        },
                        [this, name = workspace.name] {
                            m_session->showStatus(tr("Deleted workspace %1.").arg(name));
                        });
            });
}

} // namespace tenantdesk
