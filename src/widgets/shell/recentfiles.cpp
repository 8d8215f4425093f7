#include "widgets/shell/recentfiles.h"

#include "models/session/contextpersistence.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace tenantdesk {

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentFiles::files() const
{
    const QSettings settings(settingsOrganization(), settingsApplication());
    return settings.value(settingsKey()).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList before = files();
    QStringList list = before;
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximumCount())
        list.removeLast();
    // Opening the file that is already first changes nothing: writing the settings file anyway
    // took a good part of every start-up.
    if (list == before)
        return;
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.setValue(settingsKey(), list);
}

void RecentFiles::clear()
{
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.remove(settingsKey());
}

void RecentFiles::attach(QMenu *menu)
{
    fill(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        // "&1 name.db", with the full path as status tip and tooltip.
        QAction *action = menu->addAction(tr("&%1 %2").arg(number).arg(
                QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent databases"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear the List"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace tenantdesk
