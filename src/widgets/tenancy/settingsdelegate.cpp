#include "widgets/tenancy/settingsdelegate.h"

#include "models/tenancy/settingsrowsmodel.h"

#include <QComboBox>

namespace tenantdesk {

namespace {

bool isBooleanValue(const QModelIndex &index)
{
    return index.column() == SettingsRowsModel::ValueColumn
            && index.siblingAtColumn(SettingsRowsModel::TypeColumn).data(Qt::EditRole).toInt()
            == int(SettingsRowsModel::ValueType::Boolean);
}

} // namespace

QWidget *SettingsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == SettingsRowsModel::TypeColumn) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Value type"));
        for (SettingsRowsModel::ValueType type : SettingsRowsModel::types())
            combo->addItem(SettingsRowsModel::typeName(type), int(type));
        return combo;
    }
    if (isBooleanValue(index)) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Yes/no value"));
        combo->addItem(QStringLiteral("true"), QStringLiteral("true"));
        combo->addItem(QStringLiteral("false"), QStringLiteral("false"));
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setAccessibleName(index.column() == SettingsRowsModel::KeyColumn ? tr("Setting key")
                                                                             : tr("Setting value"));
    return editor;
}

void SettingsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(std::max(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SettingsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tenantdesk
