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

UserListModel::Source UserListModel::source() const
{
    // Everyone: what a completer offers. Visible: what the People page shows the signed-in
    // user, decided in core (UserService) for the rows and their count alike.
    const bool visibleOnly = m_scope == Scope::Visible;
    UserListQuery base;
    base.prefix = m_prefix;
    Source source;
    source.read = [base, visibleOnly](const Database &db, const Actor &actor,
                                      const QVariantList &after, int limit) {
        UserListQuery query = base;
        query.limit = limit;
        query.afterUsername = after.value(0).toString();
        return visibleOnly ? UserService(db, actor).list(query) : UserDirectory(db).list(query);
    };
    source.cursorOf = [](const User &user) {
        return QVariantList{user.username};
    };
    source.idOf = [](const User &user) {
        return user.id;
    };
    source.anchors = [base, visibleOnly](const Database &db, const Actor &actor, int pageSize) {
        return visibleOnly ? UserService(db, actor).anchors(base, pageSize)
                           : UserDirectory(db).anchors(base, pageSize);
    };
    return source;
}

} // namespace tenantdesk
