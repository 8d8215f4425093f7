#pragma once

#include <QStyledItemDelegate>

namespace tenantdesk {

// Edits a membership's role with a combo box that offers only the roles the signed-in user
// may set on that row: the model's GrantableRolesRole, which AccessPolicy decided on the
// worker thread (tenant_admin is never among them on a workspace row). The chosen role is
// committed at once.
class RoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RoleDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace tenantdesk
