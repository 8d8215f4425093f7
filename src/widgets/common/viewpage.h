#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;

namespace tenantdesk {

// A page of the main window's central area (tenants, workspaces, members, audit).
// MainWindow only knows this interface: it shows pages as tabs, puts their
// actions into a menu and routes Find (Ctrl+F) to the page on screen.
class ViewPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The tab title and the name of the page's menu.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Ctrl+F: put the keyboard focus into the page's search field.
    virtual void focusSearch() = 0;
    // The page's own actions, for the menu bar (they are also on its toolbar).
    virtual QList<QAction *> pageActions() const = 0;
};

} // namespace tenantdesk
