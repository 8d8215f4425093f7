#include "models/lists/userlistmodel.h"

#include "core/people/userdirectory.h"
#include "core/people/userservice.h"

#include <QBrush>

namespace tenantdesk {

UserListModel::UserListModel(DatabaseWorker *worker, QObject *parent)
    : UserListModel(worker, Scope::Everyone, parent)
{ }

UserListModel::UserListModel(DatabaseWorker *worker, Scope scope, QObject *parent)
    : KeysetTableModel<User>(worker, parent)
    , m_scope(scope)
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
        case StatusColumn:
            if (role == Qt::ToolTipRole && user.locked)
                return tr("Locked: %1 cannot sign in to aistack or TenantDesk until a global "
                          "admin unlocks the account.")
                        .arg(user.username);
            return user.locked ? tr("Locked") : tr("Active");
        }
        break;
    case Qt::ForegroundRole:
        if (user.locked)
            return QBrush(Qt::gray); // readable on light and dark palettes
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
    case StatusColumn:
        return tr("Status");
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
    UserListQuery query;
    query.limit = limit;
    query.afterUsername = last ? last->username : QString();
    query.prefix = m_prefix;
    if (m_scope == Scope::Visible)
        return [query](const Database &db, const Actor &actor) {
            return UserService(db, actor).list(query);
        };
    return [query](const Database &db, const Actor &) {
        return UserDirectory(db).list(query);
    };
}

} // namespace tenantdesk
