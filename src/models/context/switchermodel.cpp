#include "models/context/switchermodel.h"

#include "models/jobs/databaseworker.h"

#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QFont>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcSwitcher, "tenantdesk.models.switcher", QtWarningMsg)

namespace tenantdesk {

SwitcherModel::SwitcherModel(DatabaseWorker *worker, QObject *parent)
    : QAbstractItemModel(parent)
    , m_worker(worker)
{ }

SwitcherModel::~SwitcherModel() = default;

// Tenant rows carry no pointer; workspace rows point at their tenant.
SwitcherModel::TenantItem *SwitcherModel::tenantOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (auto *parentTenant = static_cast<TenantItem *>(index.internalPointer()))
        return parentTenant;
    return m_tenants.at(size_t(index.row())).get();
}

QModelIndex SwitcherModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    if (parent.internalPointer())
        return {}; // workspaces have no children
    return createIndex(row, column, m_tenants.at(size_t(parent.row())).get());
}

QModelIndex SwitcherModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *tenant = static_cast<TenantItem *>(child.internalPointer());
    return createIndex(tenant->row, 0, nullptr);
}

int SwitcherModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tenants.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;
    return int(m_tenants.at(size_t(parent.row()))->workspaces.size());
}

int SwitcherModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalPointer() ? 0 : 1;
}

bool SwitcherModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_tenants.empty() || canFetchMore(parent);
    if (parent.column() != 0 || parent.internalPointer())
        return false;
    const TenantItem *tenant = m_tenants.at(size_t(parent.row())).get();
    return !tenant->workspaces.empty() || !tenant->complete;
}

QVariant SwitcherModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const TenantItem *tenant = tenantOf(index);
    const bool isWorkspace = index.internalPointer() != nullptr;
    const WorkspaceItem *workspace
            = isWorkspace ? &tenant->workspaces.at(size_t(index.row())) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return isWorkspace ? workspace->name : tenant->name;
    case Qt::ToolTipRole:
        return isWorkspace
                ? tr("Workspace %1 (%2) of %3").arg(workspace->name, workspace->slug, tenant->name)
                : tr("Tenant %1 (%2)").arg(tenant->name, tenant->slug);
    case Qt::AccessibleTextRole:
        return isWorkspace ? tr("Workspace %1 in %2").arg(workspace->name, tenant->name)
                           : tr("Tenant %1").arg(tenant->name);
    case Qt::DecorationRole: {
        const QIcon &icon = isWorkspace ? m_workspaceIcon : m_tenantIcon;
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case Qt::FontRole: {
        const bool active = tenant->id == m_activeTenant
                && (isWorkspace ? workspace->id == m_activeWorkspace : m_activeWorkspace.isEmpty());
        if (!active)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case ModelRoles::IdRole:
        return isWorkspace ? workspace->id : tenant->id;
    case ModelRoles::SlugRole:
        return isWorkspace ? workspace->slug : tenant->slug;
    case TenantIdRole:
        return tenant->id;
    case WorkspaceIdRole:
        return isWorkspace ? workspace->id : QString();
    case IsWorkspaceRole:
        return isWorkspace;
    default:
        return {};
    }
}

QHash<int, QByteArray> SwitcherModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ModelRoles::IdRole, "id");
    names.insert(ModelRoles::SlugRole, "slug");
    names.insert(TenantIdRole, "tenantId");
    names.insert(WorkspaceIdRole, "workspaceId");
    names.insert(IsWorkspaceRole, "isWorkspace");
    return names;
}

bool SwitcherModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_tenantsComplete;
    if (parent.column() != 0 || parent.internalPointer())
        return false;
    return !m_tenants.at(size_t(parent.row()))->complete;
}

void SwitcherModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid()) {
        if (m_filter.isEmpty())
            fetchTenants();
        else if (!m_fetchingTenants)
            search();
        return;
    }
    if (parent.column() == 0 && !parent.internalPointer())
        fetchWorkspaces(m_tenants.at(size_t(parent.row())).get());
}

void SwitcherModel::beginJob()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
}

void SwitcherModel::endJob()
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void SwitcherModel::fetchTenants()
{
    if (m_fetchingTenants || m_tenantsComplete)
        return;
    m_fetchingTenants = true;
    beginJob();
    const QVariantList after = m_tenants.empty() ? QVariantList() : m_tenants.back()->cursor;
    const quint64 generation = m_generation;
    m_worker->run<Result<QList<Tenant>>>(
            this,
            [after](const Database &db, const Actor &actor) {
                return TenantService(db, actor).list(switcher::pageQuery(after, PageSize));
            },
            [this, generation](Result<QList<Tenant>> page) {
                endJob();
                if (generation != m_generation)
                    return;
                if (!page) {
                    // Stop asking until the next refresh, rather than retrying in a loop.
                    m_fetchingTenants = false;
                    m_tenantsComplete = true;
                    qCWarning(lcSwitcher) << "loading failed:" << page.error().message;
                    Q_EMIT errorOccurred(page.error().message);
                    return;
                }
                m_tenantsComplete = page->size() < PageSize;
                if (!page->isEmpty()) {
                    const int first = int(m_tenants.size());
                    beginInsertRows({}, first, first + int(page->size()) - 1);
                    for (const Tenant &tenant : std::as_const(*page))
                        m_tenants.push_back(std::make_unique<TenantItem>(switcher::itemOf(tenant)));
                    renumber();
                    endInsertRows();
                }
                // Only now: views (and the model tester) ask for more from within the insert
                // signals, and must not fetch the page being inserted a second time.
                m_fetchingTenants = false;
                Q_EMIT loaded();
            });
}

