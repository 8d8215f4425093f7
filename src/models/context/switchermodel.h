#pragma once

#include "models/context/switcheritems.h"
#include "models/lists/modelroles.h"

#include "core/tenancy/contextsearch.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QVariantList>

#include <memory>
#include <vector>

namespace tenantdesk {

class DatabaseWorker;
struct Tenant;
struct Workspace;

// The tenants the signed-in user may see, each with its visible workspaces as children,
// for the switcher dock. Everything loads lazily through the DatabaseWorker: tenants page by
// page as the view scrolls, a tenant's workspaces when it is expanded (keyset paging in
// core). A filter switches to a bounded search in SQL (ContextSearch) over the names and
// slugs of tenants and workspaces. refresh() reloads what is loaded and merges it row by
// row, so selections, expansion and scroll positions survive another process's commits.
class SwitcherModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        // ModelRoles::IdRole: the row's tenant or workspace id; ModelRoles::SlugRole its slug.
        TenantIdRole = ModelRoles::FirstModelRole,
        WorkspaceIdRole, // empty on tenant rows
        IsWorkspaceRole,
    };
    static constexpr int PageSize = 200;
    static constexpr int SearchLimit = 500;

    explicit SwitcherModel(DatabaseWorker *worker, QObject *parent = nullptr);
    ~SwitcherModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString filter() const { return m_filter; }
    // Empty: browse every visible tenant; otherwise search (bounded by SearchLimit).
    void setFilter(const QString &text);
    // Reloads what is loaded and merges it in place.
    void refresh();

    SwitchTarget targetAt(const QModelIndex &index) const;
    // Invalid when that row is not loaded.
    QModelIndex indexOf(const QString &tenantId, const QString &workspaceId = {}) const;
    // Shown in bold: the active context.
    void setActive(const QString &tenantId, const QString &workspaceId);
    // Decorations of tenant and workspace rows (the widgets layer owns the icon set).
    void setIcons(const QIcon &tenant, const QIcon &workspace);

    bool isLoading() const { return m_pending > 0; }
    // True when the last search found more than SearchLimit matches.
    bool isTruncated() const { return m_truncated; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    // A page, a search or a refresh has been applied.
    void loaded();

private:
    using WorkspaceItem = switcher::WorkspaceItem;
    using TenantItem = switcher::TenantItem;
    using TenantList = std::vector<std::unique_ptr<TenantItem>>;
    using Snapshot = switcher::Snapshot;

    TenantItem *tenantOf(const QModelIndex &index) const;
    void reset();
    void beginJob();
    void endJob();
    void fetchTenants();
    void fetchWorkspaces(TenantItem *tenant);
    void search();
    void applySnapshot(Snapshot &snapshot);
    void mergeTenants(TenantList fresh);
    void mergeWorkspaces(TenantItem *tenant, std::vector<WorkspaceItem> fresh);
    void renumber();
    void notifyActive(const QString &tenantId, const QString &workspaceId);

    DatabaseWorker *m_worker;
    TenantList m_tenants;
    QString m_filter;
    bool m_tenantsComplete = false;
    bool m_fetchingTenants = false;
    bool m_truncated = false;
    int m_pending = 0;
    // Bumped by every reset and refresh: answers to older requests are dropped.
    quint64 m_generation = 0;
    QString m_activeTenant;
    QString m_activeWorkspace;
    QIcon m_tenantIcon;
    QIcon m_workspaceIcon;
};

} // namespace tenantdesk
