#pragma once

#include "ui_shortcutsdialog.h"

#include <QDialog>

class QMenuBar;

namespace tenantdesk {

// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions (the menus
// and the window's own actions, such as Ctrl+1…), grouped by menu, and the keys that work in
// every list, table and dialog. Built from the actions, so it never lags behind them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    // Every "keys → action" row, for tests: "Ctrl+K\tSwitch Tenant or Workspace…".
    QStringList rows() const;

private:
    void addGroup(const QString &title, const QList<QAction *> &actions);
    void addGeneralKeys();

    Ui::ShortcutsDialog ui;
};

} // namespace tenantdesk