void SwitcherModel::fetchWorkspaces(TenantItem *tenant)
{
    if (tenant->fetching || tenant->complete)
        return;
    tenant->fetching = true;
    beginJob();
    const QString tenantId = tenant->id;
    const QVariantList after
            = tenant->workspaces.empty() ? QVariantList() : tenant->workspaces.back().cursor;
    const quint64 generation = m_generation;
    m_worker->run<Result<QList<Workspace>>>(
            this,
            [tenantId, after](const Database &db, const Actor &actor) {
                return WorkspaceService(db, actor).list(tenantId,
                                                        switcher::pageQuery(after, PageSize));
            },
            // Same generation: no merge has run since, so the pointer is still ours.
            [this, generation, tenant](Result<QList<Workspace>> page) {
                endJob();
                if (generation != m_generation)
                    return;
                if (!page) {
                    tenant->fetching = false;
                    tenant->complete = true;
                    qCWarning(lcSwitcher) << "loading failed:" << page.error().message;
                    Q_EMIT errorOccurred(page.error().message);
                    return;
                }
                tenant->complete = page->size() < PageSize;
                const QModelIndex parent = createIndex(tenant->row, 0, nullptr);
                if (!page->isEmpty()) {
                    const int first = int(tenant->workspaces.size());
                    beginInsertRows(parent, first, first + int(page->size()) - 1);
                    for (const Workspace &workspace : std::as_const(*page))
                        tenant->workspaces.push_back(switcher::itemOf(workspace));
                    endInsertRows();
                } else if (tenant->complete) {
                    // hasChildren() changes from true to false: let views drop the arrow.
                    Q_EMIT dataChanged(parent, parent);
                }
                tenant->fetching = false;
                Q_EMIT loaded();
            });
}

void SwitcherModel::setFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    reset();
}

void SwitcherModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_tenants.clear();
    m_tenantsComplete = false;
    m_fetchingTenants = false;
    m_truncated = false;
    endResetModel();
}

void SwitcherModel::renumber()
{
    for (size_t i = 0; i < m_tenants.size(); ++i)
        m_tenants[i]->row = int(i);
}

SwitchTarget SwitcherModel::targetAt(const QModelIndex &index) const
{
    SwitchTarget target;
    const TenantItem *tenant = tenantOf(index);
    if (!tenant)
        return target;
    target.tenantId = tenant->id;
    target.tenantName = tenant->name;
    target.tenantSlug = tenant->slug;
    if (index.internalPointer()) {
        const WorkspaceItem &workspace = tenant->workspaces.at(size_t(index.row()));
        target.workspaceId = workspace.id;
        target.workspaceName = workspace.name;
        target.workspaceSlug = workspace.slug;
    }
    return target;
}

QModelIndex SwitcherModel::indexOf(const QString &tenantId, const QString &workspaceId) const
{
    for (const auto &tenant : m_tenants) {
        if (tenant->id != tenantId)
            continue;
        const QModelIndex tenantIndex = createIndex(tenant->row, 0, nullptr);
        if (workspaceId.isEmpty())
            return tenantIndex;
        for (size_t i = 0; i < tenant->workspaces.size(); ++i) {
            if (tenant->workspaces[i].id == workspaceId)
                return createIndex(int(i), 0, tenant.get());
        }
        return {};
    }
    return {};
}

void SwitcherModel::setActive(const QString &tenantId, const QString &workspaceId)
{
    const QString oldTenant = std::exchange(m_activeTenant, tenantId);
    const QString oldWorkspace = std::exchange(m_activeWorkspace, workspaceId);
    notifyActive(oldTenant, oldWorkspace);
    notifyActive(tenantId, workspaceId);
}

void SwitcherModel::notifyActive(const QString &tenantId, const QString &workspaceId)
{
    const QModelIndex at = indexOf(tenantId, workspaceId);
    if (at.isValid())
        Q_EMIT dataChanged(at, at, {Qt::FontRole});
}

void SwitcherModel::setIcons(const QIcon &tenant, const QIcon &workspace)
{
    m_tenantIcon = tenant;
    m_workspaceIcon = workspace;
    if (!m_tenants.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_tenants.size()) - 1, 0), {Qt::DecorationRole});
}

} // namespace tenantdesk
