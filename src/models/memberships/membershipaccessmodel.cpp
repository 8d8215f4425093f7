#include "models/memberships/membershipaccessmodel.h"

#include <QFont>

namespace tenantdesk {

MembershipAccessModel::MembershipAccessModel(DatabaseWorker *worker, QObject *parent)
    : KeysetTableModel<WorkspaceAccess>(worker, parent)
{
    restart();
}

int MembershipAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembershipAccessModel::sourceText(const WorkspaceAccess &access)
{
    switch (access.source()) {
    case WorkspaceAccess::Source::None:
        return tr("no grant");
    case WorkspaceAccess::Source::TenantWide:
        return tr("tenant-wide grant (%1)").arg(tenantRoleName(access.tenantWideRole));
    case WorkspaceAccess::Source::Workspace:
        return tr("workspace grant (%1)").arg(tenantRoleName(access.workspaceRole));
    case WorkspaceAccess::Source::Both:
        return tr("both: tenant-wide %1 and workspace %2; the higher wins")
                .arg(tenantRoleName(access.tenantWideRole), tenantRoleName(access.workspaceRole));
    }
    return {};
}

QVariant MembershipAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkspaceAccess *row = rowAt(index.row());
    if (!row)
        return placeholderData(index, role);
    const WorkspaceAccess &access = *row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WorkspaceColumn:
            return tr("%1 (%2)").arg(access.workspaceName, access.workspaceSlug);
        case EffectiveRoleColumn:
            return access.effectiveRole() == TenantRole::None
                    ? tr("none")
                    : tenantRoleName(access.effectiveRole());
        case SourceColumn:
            return sourceText(access);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return sourceText(access);
        break;
    case Qt::FontRole:
        if (index.column() == EffectiveRoleColumn && access.effectiveRole() != TenantRole::None) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ModelRoles::IdRole:
        return access.workspaceId;
    case ModelRoles::RowRole:
        return QVariant::fromValue(access);
    case EffectiveRoleRole:
        return int(access.effectiveRole());
    }
    return {};
}

QVariant MembershipAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkspaceColumn:
        return tr("Workspace");
    case EffectiveRoleColumn:
        return tr("Effective role");
    case SourceColumn:
        return tr("Comes from");
    }
    return {};
}

void MembershipAccessModel::setSubject(const QString &tenantId, const QString &userId)
{
    if (tenantId == m_tenantId && userId == m_userId)
        return;
    m_tenantId = tenantId;
    m_userId = userId;
    restart();
}

// A user's rows in one tenant: as many as it has workspaces, counted by reading them.
MembershipAccessModel::Source MembershipAccessModel::source() const
{
    Source source;
    source.read = [tenantId = m_tenantId, userId = m_userId](
                          const Database &db, const Actor &actor, const QVariantList &after,
                          int limit) -> Result<QList<WorkspaceAccess>> {
        if (tenantId.isEmpty() || userId.isEmpty())
            return QList<WorkspaceAccess>();
        return EffectiveAccess(db, actor).perWorkspace(tenantId, userId, after.value(0).toString(),
                                                       limit);
    };
    source.cursorOf = [](const WorkspaceAccess &access) {
        return QVariantList{access.workspaceSlug};
    };
    source.idOf = [](const WorkspaceAccess &access) {
        return access.workspaceId;
    };
    return source;
}

} // namespace tenantdesk
