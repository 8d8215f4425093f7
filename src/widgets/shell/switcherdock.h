#pragma once

#include "ui_switcherpanel.h"

#include <QDockWidget>
#include <QTimer>

namespace tenantdesk {

class Session;
class SwitcherModel;

// The dock that lists the tenants and workspaces the signed-in user may see, as a tree
// that loads lazily, with type-to-filter (in SQL). Clicking or pressing Enter on a row
// makes it the active context; the active one is shown in bold.
class SwitcherDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SwitcherDock(Session *session, QWidget *parent = nullptr);

    SwitcherModel *model() const { return m_model; }
    QTreeView *treeView() const { return ui.treeView; }
    QLineEdit *filterField() const { return ui.filterEdit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void switchTo(const QModelIndex &index);
    void followContext();
    void updateHint();

    Ui::SwitcherPanel ui;
    Session *m_session;
    SwitcherModel *m_model;
    QTimer m_filterDelay;
    QString m_error;
};

} // namespace tenantdesk
