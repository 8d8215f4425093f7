#include "widgets/common/emptystate.h"

#include <QAction>

namespace tenantdesk {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    ui.setupUi(this);
    QFont title = ui.titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    ui.titleLabel->setFont(title);
    ui.actionButton->hide();
}

void EmptyState::setIcon(const QIcon &icon)
{
    ui.iconLabel->setPixmap(icon.pixmap(48, 48));
}

void EmptyState::setTitle(const QString &title)
{
    ui.titleLabel->setText(title);
    setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    ui.textLabel->setText(text);
    // A centred, word-wrapped label gets its height from sizeHint, not from its width:
    // give it the height its fixed width needs, or the text is cut off.
    ui.textLabel->setFixedWidth(ui.textLabel->maximumWidth());
    ui.textLabel->setMinimumHeight(ui.textLabel->heightForWidth(ui.textLabel->width()));
    setAccessibleDescription(text);
}

QString EmptyState::text() const
{
    return ui.textLabel->text();
}

void EmptyState::setAction(QAction *action)
{
    ui.actionButton->setDefaultAction(action);
    ui.actionButton->setVisible(action != nullptr);
}

} // namespace tenantdesk
