#include "models/lists/userlistmodel.h"

#include "core/people/userdirectory.h"

namespace tenantdesk {

UserListModel::UserListModel(DatabaseWorker *worker, QObject *parent)
    : KeysetTableModel<User>(worker, parent)
{
    restart();
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UsernameColumn:
            return user.username;
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return globalRoleName(user.globalRole);
        }
        break;
    case ModelRoles::IdRole:
        return user.id;
    case ModelRoles::RowRole:
        return QVariant::fromValue(user);
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Global role");
    }
    return {};
}

void UserListModel::setFilter(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    restart();
}

UserListModel::PageJob UserListModel::pageJob(const User *last, int limit) const
{
    return [limit, after = last ? last->username : QString(), prefix = m_prefix](const Database &db,
                                                                                 const Actor &) {
        return UserDirectory(db).list(limit, after, prefix);
    };
}

} // namespace tenantdesk
