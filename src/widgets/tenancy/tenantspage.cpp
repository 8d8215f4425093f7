#include "widgets/tenancy/tenantspage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/common/writejob.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/namedialog.h"
#include "widgets/tenancy/settingsdialog.h"

#include "models/context/activecontext.h"
#include "models/lists/tenantlistmodel.h"

#include "core/tenancy/tenantservice.h"

#include <QAction>

namespace tenantdesk {

TenantsPage::TenantsPage(Session *session, QWidget *parent)
    : ListPage(session, parent)
    , m_model(new TenantListModel(session->worker(), this))
{
    setObjectName(QStringLiteral("tenantsPage"));
    setHeading(tr("Tenants"));
    setSearchPlaceholder(tr("Search tenant names and slugs (Ctrl+F)"));
    tableView()->setAccessibleName(tr("Tenants"));
    setModel(m_model);

    m_create = addPageAction(tr("&New Tenant…"), QStringLiteral("list-add"), QKeySequence::New,
                             tr("Create a tenant"), [this] { createTenant(); });
    m_rename = addPageAction(tr("&Rename Tenant…"), QStringLiteral("edit-rename"), Qt::Key_F2,
                             tr("Rename the selected tenant"), [this] { renameTenant(); });
    m_settings = addPageAction(tr("Tenant &Settings…"), QStringLiteral("document-properties"),
                               QKeySequence(Qt::ALT | Qt::Key_Return),
                               tr("Edit the settings of the selected tenant"),
                               [this] { editSettings(); });
    m_delete = addPageAction(tr("&Delete Tenant…"), QStringLiteral("edit-delete"),
                             QKeySequence::Delete,
                             tr("Delete the selected tenant with its workspaces and memberships"),
                             [this] { deleteTenant(); });
    m_create->setObjectName(QStringLiteral("createTenantAction"));
    m_rename->setObjectName(QStringLiteral("renameTenantAction"));
    m_settings->setObjectName(QStringLiteral("tenantSettingsAction"));
    m_delete->setObjectName(QStringLiteral("deleteTenantAction"));

    const auto selected = [this]() -> std::optional<AccessTarget> {
        const QString id = currentId();
        if (id.isEmpty())
            return std::nullopt;
        return AccessTarget{id, {}, TenantRole::None};
    };
    const QString selectFirst = tr("Select a tenant first.");
    actionGate()->add(m_create, Action::CreateTenant, [] { return AccessTarget{}; }, {});
    actionGate()->add(m_rename, Action::RenameTenant, selected, selectFirst);
    actionGate()->add(m_settings, Action::EditTenantSettings, selected, selectFirst);
    actionGate()->add(m_delete, Action::DeleteTenant, selected, selectFirst);

    connect(session->context(), &ActiveContext::contextChanged, this, &TenantsPage::followContext);
    connect(m_model, &PagedModelBase::refreshed, this, &TenantsPage::followContext);
    actionGate()->evaluate();
}

QIcon TenantsPage::icon() const
{
    return Icons::tenant();
}

void TenantsPage::applyFilter(const QString &text)
{
    m_model->setFilter(text);
}

void TenantsPage::reloadModel()
{
    m_model->refresh();
}

QString TenantsPage::countText(int rows) const
{
    return rows == 1 ? tr("1 tenant") : tr("%1 tenants").arg(rows);
}

QString TenantsPage::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No tenant you can see matches this search.");
    return m_session->actor().isGlobalAdmin()
            ? tr("No tenants yet: create the first one with New Tenant.")
            : tr("You have no role in any tenant yet.");
}

void TenantsPage::activateRow(const QModelIndex &index)
{
    const auto tenant = index.siblingAtColumn(0).data(ModelRoles::RowRole).value<Tenant>();
    SwitchTarget target;
    target.tenantId = tenant.id;
    target.tenantName = tenant.name;
    target.tenantSlug = tenant.slug;
    m_session->context()->setCurrent(target);
}

// The row of the active tenant is the current one, when it is loaded and nothing else is.
void TenantsPage::followContext()
{
    if (!currentId().isEmpty())
        return;
    const QModelIndex active = m_model->indexOfId(m_session->context()->tenantId());
    if (active.isValid())
        tableView()->setCurrentIndex(active);
}

