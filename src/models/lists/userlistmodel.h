#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"

#include "core/people/user.h"

namespace tenantdesk {

// aistack's users, ordered by username, optionally narrowed to a name or e-mail prefix,
// loaded page by page (fast at 100,000 users: the prefix is a range scan on an index).
// Locked users say so in StatusColumn and are shown greyed.
class UserListModel : public KeysetTableModel<User>
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, EmailColumn, RoleColumn, StatusColumn, ColumnCount };
    // Everyone: the whole directory (granting a role needs to name people outside the
    // tenant). Visible: the people the signed-in user may see (UserService::list), for the
    // People page.
    enum class Scope { Everyone, Visible };

    explicit UserListModel(DatabaseWorker *worker, QObject *parent = nullptr);
    UserListModel(DatabaseWorker *worker, Scope scope, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString filter() const { return m_prefix; }
    // Keeps users whose username or e-mail starts with prefix.
    void setFilter(const QString &prefix);

protected:
    PageJob pageJob(const User *last, int limit) const override;
    QString idOf(const User &user) const override { return user.id; }

private:
    Scope m_scope = Scope::Everyone;
    QString m_prefix;
};

} // namespace tenantdesk
