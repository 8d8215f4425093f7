#pragma once

#include <QList>
#include <QObject>

class QAction;
class QTabWidget;
class QWidget;

namespace tenantdesk {

// Keyboard navigation between the pages of the main window: Ctrl+1…Ctrl+9 go to the pages in
// the order they were added (so a page added later gets the next number), Ctrl+PgUp and
// Ctrl+PgDown to the previous and next page. The actions work wherever the focus is in the
// window and are listed in View and in Help ▸ Keyboard Shortcuts.
class PageNavigator : public QObject
{
    Q_OBJECT

public:
    PageNavigator(QTabWidget *tabs, QWidget *window);

    // Call after the page was added to the tabs: its "Go to" action gets the next number.
    QAction *addPage(QWidget *page, const QString &title);
    QList<QAction *> pageActions() const { return m_pageActions; }
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }

private:
    void step(int delta);

    QTabWidget *m_tabs;
    QWidget *m_window;
    QList<QAction *> m_pageActions;
    QAction *m_previous;
    QAction *m_next;
};

} // namespace tenantdesk
