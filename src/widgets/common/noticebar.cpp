#include "widgets/common/noticebar.h"

#include "widgets/common/icons.h"

namespace tenantdesk {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
{
    ui.setupUi(this);
    setAccessibleName(tr("Notice"));
    connect(ui.closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::setClosable(bool closable)
{
    ui.closeButton->setVisible(closable);
}

QString NoticeBar::text() const
{
    return ui.textLabel->text();
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    // Tinted from the palette's highlight or a warm tone, readable in light and dark themes.
    m_kind = kind;
    QColor tint;
    QString iconName;
    switch (kind) {
    case Kind::Information:
        tint = palette().color(QPalette::Highlight);
        iconName = QStringLiteral("dialog-information");
        break;
    case Kind::Warning:
        tint = QColor(0xf2, 0xa9, 0x3b);
        iconName = QStringLiteral("dialog-warning");
        break;
    case Kind::Demo:
        tint = QColor(0x8e, 0x44, 0xad);
        iconName = QStringLiteral("dialog-information");
        break;
    }
    QColor background = tint;
    background.setAlpha(40);
    setStyleSheet(QStringLiteral("tenantdesk--NoticeBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; }")
                          .arg(background.name(QColor::HexArgb), tint.name()));
    ui.iconLabel->setPixmap(Icons::themed(iconName).pixmap(16, 16));
    ui.textLabel->setText(text);
    setAccessibleDescription(text);
    show();
}

} // namespace tenantdesk
