#pragma once

#include "widgets/common/viewpage.h"

#include "ui_listpage.h"

#include <QKeySequence>

#include <functional>

namespace tenantdesk {

class ActionGate;
class PageScaffold;
class PagedModelBase;
class Session;

// A page with one lazily loaded table sorted by header click (in SQL, through the model),
// around it the PageScaffold (heading, search, actions, status line) and an ActionGate
// that enables the actions. The tenants and workspaces pages are list pages.
class ListPage : public ViewPage
{
    Q_OBJECT

public:
    explicit ListPage(Session *session, QWidget *parent = nullptr);

    void focusSearch() override;
    QList<QAction *> pageActions() const override;

    QTableView *tableView() const { return ui.tableView; }
    QLineEdit *searchField() const { return ui.searchEdit; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    ActionGate *actionGate() const { return m_gate; }
    PageScaffold *scaffold() const { return m_scaffold; }
    // The id (ModelRoles::IdRole) of the current row, empty without one.
    QString currentId() const;

protected:
    // Installs the model; the page listens to its loading, errors and refreshes, and
    // applyFilter gets the search text once the user paused typing.
    void setModel(PagedModelBase *model, std::function<void(const QString &)> applyFilter);
    // An action on the toolbar, in the context menu and in pageActions() (PageScaffold).
    QAction *addPageAction(const QString &text, const QString &iconName,
                           const QKeySequence &shortcut, const QString &toolTip,
                           std::function<void()> triggered);
    void setHeading(const QString &text);
    void setSearchPlaceholder(const QString &text);
    // Makes the row with id the current one, unless another row already is.
    void selectIfNoneCurrent(const QString &id);

    // "3 tenants" or similar, for the status line.
    virtual QString countText(int rows) const = 0;
    virtual QString emptyText(bool filtered) const = 0;
    // Enter or double click on a row.
    virtual void activateRow(const QModelIndex &index) { Q_UNUSED(index); }

    void updateStatus();

    Session *m_session;

private:
    Ui::ListPage ui;
    PageScaffold *m_scaffold;
    ActionGate *m_gate;
    PagedModelBase *m_model = nullptr;
};

} // namespace tenantdesk
