#include "widgets/tenancy/tenantspage.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/tenancy/tenanttransfer.h"

#include "models/context/activecontext.h"
#include "models/lists/tenantlistmodel.h"

#include "core/tenancy/tenantservice.h"
#include "core/tenantdata/footprint.h"

namespace tenantdesk {

TenantsPage::TenantsPage(Session *session, QWidget *parent)
    : TenancyListPage(Kind::Tenant, session, parent)
    , m_model(new TenantListModel(session->worker(), this))
    , m_transfer(new TenantTransfer(session, this))
{
    setObjectName(QStringLiteral("tenantsPage"));
    setHeading(tr("Tenants"));
    setSearchPlaceholder(tr("Search tenant names and slugs (Ctrl+F)"));
    tableView()->setAccessibleName(tr("Tenants"));

    Setup setup;
    setup.model = m_model;
    setup.applyFilter = [this](const QString &text) {
        m_model->setFilter(text);
    };
    setup.calls = sharedCalls<TenantService>();
    setup.calls.create = [](const QString &, const QString &name, const QString &slug) {
        return Job<Item>([name, slug](const Database &db, const Actor &actor) {
            return itemOf(TenantService(db, actor).create(name, slug));
        });
    };
    setup.calls.find = [](const QString &id) {
        return Job<Item>([id](const Database &db, const Actor &actor) {
            return itemOf(TenantService(db, actor).find(id));
        });
    };
    // The footprint, and the deletion that names it: a tenant that owns data rows is deleted
    // only with the admin's explicit choice to delete them too.
    setup.calls.footprint = [](const QString &id) {
        return Job<QStringList>([id](const Database &db,
                                     const Actor &actor) -> Result<QStringList> {
            auto footprint
                    = TenantFootprint(db, actor, NamespacePattern::configured()).ofTenant(id);
            if (!footprint)
                return footprint.error();
            return TenantFootprint::describe(*footprint);
        });
    };
    setup.calls.deletionImpact = [](const QString &id) {
        return Job<DeletionImpact>([id](const Database &db,
                                        const Actor &actor) -> Result<DeletionImpact> {
            auto impact = TenantService(db, actor).deletionImpact(id);
            if (!impact)
                return impact.error();
            auto footprint
                    = TenantFootprint(db, actor, NamespacePattern::configured()).ofTenant(id);
            if (!footprint)
                return footprint.error();
            DeletionImpact withFootprint = *impact;
            withFootprint.footprint = TenantFootprint::describe(*footprint);
            withFootprint.dataRows = footprint->dataRows();
            return withFootprint;
        });
    };
    setup.calls.remove = [](const QString &id, const QString &confirmSlug, bool withData) {
        return Job<void>([id, confirmSlug, withData](const Database &db, const Actor &actor) {
            TenantRemoval removal;
            removal.withData = withData;
            removal.namespacePattern = NamespacePattern::configured();
            return TenantService(db, actor).remove(id, confirmSlug, removal);
        });
    };
    setup.createTarget = [] {
        return AccessTarget{};
    };
    setup.selectedTarget = [this]() -> std::optional<AccessTarget> {
        const QString id = targetId();
        if (id.isEmpty())
            return std::nullopt;
        return AccessTarget{id, {}, TenantRole::None};
    };
    const ActionGate::TargetFn selected = setup.selectedTarget;
    setUp(std::move(setup));

    // A whole tenant into a file and from a file (global admins: Action::TransferTenant).
    m_export = addPageAction(tr("E&xport Tenant…"), QStringLiteral("document-export"), {},
                             tr("Export the selected tenant with its data into one file"), [this] {
                                 if (const std::optional<Item> item = currentItem())
                                     m_transfer->exportTenant(item->id, item->slug);
                             });
    m_import = addPageAction(tr("&Import Tenant…"), QStringLiteral("document-import"), {},
                             tr("Add a tenant from an export file to this database"),
                             [this] { m_transfer->importTenant(); });
    m_export->setObjectName(QStringLiteral("exportTenantAction"));
    m_import->setObjectName(QStringLiteral("importTenantAction"));
    actionGate()->add(m_export, Action::TransferTenant, selected, tr("Select a tenant first."));
    actionGate()->add(
            m_import, Action::TransferTenant,
            [] { return std::optional<AccessTarget>(AccessTarget{}); }, QString());
    connect(m_transfer, &TenantTransfer::runningChanged, this, [this](bool running) {
        m_export->setEnabled(!running && m_export->isEnabled());
        m_import->setEnabled(!running && m_import->isEnabled());
        if (!running)
            actionGate()->evaluate();
    });

    // A switch selects the active tenant's row; after a reload it is selected when nothing
    // else is (the admin's own selection stays).
    connect(session->context(), &ActiveContext::contextChanged, this, [this] {
        if (const QModelIndex at = m_model->indexOfId(m_session->context()->tenantId());
            at.isValid())
            tableView()->setCurrentIndex(at);
        actionGate()->evaluate();
    });
    connect(m_model, &PagedModelBase::refreshed, this,
            [this] { selectIfNoneCurrent(m_session->context()->tenantId()); });
    actionGate()->evaluate();
}

QIcon TenantsPage::pageIcon()
{
    return Icons::tenant();
}

QString TenantsPage::countText(int rows) const
{
    return tr("%n tenant(s)", "", rows);
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

std::optional<TenancyListPage::Item> TenantsPage::contextItem() const
{
    const SwitchTarget &context = m_session->context()->current();
    if (context.tenantId.isEmpty())
        return std::nullopt;
    return Item{context.tenantId, context.tenantName, context.tenantSlug, {}};
}

QString TenantsPage::createIntro() const
{
    return tr("A tenant is one customer or organisation. Its slug is how aistack and "
              "tenantctl refer to it and cannot be changed later.");
}

} // namespace tenantdesk
