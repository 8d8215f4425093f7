#include "widgets/shell/shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace tenantdesk {

namespace {

// A menu text without its mnemonic marker or trailing ellipsis mark.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QMenu *menu, QList<QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), into);
        else if (!action->isSeparator() && !action->shortcut().isEmpty())
            into.append(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    ui.setupUi(this);
    QList<QAction *> listed;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            if (!top->menu())
                continue;
            QList<QAction *> actions;
            collect(top->menu(), actions);
            addGroup(tr("%1 menu").arg(plain(top->text())), actions);
            listed += actions;
        }
    }
    // The window's own actions that are in no menu (Ctrl+1…, Ctrl+PgUp/PgDown).
    QList<QAction *> others;
    for (QAction *action : window->actions()) {
        if (!action->shortcut().isEmpty() && !listed.contains(action))
            others.append(action);
    }
    addGroup(tr("Pages"), others);
    addGeneralKeys();
    ui.shortcutTree->expandAll();
    ui.shortcutTree->resizeColumnToContents(0);
}

void ShortcutsDialog::addGroup(const QString &title, const QList<QAction *> &actions)
{
    if (actions.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(ui.shortcutTree, {title});
    group->setFirstColumnSpanned(true);
    for (const QAction *action : actions) {
        new QTreeWidgetItem(
                group,
                {action->shortcut().toString(QKeySequence::NativeText), plain(action->text())});
    }
}

void ShortcutsDialog::addGeneralKeys()
{
    auto *group = new QTreeWidgetItem(ui.shortcutTree, {tr("Everywhere")});
    group->setFirstColumnSpanned(true);
    const QList<std::pair<QString, QString>> keys = {
            {tr("Tab, Shift+Tab"), tr("Next or previous control (also out of a table)")},
            {tr("Arrow keys"), tr("Move inside a list or table")},
            {tr("F2"), tr("Edit the current cell (a locked cell says why it is locked)")},
            {tr("Menu key, Shift+F10"), tr("The actions of the current row")},
            {tr("Alt+letter"), tr("The menu, button or field whose letter is underlined")},
            {tr("Shift+F1"), tr("What's This: why an action is not available")},
            {tr("Escape"), tr("Close a dialog or the quick switcher without changing anything")},
    };
    for (const auto &[keysText, what] : keys)
        new QTreeWidgetItem(group, {keysText, what});
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int g = 0; g < ui.shortcutTree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = ui.shortcutTree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows.append(group->child(i)->text(0) + QLatin1Char('\t') + group->child(i)->text(1));
    }
    return rows;
}

} // namespace tenantdesk
