#include "widgets/common/elidedtooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace tenantdesk {

ElidedToolTips::ElidedToolTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void ElidedToolTips::install(QAbstractItemView *view)
{
    new ElidedToolTips(view);
}

bool ElidedToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport() || event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return QObject::eventFilter(watched, event); // the model's own tooltip wins
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    // The width the text needs against the room the cell gives it (less the margins and an
    // icon, if any): only a cut text gets a tooltip.
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2)
            + (index.data(Qt::DecorationRole).isValid() ? m_view->iconSize().width() + 4 : 0);
    if (text.isEmpty() || m_view->fontMetrics().horizontalAdvance(text) + margins <= cell.width()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    return true;
}

} // namespace tenantdesk
