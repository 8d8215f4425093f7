#include "widgets/tenancy/workspacespage.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"

#include "models/context/activecontext.h"
#include "models/lists/workspacelistmodel.h"

#include "core/tenancy/workspaceservice.h"
#include "core/tenantdata/footprint.h"

namespace tenantdesk {

WorkspacesPage::WorkspacesPage(Session *session, QWidget *parent)
    : TenancyListPage(Kind::Workspace, session, parent)
    , m_model(new WorkspaceListModel(session->worker(), this))
{
    setObjectName(QStringLiteral("workspacesPage"));
    setSearchPlaceholder(tr("Search workspace names and slugs (Ctrl+F)"));
    tableView()->setAccessibleName(tr("Workspaces"));

    Setup setup;
    setup.model = m_model;
    setup.applyFilter = [this](const QString &text) {
        m_model->setFilter(text);
    };
    setup.calls = sharedCalls<WorkspaceService>();
    setup.calls.create = [](const QString &tenantId, const QString &name, const QString &slug) {
        return Job<Item>([tenantId, name, slug](const Database &db, const Actor &actor) {
            return itemOf(WorkspaceService(db, actor).create(tenantId, name, slug));
        });
    };
    setup.calls.find = [this](const QString &id) {
        return Job<Item>(
                [tenantId = m_model->tenantId(), id](const Database &db, const Actor &actor) {
                    return itemOf(WorkspaceService(db, actor).find(tenantId, id));
                });
    };
    setup.calls.footprint = [](const QString &id) {
        return Job<QStringList>([id](const Database &db,
                                     const Actor &actor) -> Result<QStringList> {
            auto footprint
                    = TenantFootprint(db, actor, NamespacePattern::configured()).ofWorkspace(id);
            if (!footprint)
                return footprint.error();
            return TenantFootprint::describe(*footprint);
        });
    };
    setup.createTarget = [this]() -> std::optional<AccessTarget> {
        if (m_model->tenantId().isEmpty())
            return std::nullopt;
        return AccessTarget{m_model->tenantId(), {}, TenantRole::None};
    };
    setup.whenNoCreateTarget = tr("Switch to a tenant first.");
    setup.selectedTarget = [this]() -> std::optional<AccessTarget> {
        const QString id = targetId();
        if (id.isEmpty() || m_model->tenantId().isEmpty())
            return std::nullopt;
        return AccessTarget{m_model->tenantId(), id, TenantRole::None};
    };
    setUp(std::move(setup));

    connect(session->context(), &ActiveContext::contextChanged, this,
            &WorkspacesPage::followContext);
    connect(m_model, &PagedModelBase::refreshed, this,
            [this] { selectIfNoneCurrent(m_session->context()->workspaceId()); });
    followContext();
}

QIcon WorkspacesPage::pageIcon()
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

QString WorkspacesPage::countText(int rows) const
{
    return tr("%n workspace(s)", "", rows);
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

std::optional<QString> WorkspacesPage::createScope() const
{
    const QString tenantId = m_session->context()->tenantId();
    return tenantId.isEmpty() ? std::nullopt : std::optional<QString>(tenantId);
}

std::optional<TenancyListPage::Item> WorkspacesPage::contextItem() const
{
    const SwitchTarget &context = m_session->context()->current();
    if (context.workspaceId.isEmpty())
        return std::nullopt;
    return Item{context.workspaceId, context.workspaceName, context.workspaceSlug, {}};
}

QString WorkspacesPage::createIntro() const
{
    return tr("A new workspace in <b>%1</b>. Its slug is unique within the tenant and cannot be "
              "changed later.")
            .arg(m_session->context()->current().tenantName.toHtmlEscaped());
}

} // namespace tenantdesk
