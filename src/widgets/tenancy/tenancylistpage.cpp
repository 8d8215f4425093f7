#include "widgets/tenancy/tenancylistpage.h"

#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/common/writejob.h"
#include "widgets/tenancy/footprintpanel.h"
#include "widgets/tenancy/namedialog.h"
#include "widgets/tenancy/settingsdialog.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/modelroles.h"
#include "models/lists/namedrowcolumns.h"
#include "models/lists/pagedmodelbase.h"

#include <QAction>
#include <QBoxLayout>
#include <QItemSelectionModel>
#include <QShowEvent>

namespace tenantdesk {

namespace {

// A dialog that goes away once answered (open() shows it window-modal, without a nested
// event loop).
template<typename Dialog> Dialog *deleteOnClose(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace

TenancyListPage::TenancyListPage(Kind kind, Session *session, QWidget *parent)
    : ListPage(session, parent)
    , m_kind(kind)
    , m_texts(textsFor(kind))
{ }

TenancyListPage::Texts TenancyListPage::textsFor(Kind kind)
{
    const bool tenant = kind == Kind::Tenant;
    Texts t;
    t.createTitle = tenant ? tr("New Tenant") : tr("New Workspace");
    t.createFailed
            = tenant ? tr("Could not create the tenant") : tr("Could not create the workspace");
    t.created = tenant ? tr("Created tenant %1.") : tr("Created workspace %1.");
    t.renameTitle = tenant ? tr("Rename Tenant %1") : tr("Rename Workspace %1");
    t.renameFailed
            = tenant ? tr("Could not rename the tenant") : tr("Could not rename the workspace");
    t.renamed = tenant ? tr("Renamed the tenant to %1.") : tr("Renamed the workspace to %1.");
    t.readSettingsFailed = tenant ? tr("Could not read the tenant's settings")
                                  : tr("Could not read the workspace's settings");
    t.settingsIntro = tenant
            ? tr("Settings of the tenant <b>%1</b> (%2), stored as a JSON object.")
            : tr("Settings of the workspace <b>%1</b> (%2), stored as a JSON object.");
    t.saveSettingsFailed = tenant ? tr("Could not save the tenant's settings")
                                  : tr("Could not save the workspace's settings");
    t.deleteFailed
            = tenant ? tr("Could not delete the tenant") : tr("Could not delete the workspace");
    t.deleted = tenant ? tr("Deleted tenant %1.") : tr("Deleted workspace %1.");
    return t;
}

void TenancyListPage::setUp(Setup setup)
{
    setModel(setup.model, std::move(setup.applyFilter));
    m_calls = std::move(setup.calls);
    const bool tenant = m_kind == Kind::Tenant;
    m_create = addPageAction(tenant ? tr("&New Tenant…") : tr("&New Workspace…"),
                             QStringLiteral("list-add"), QKeySequence::New,
                             tenant ? tr("Create a tenant")
                                    : tr("Create a workspace in the active tenant"),
                             [this] { createItem(); });
    m_rename = addPageAction(tenant ? tr("&Rename Tenant…") : tr("&Rename Workspace…"),
                             QStringLiteral("edit-rename"), Qt::Key_F2,
                             tenant ? tr("Rename the selected tenant")
                                    : tr("Rename the selected workspace"),
                             [this] { renameItem(); });
    m_settings = addPageAction(tenant ? tr("Tenant &Settings…") : tr("Workspace &Settings…"),
                               QStringLiteral("document-properties"),
                               QKeySequence(Qt::ALT | Qt::Key_Return),
                               tenant ? tr("Edit the settings of the selected tenant")
                                      : tr("Edit the settings of the selected workspace"),
                               [this] { editSettings(); });
    m_delete = addPageAction(
            tenant ? tr("&Delete Tenant…") : tr("&Delete Workspace…"),
            QStringLiteral("edit-delete"), QKeySequence::Delete,
            tenant ? tr("Delete the selected tenant with its workspaces and memberships")
                   : tr("Delete the selected workspace with its memberships"),
            [this] { deleteItem(); });
    const QString noun = tenant ? QStringLiteral("Tenant") : QStringLiteral("Workspace");
    m_create->setObjectName(QStringLiteral("create%1Action").arg(noun));
    m_rename->setObjectName(QStringLiteral("rename%1Action").arg(noun));
    m_settings->setObjectName(QStringLiteral("%1SettingsAction").arg(noun.toLower()));
    m_delete->setObjectName(QStringLiteral("delete%1Action").arg(noun));

    const QString selectFirst
            = tenant ? tr("Select a tenant first.") : tr("Select a workspace first.");
    ActionGate *gate = actionGate();
    gate->add(m_create, tenant ? Action::CreateTenant : Action::CreateWorkspace, setup.createTarget,
              setup.whenNoCreateTarget);
    gate->add(m_rename, tenant ? Action::RenameTenant : Action::RenameWorkspace,
              setup.selectedTarget, selectFirst);
    gate->add(m_settings, tenant ? Action::EditTenantSettings : Action::EditWorkspaceSettings,
              setup.selectedTarget, selectFirst);
    gate->add(m_delete, tenant ? Action::DeleteTenant : Action::DeleteWorkspace,
              setup.selectedTarget, selectFirst);

    if (m_calls.footprint) {
        m_footprint = new FootprintPanel(this);
        if (auto *box = qobject_cast<QBoxLayout *>(layout()))
            box->insertWidget(box->indexOf(tableView()) + 1, m_footprint);
        connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this] { updateFootprint(); });
        // Counts change with the data, not with the pages the list loads: on F5 and other
        // writers' commits only (a count of a tenant with a million memberships takes tens of
        // milliseconds of the worker, which every query after it waits for).
        connect(m_session, &Session::refreshRequested, this, [this] {
            m_footprintId.clear();
            updateFootprint();
        });
    }
}

void TenancyListPage::updateFootprint()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        m_footprintId.clear();
        m_footprint->clear();
        return;
    }
    if (id == m_footprintId)
        return;
    m_footprintId = id;
    m_footprint->showCounting();
    m_session->worker()->run<Result<QStringList>>(
            this, m_calls.footprint(id), [this, id](Result<QStringList> lines) {
                if (id != m_footprintId)
                    return; // the selection moved on while this was counted
                if (lines)
                    m_footprint->showFootprint(*lines);
                else
                    m_footprint->showError(lines.error().message);
            });
}

