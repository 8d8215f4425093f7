#pragma once

#include <QStyledItemDelegate>

namespace tenantdesk {

// Editors of SettingsRowsModel cells: a list of types for the type column, true/false for
// yes/no values, a line edit for everything else.
class SettingsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace tenantdesk
