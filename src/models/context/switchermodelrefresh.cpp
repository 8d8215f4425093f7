// SwitcherModel's refresh: reloading what is loaded in one job and merging the snapshot into
// the tree in place. It lives apart from switchermodel.cpp (paging, data, lookups) only to
// keep files small: the merge cannot move out of the class, because every step of it has to
// run between the model's own begin/end insert/remove calls (the row-matching itself is
// already shared, in lists/rowmerge.h).

#include "models/context/switchermodel.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/rowmerge.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

// Defined in switchermodel.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcSwitcher)

namespace tenantdesk {

// Searches (or refreshes) in one job: the top level, plus the children of every lazy
// tenant whose workspaces are loaded. Each result is merged into what is shown.
void SwitcherModel::search()
{
    refresh();
}

void SwitcherModel::refresh()
{
    // Answers to earlier page requests are dropped (new generation), and no page is asked
    // for until this refresh has been merged: both would page from stale cursors.
    ++m_generation;
    m_fetchingTenants = true;
    for (const auto &tenant : m_tenants)
        tenant->fetching = true;
    beginJob();

    const QString filter = m_filter;
    const int tenantLimit = std::max(int(m_tenants.size()), PageSize);
    QList<QPair<QString, int>> expanded;
    for (const auto &tenant : m_tenants) {
        if (tenant->lazy && (!tenant->workspaces.empty() || tenant->complete))
            expanded.append({tenant->id, std::max(int(tenant->workspaces.size()), PageSize)});
    }
    const quint64 generation = m_generation;
    m_worker->run<Result<Snapshot>>(
            this,
            [filter, tenantLimit, expanded](const Database &db, const Actor &actor) {
                return switcher::loadSnapshot(db, actor, filter, tenantLimit, SearchLimit,
                                              expanded);
            },
            [this, generation](Result<Snapshot> snapshot) {
                endJob();
                if (generation != m_generation)
                    return;
                if (snapshot) {
                    applySnapshot(*snapshot);
                } else {
                    m_tenantsComplete = true;
                    qCWarning(lcSwitcher) << "loading failed:" << snapshot.error().message;
                }
                m_fetchingTenants = false;
                for (const auto &tenant : m_tenants)
                    tenant->fetching = false;
                if (!snapshot) {
                    Q_EMIT errorOccurred(snapshot.error().message);
                    return;
                }
                Q_EMIT loaded();
            });
}

void SwitcherModel::applySnapshot(Snapshot &snapshot)
{
    m_truncated = snapshot.truncated;
    m_tenantsComplete = snapshot.tenantsComplete;
    TenantList fresh;
    fresh.reserve(snapshot.tenants.size());
    for (TenantItem &item : snapshot.tenants)
        fresh.push_back(std::make_unique<TenantItem>(std::move(item)));
    mergeTenants(std::move(fresh));
    for (const auto &tenant : m_tenants) {
        auto reloaded = snapshot.workspaces.find(tenant->id);
        if (tenant->lazy && reloaded != snapshot.workspaces.end()) {
            tenant->complete = reloaded->complete;
            mergeWorkspaces(tenant.get(), std::move(reloaded->items));
        }
    }
}

void SwitcherModel::mergeTenants(TenantList fresh)
{
    const auto idOf = [](const std::unique_ptr<TenantItem> &item) {
        return item->id;
    };
    mergeRows(
            m_tenants, fresh, idOf,
            [this](int first, int last) {
                beginRemoveRows({}, first, last);
                m_tenants.erase(m_tenants.begin() + first, m_tenants.begin() + last + 1);
                renumber();
                endRemoveRows();
            },
            [this, &fresh](int first, int last) {
                beginInsertRows({}, first, last);
                for (int k = first; k <= last; ++k)
                    m_tenants.insert(m_tenants.begin() + k, std::move(fresh[size_t(k)]));
                renumber();
                endInsertRows();
            },
            [this](int row, std::unique_ptr<TenantItem> &item) {
                TenantItem *tenant = m_tenants[size_t(row)].get();
                const bool changed = tenant->name != item->name || tenant->slug != item->slug;
                tenant->name = item->name;
                tenant->slug = item->slug;
                tenant->cursor = item->cursor;
                if (!item->lazy) {
                    tenant->lazy = false;
                    tenant->complete = true;
                    mergeWorkspaces(tenant, std::move(item->workspaces));
                } else if (!tenant->lazy) {
                    // Was a search's fixed match: from now on page its workspaces.
                    tenant->lazy = true;
                    tenant->complete = false;
                    mergeWorkspaces(tenant, {});
                }
                if (changed) {
                    const QModelIndex at = index(row, 0);
                    Q_EMIT dataChanged(at, at);
                }
            });
}

void SwitcherModel::mergeWorkspaces(TenantItem *tenant, std::vector<WorkspaceItem> fresh)
{
    const QModelIndex parent = createIndex(tenant->row, 0, nullptr);
    const auto idOf = [](const WorkspaceItem &item) {
        return item.id;
    };
    auto &current = tenant->workspaces;
    mergeRows(
            current, fresh, idOf,
            [&](int first, int last) {
                beginRemoveRows(parent, first, last);
                current.erase(current.begin() + first, current.begin() + last + 1);
                endRemoveRows();
            },
            [&](int first, int last) {
                beginInsertRows(parent, first, last);
                current.insert(current.begin() + first, fresh.begin() + first,
                               fresh.begin() + last + 1);
                endInsertRows();
            },
            [&](int row, const WorkspaceItem &item) {
                WorkspaceItem &existing = current[size_t(row)];
                const bool changed = existing.name != item.name || existing.slug != item.slug;
                existing = item;
                if (changed) {
                    const QModelIndex at = index(row, 0, parent);
                    Q_EMIT dataChanged(at, at);
                }
            });
}

} // namespace tenantdesk
