#include "widgets/shell/pagenavigator.h"

#include <QAction>
#include <QTabWidget>

namespace tenantdesk {

PageNavigator::PageNavigator(QTabWidget *tabs, QWidget *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_window(window)
    , m_previous(new QAction(tr("P&revious Page"), this))
    , m_next(new QAction(tr("Ne&xt Page"), this))
{
    m_previous->setObjectName(QStringLiteral("actionPreviousPage"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previous->setStatusTip(tr("Go to the page left of this one"));
    m_next->setObjectName(QStringLiteral("actionNextPage"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_next->setStatusTip(tr("Go to the page right of this one"));
    for (QAction *action : {m_previous, m_next}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
}

QAction *PageNavigator::addPage(QWidget *page, const QString &title)
{
    const int number = int(m_pageActions.size()) + 1;
    auto *action = new QAction(tr("Go to %1").arg(title), this);
    action->setObjectName(QStringLiteral("actionGoToPage%1").arg(number));
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setStatusTip(tr("Show the %1 page").arg(title));
    // By position: a page built on first use takes its placeholder's tab.
    const int index = m_tabs->indexOf(page);
    connect(action, &QAction::triggered, this, [this, index] {
        m_tabs->setCurrentIndex(index);
        QWidget *page = m_tabs->currentWidget();
        if (!page)
            return;
        // The keyboard follows: the page's first control in the tab order takes the focus.
        for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible()
                && w->isEnabled()) {
                w->setFocus(Qt::ShortcutFocusReason);
                break;
            }
        }
    });
    m_window->addAction(action);
    m_pageActions.append(action);
    return action;
}

void PageNavigator::step(int delta)
{
    const int count = m_tabs->count();
    if (count == 0)
        return;
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + count) % count);
}

} // namespace tenantdesk
