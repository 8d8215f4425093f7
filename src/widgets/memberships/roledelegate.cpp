#include "widgets/memberships/roledelegate.h"

#include "models/lists/membershiplistmodel.h"

#include <QComboBox>

namespace tenantdesk {

RoleDelegate::RoleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *RoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option);
    const QVariantList roles = index.data(MembershipListModel::GrantableRolesRole).toList();
    if (roles.isEmpty())
        return nullptr;
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleEditor"));
    combo->setAccessibleName(tr("Role"));
    combo->setFrame(false);
    for (const QVariant &role : roles)
        combo->addItem(tenantRoleName(TenantRole(role.toInt())), role);
    const QString refusal = index.data(MembershipListModel::RefusalRole).toString();
    combo->setToolTip(refusal.isEmpty()
                              ? tr("The roles you may set here.")
                              : tr("The roles you may set here. Not offered: %1").arg(refusal));
    // A choice is the whole edit: commit it without waiting for Enter or a focus change.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<RoleDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(qMax(0, at));
}

void RoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const int role = combo->currentData().toInt();
    if (role != index.data(Qt::EditRole).toInt())
        model->setData(index, role, Qt::EditRole);
}

} // namespace tenantdesk
