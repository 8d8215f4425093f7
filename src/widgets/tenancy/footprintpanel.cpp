#include "widgets/tenancy/footprintpanel.h"

namespace tenantdesk {

FootprintPanel::FootprintPanel(QWidget *parent)
    : QWidget(parent)
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("footprintPanel"));
    clear();
}

void FootprintPanel::showCounting()
{
    ui.footprintLabel->setText(tr("Counting what the selection owns…"));
    show();
}

void FootprintPanel::showFootprint(const QStringList &lines)
{
    ui.footprintLabel->setText(tr("Owns: %1.").arg(lines.join(QStringLiteral("; "))));
    show();
}

void FootprintPanel::showError(const QString &message)
{
    ui.footprintLabel->setText(tr("Could not count what the selection owns: %1").arg(message));
    show();
}

void FootprintPanel::clear()
{
    ui.footprintLabel->clear();
    hide();
}

QString FootprintPanel::text() const
{
    return ui.footprintLabel->text();
}

} // namespace tenantdesk