void TenantsPage::createTenant()
{
    NameDialog dialog(NameDialog::Mode::Create, this);
    dialog.setWindowTitle(tr("New Tenant"));
    dialog.setIntro(tr("A tenant is one customer or organisation. Its slug is how aistack and "
                       "tenantctl refer to it and cannot be changed later."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString slug = dialog.slug();
    runWrite<Tenant>(
            m_session, this, tr("Could not create the tenant"),
            [name, slug](const Database &db, const Actor &actor) {
                return TenantService(db, actor).create(name, slug);
            },
            [this](const Tenant &tenant) {
                m_session->showStatus(tr("Created tenant %1.").arg(tenant.name));
            });
}

void TenantsPage::renameTenant()
{
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid())
        return;
    const auto tenant = current.siblingAtColumn(0).data(ModelRoles::RowRole).value<Tenant>();
    NameDialog dialog(NameDialog::Mode::Rename, this);
    dialog.setWindowTitle(tr("Rename Tenant"));
    dialog.setName(tenant.name);
    dialog.setSlug(tenant.slug);
    if (dialog.exec() != QDialog::Accepted || dialog.name() == tenant.name)
        return;
    const QString id = tenant.id;
    const QString name = dialog.name();
    runWrite<Tenant>(
            m_session, this, tr("Could not rename the tenant"),
            [id, name](const Database &db, const Actor &actor) {
                return TenantService(db, actor).rename(id, name);
            },
            [this](const Tenant &renamed) {
                m_session->showStatus(tr("Renamed the tenant to %1.").arg(renamed.name));
            });
}

void TenantsPage::editSettings()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    // The settings as stored now, not as the list loaded them a while ago.
    m_session->worker()->run<Result<Tenant>>(
            this,
            [id](const Database &db, const Actor &actor) {
                return TenantService(db, actor).find(id);
            },
            [this](Result<Tenant> tenant) {
                if (!tenant) {
                    ErrorPresenter::show(this, tr("Could not read the tenant's settings"),
                                         tenant.error());
                    return;
                }
                SettingsDialog dialog(this);
                dialog.setWindowTitle(tr("Settings of %1").arg(tenant->name));
                dialog.setIntro(
                        tr("Settings of the tenant <b>%1</b> (%2), stored as a JSON object.")
                                .arg(tenant->name.toHtmlEscaped(), tenant->slug));
                dialog.setSettings(tenant->settings);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const QString tenantId = tenant->id;
                const QJsonObject settings = dialog.settings();
                runWrite<Tenant>(
                        m_session, this, tr("Could not save the tenant's settings"),
                        [tenantId, settings](const Database &db, const Actor &actor) {
                            return TenantService(db, actor).updateSettings(tenantId, settings);
                        },
                        [this](const Tenant &saved) {
                            m_session->showStatus(tr("Saved the settings of %1.").arg(saved.name));
                        });
            });
}

void TenantsPage::deleteTenant()
{
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid())
        return;
    const auto tenant = current.siblingAtColumn(0).data(ModelRoles::RowRole).value<Tenant>();
    m_session->worker()->run<Result<DeletionImpact>>(
            this,
            [id = tenant.id](const Database &db, const Actor &actor) {
                return TenantService(db, actor).deletionImpact(id);
            },
            [this, tenant](Result<DeletionImpact> impact) {
                if (!impact) {
                    ErrorPresenter::show(this, tr("Could not delete the tenant"), impact.error());
                    return;
                }
                DeleteDialog dialog(DeleteDialog::Kind::Tenant, tenant.name, tenant.slug, *impact,
                                    this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const QString confirm = dialog.typedSlug();
                runWrite(
                        m_session, this, tr("Could not delete the tenant"),
                        [id = tenant.id, confirm](const Database &db, const Actor &actor) {
                            return TenantService(db, actor).remove(id, confirm);
                        },
                        [this, name = tenant.name] {
                            m_session->showStatus(tr("Deleted tenant %1.").arg(name));
                        });
            });
}

} // namespace tenantdesk
