#include "models/context/activecontext.h"

#include "models/jobs/databaseworker.h"

#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QCoreApplication>

#include <optional>

namespace tenantdesk {

ActiveContext::ActiveContext(QObject *parent)
    : QObject(parent)
{ }

QString ActiveContext::displayName() const
{
    if (m_current.tenantId.isEmpty())
        return {};
    if (m_current.workspaceId.isEmpty())
        return m_current.tenantName;
    return tr("%1 / %2").arg(m_current.tenantName, m_current.workspaceName);
}

void ActiveContext::setCurrent(const SwitchTarget &target)
{
    const auto same = [](const SwitchTarget &a, const SwitchTarget &b) {
        return a.tenantId == b.tenantId && a.workspaceId == b.workspaceId
                && a.tenantName == b.tenantName && a.tenantSlug == b.tenantSlug
                && a.workspaceName == b.workspaceName && a.workspaceSlug == b.workspaceSlug;
    };
    if (same(target, m_current))
        return;
    m_current = target;
    Q_EMIT contextChanged();
}

namespace ContextResolver {

namespace {

SwitchTarget targetOf(const Tenant &tenant)
{
    SwitchTarget target;
    target.tenantId = tenant.id;
    target.tenantName = tenant.name;
    target.tenantSlug = tenant.slug;
    return target;
}

void setWorkspace(SwitchTarget &target, const Workspace &workspace)
{
    target.workspaceId = workspace.id;
    target.workspaceName = workspace.name;
    target.workspaceSlug = workspace.slug;
}

ListQuery firstOnly()
{
    ListQuery query;
    query.limit = 1;
    return query;
}

} // namespace

Result<ContextResolution> resolve(const Database &db, const Actor &actor, const QString &tenantId,
                                  const QString &workspaceId)
{
    const TenantService tenants(db, actor);
    const WorkspaceService workspaces(db, actor);
    ContextResolution resolution;

    std::optional<Tenant> tenant;
    if (!tenantId.isEmpty()) {
        auto found = tenants.find(tenantId);
        if (found)
            tenant = *found;
        else if (found.error().code == ErrorCode::NotFound
                 || found.error().code == ErrorCode::Denied)
            resolution.tenantLost = true;
        else
            return found.error();
    }
    if (!tenant) {
        auto first = tenants.list(firstOnly());
        if (!first)
            return first.error();
        if (first->isEmpty())
            return resolution;
        tenant = first->first();
    }
    resolution.target = targetOf(*tenant);

    // A remembered tenant-wide context stays tenant-wide; anything else wants a workspace.
    const bool wantWorkspace
            = tenantId.isEmpty() || resolution.tenantLost || !workspaceId.isEmpty();
    if (!resolution.tenantLost && !workspaceId.isEmpty()) {
        auto found = workspaces.find(tenant->id, workspaceId);
        if (found) {
            setWorkspace(resolution.target, *found);
            return resolution;
        }
        if (found.error().code != ErrorCode::NotFound && found.error().code != ErrorCode::Denied)
            return found.error();
        resolution.workspaceLost = true;
    }
    if (wantWorkspace) {
        auto first = workspaces.list(tenant->id, firstOnly());
        if (!first)
            return first.error();
        if (!first->isEmpty())
            setWorkspace(resolution.target, first->first());
    }
    return resolution;
}

void resolveAsync(DatabaseWorker *worker, QObject *context, const QString &tenantId,
                  const QString &workspaceId, std::function<void(Result<ContextResolution>)> done)
{
    worker->run<Result<ContextResolution>>(
            context,
            [tenantId, workspaceId](const Database &db, const Actor &actor) {
                return resolve(db, actor, tenantId, workspaceId);
            },
            std::move(done));
}

} // namespace ContextResolver

} // namespace tenantdesk