bool TenancyListPage::isOnScreen() const
{
    return isVisibleTo(window()) || !window()->isVisible();
}

void TenancyListPage::showEvent(QShowEvent *event)
{
    ListPage::showEvent(event);
    actionGate()->evaluate(); // the target changes from the active context to the selection
}

void TenancyListPage::hideEvent(QHideEvent *event)
{
    ListPage::hideEvent(event);
    actionGate()->evaluate();
}

QString TenancyListPage::targetId() const
{
    const std::optional<Item> item = currentItem();
    return item ? item->id : QString();
}

std::optional<TenancyListPage::Item> TenancyListPage::currentItem() const
{
    if (!isOnScreen())
        return contextItem();
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex name = current.siblingAtColumn(NamedRowColumns::Name);
    return Item{name.data(ModelRoles::IdRole).toString(),
                name.data().toString(),
                name.data(ModelRoles::SlugRole).toString(),
                {}};
}

NameDialog *TenancyListPage::nameDialog(NameDialog::Mode mode, const QString &title)
{
    auto *dialog = deleteOnClose(new NameDialog(mode, this));
    dialog->setWindowTitle(title);
    return dialog;
}

void TenancyListPage::createItem()
{
    const std::optional<QString> scope = createScope();
    if (!scope)
        return;
    NameDialog *dialog = nameDialog(NameDialog::Mode::Create, m_texts.createTitle);
    dialog->setIntro(createIntro());
    connect(dialog, &QDialog::accepted, this, [this, dialog, scope = *scope] {
        runWrite<Item>(m_session, this, m_texts.createFailed,
                       m_calls.create(scope, dialog->name(), dialog->slug()),
                       [this](const Item &created) {
                           m_session->showStatus(m_texts.created.arg(created.name));
                       });
    });
    dialog->open();
}

void TenancyListPage::renameItem()
{
    const std::optional<Item> item = currentItem();
    if (!item)
        return;
    NameDialog *dialog = nameDialog(NameDialog::Mode::Rename, m_texts.renameTitle.arg(item->name));
    dialog->setName(item->name);
    dialog->setSlug(item->slug);
    connect(dialog, &QDialog::accepted, this, [this, dialog, item = *item] {
        if (dialog->name() == item.name)
            return;
        runWrite<Item>(m_session, this, m_texts.renameFailed,
                       m_calls.rename(item.id, dialog->name()), [this](const Item &renamed) {
                           m_session->showStatus(m_texts.renamed.arg(renamed.name));
                       });
    });
    dialog->open();
}

void TenancyListPage::editSettings()
{
    const QString id = targetId();
    if (id.isEmpty())
        return;
    // The settings as stored now, not as the list loaded them a while ago.
    m_session->worker()->run<Result<Item>>(this, m_calls.find(id), [this](Result<Item> item) {
        if (!item) {
            ErrorPresenter::show(this, m_texts.readSettingsFailed, item.error());
            return;
        }
        auto *dialog = deleteOnClose(new SettingsDialog(this));
        dialog->setWindowTitle(tr("Settings of %1").arg(item->name));
        dialog->setIntro(m_texts.settingsIntro.arg(item->name.toHtmlEscaped(), item->slug));
        dialog->setSettings(item->settings);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id = item->id] {
            runWrite<Item>(m_session, this, m_texts.saveSettingsFailed,
                           m_calls.saveSettings(id, dialog->settings()), [this](const Item &saved) {
                               m_session->showStatus(
                                       tr("Saved the settings of %1.").arg(saved.name));
                           });
        });
        dialog->open();
    });
}

void TenancyListPage::deleteItem()
{
    const std::optional<Item> item = currentItem();
    if (!item)
        return;
    m_session->worker()->run<Result<DeletionImpact>>(
            this, m_calls.deletionImpact(item->id),
            [this, item = *item](Result<DeletionImpact> impact) {
                if (!impact) {
                    ErrorPresenter::show(this, m_texts.deleteFailed, impact.error());
                    return;
                }
                auto *dialog = deleteOnClose(
                        new DeleteDialog(m_kind, item.name, item.slug, *impact, this));
                connect(dialog, &QDialog::accepted, this, [this, dialog, item] {
                    runWrite(m_session, this, m_texts.deleteFailed,
                             m_calls.remove(item.id, dialog->typedSlug(), dialog->withData()),
                             [this, name = item.name] {
                                 m_session->showStatus(m_texts.deleted.arg(name));
                             });
                });
                dialog->open();
            });
}

} // namespace tenantdesk
