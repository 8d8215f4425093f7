#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"

#include "core/people/user.h"

namespace tenantdesk {

// aistack's users, ordered by username, optionally narrowed to a name or e-mail prefix,
// counted and loaded by pages as views ask (fast at 100,000 users: the prefix is a range scan
// on an index).
class UserListModel : public KeysetTableModel<User>
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, EmailColumn, RoleColumn, ColumnCount };

    explicit UserListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString filter() const { return m_prefix; }
    // Keeps users whose username or e-mail starts with prefix.
    void setFilter(const QString &prefix);

protected:
    Source source() const override;

private:
    QString m_prefix;
};

} // namespace tenantdesk
