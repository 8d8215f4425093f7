#pragma once

#include "widgets/common/viewpage.h"

#include "ui_listpage.h"

#include <QKeySequence>
#include <QTimer>

#include <functional>

class QToolBar;

namespace tenantdesk {

class ActionGate;
class PagedModelBase;
class Session;

// What the tenants and workspaces pages share: a heading, a search field that filters in
// SQL (through the model), a toolbar of actions that ActionGate enables, a lazily loaded
// table sorted by header click (in SQL, through the model) and a status line.
class ListPage : public ViewPage
{
    Q_OBJECT

public:
    explicit ListPage(Session *session, QWidget *parent = nullptr);

    void focusSearch() override;
    QList<QAction *> pageActions() const override { return m_actions; }

    QTableView *tableView() const { return ui.tableView; }
    QLineEdit *searchField() const { return ui.searchEdit; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    ActionGate *actionGate() const { return m_gate; }
    // The id (IdRole) of the current row, empty without one.
    QString currentId() const;

protected:
    // Installs the model; the page listens to its loading, errors and refreshes.
    void setModel(PagedModelBase *model);
    // An action on the toolbar, in the context menu and in pageActions(), with a shortcut
    // that works while the page has focus.
    QAction *addPageAction(const QString &text, const QString &iconName,
                           const QKeySequence &shortcut, const QString &toolTip,
                           std::function<void()> triggered);
    void setHeading(const QString &text);
    void setSearchPlaceholder(const QString &text);

    // The model's own calls, which PagedModelBase does not have.
    virtual void applyFilter(const QString &text) = 0;
    virtual void reloadModel() = 0;
    // "3 tenants" or similar, for the status line.
    virtual QString countText(int rows) const = 0;
    virtual QString emptyText(bool filtered) const = 0;
    // Enter or double click on a row.
    virtual void activateRow(const QModelIndex &index) { Q_UNUSED(index); }

    void updateStatus();

    Session *m_session;

private:
    Ui::ListPage ui;
    QToolBar *m_toolbar;
    ActionGate *m_gate;
    PagedModelBase *m_model = nullptr;
    QList<QAction *> m_actions;
    QTimer m_searchDelay;
    QString m_error;
};

} // namespace tenantdesk
