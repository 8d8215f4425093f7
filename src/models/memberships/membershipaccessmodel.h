#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"

#include "core/access/effectiveaccess.h"

namespace tenantdesk {

// One user's effective role in each workspace of a tenant (the workspaces the signed-in user
// may see), and where it comes from: the tenant-wide grant, the grant on the workspace, or
// both (the higher wins). Paged by workspace slug.
class MembershipAccessModel : public KeysetTableModel<WorkspaceAccess>
{
    Q_OBJECT

public:
    enum Column { WorkspaceColumn, EffectiveRoleColumn, SourceColumn, ColumnCount };
    // ModelRoles::IdRole: the workspace id; ModelRoles::RowRole: the WorkspaceAccess.
    enum Role { EffectiveRoleRole = ModelRoles::FirstModelRole };

    explicit MembershipAccessModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString tenantId() const { return m_tenantId; }
    QString userId() const { return m_userId; }
    // Empty ids: no rows.
    void setSubject(const QString &tenantId, const QString &userId);

    // "tenant-wide grant (member)", "workspace grant (workspace_admin)", ...
    static QString sourceText(const WorkspaceAccess &access);

protected:
    Source source() const override;

private:
    QString m_tenantId;
    QString m_userId;
};

} // namespace tenantdesk
