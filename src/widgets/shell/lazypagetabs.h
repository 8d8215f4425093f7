#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QMenu;
class QTabWidget;

namespace tenantdesk {

class ViewPage;

// The main window's page tabs, each page built when it is first needed: its tab is shown,
// its menu is opened or build()/ofType() asks for it. Until then an empty placeholder holds
// its tab, and the page runs no query.
class LazyPageTabs : public QObject
{
    Q_OBJECT

public:
    explicit LazyPageTabs(QTabWidget *tabs);

    // A tab for the page of class type that create builds; menu gets the page's actions once
    // it is built. Returns the tab's placeholder (what a navigator shows until then).
    QWidget *add(const QMetaObject &type, const QString &title, const QIcon &icon, QMenu *menu,
                 std::function<ViewPage *()> create);
    // The page in tab index, built now if it was not (nullptr where the tab is no page).
    ViewPage *build(int index);
    // The page of class type, built now if it was not.
    ViewPage *ofType(const QMetaObject &type);
    // The class name of the page in tab index, built or not.
    QString classAt(int index) const;

private:
    struct Page
    {
        const QMetaObject *type = nullptr;
        QString title;
        QIcon icon;
        std::function<ViewPage *()> create;
        QWidget *placeholder = nullptr;
        ViewPage *page = nullptr;
        QMenu *menu = nullptr;
    };

    ViewPage *build(Page &page);

    QTabWidget *m_tabs;
    std::vector<Page> m_pages;
    // Set while a tab is added or swapped: the tab widget's current index moves then without
    // anyone showing a page.
    bool m_swapping = false;
};

} // namespace tenantdesk
