#include "widgets/common/columnfitter.h"

#include "widgets/common/elidedtooltips.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace tenantdesk {

namespace {

// Narrower than this a column shows too little to be useful, even elided.
int minimumColumnWidth(const QTableView *view)
{
    return view->fontMetrics().averageCharWidth() * 6;
}

} // namespace

ColumnFitter::ColumnFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
    view->setTextElideMode(Qt::ElideRight);
    ElidedToolTips::install(view);
}

ColumnFitter *ColumnFitter::install(QTableView *view)
{
    auto *fitter = new ColumnFitter(view);
    QTimer::singleShot(0, fitter, &ColumnFitter::fit);
    return fitter;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int count = header->count();
    if (count == 0 || m_fitting)
        return;
    m_fitting = true;
    const bool stretchLast = header->stretchLastSection();
    const auto flexible = [header, count, stretchLast](int section) {
        return header->sectionResizeMode(section) == QHeaderView::Stretch
                || (stretchLast && header->visualIndex(section) == count - 1);
    };
    if (m_preferred.size() != count) {
        m_preferred.clear();
        for (int section = 0; section < count; ++section)
            m_preferred.append(header->sectionSize(section));
    }
    const int minimum = minimumColumnWidth(m_view);
    int fixedTotal = 0;
    int flexibleCount = 0;
    for (int section = 0; section < count; ++section) {
        if (header->isSectionHidden(section))
            continue;
        if (flexible(section))
            ++flexibleCount;
        else
            fixedTotal += m_preferred.at(section);
    }
    // A stretched section keeps at least the header's default section size.
    const int available = m_view->viewport()->width()
            - flexibleCount * qMax(minimum * 2, header->defaultSectionSize());
    const double factor = fixedTotal > available && fixedTotal > 0
            ? double(qMax(available, 0)) / fixedTotal
            : 1.0;
    for (int section = 0; section < count; ++section) {
        if (header->isSectionHidden(section) || flexible(section)
            || header->sectionResizeMode(section) == QHeaderView::ResizeToContents)
            continue;
        header->resizeSection(section, qMax(minimum, int(m_preferred.at(section) * factor)));
    }
    m_fitting = false;
}

} // namespace tenantdesk
