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
    const User *row = rowAt(index.row());
    if (!row)
        return placeholderData(index, role);
    const User &user = *row;
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

UserListModel::Source UserListModel::source() const
{
    Source source;
    const QString prefix = m_prefix;
    source.read
            = [prefix](const Database &db, const Actor &, const QVariantList &after, int limit) {
                  return UserDirectory(db).list(limit, after.value(0).toString(), prefix);
              };
    source.cursorOf = [](const User &user) {
        return QVariantList{user.username};
    };
    source.idOf = [](const User &user) {
        return user.id;
    };
    source.anchors = [prefix](const Database &db, const Actor &, int pageSize) {
        return UserDirectory(db).anchors(prefix, pageSize);
    };
    return source;
}

} // namespace tenantdesk
