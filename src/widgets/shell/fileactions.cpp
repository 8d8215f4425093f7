#include "widgets/shell/fileactions.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace tenantdesk {

FileActions::FileActions(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_recent(new RecentFiles(this))
    , m_open(new QAction(Icons::themed(QStringLiteral("document-open")), tr("&Open…"), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
    , m_signOut(new QAction(Icons::themed(QStringLiteral("system-switch-user")),
                            tr("Sign Out / S&witch User"), this))
    , m_preferences(
              new QAction(Icons::themed(QStringLiteral("configure")), tr("&Preferences…"), this))
{
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Close this database and open another one"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    m_preferences->setObjectName(QStringLiteral("actionPreferences"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setStatusTip(tr("Settings of TenantDesk on this computer"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    if (session->isDemo()) {
        // The demo's file is deleted with its session: there is nothing to sign in to again.
        m_signOut->setEnabled(false);
        m_signOut->setStatusTip(tr("The demo database ends when you sign out; quit instead."));
    } else {
        m_signOut->setStatusTip(tr("Sign out of %1 and sign in again, as the same or another "
                                   "user")
                                        .arg(session->databaseFileName()));
    }
    m_signOut->setToolTip(m_signOut->statusTip());
    m_recent->attach(m_recentMenu);
    connect(m_recent, &RecentFiles::openRequested, this, &FileActions::reopenRequested);
    connect(m_open, &QAction::triggered, this, &FileActions::chooseFile);
    connect(m_signOut, &QAction::triggered, this,
            [this] { Q_EMIT reopenRequested(m_session->databasePath()); });
    connect(m_preferences, &QAction::triggered, this, &FileActions::showPreferences);
}

void FileActions::rememberFile()
{
    if (!m_session->isDemo())
        m_recent->add(m_session->databasePath());
}

void FileActions::addTo(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_open);
    menu->insertMenu(before, m_recentMenu);
    menu->insertSeparator(before);
    menu->insertAction(before, m_preferences);
    menu->insertSeparator(before);
    menu->insertAction(before, m_signOut);
}

void FileActions::chooseFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Open a Database"),
                                   QFileInfo(m_session->databasePath()).absolutePath(),
                                   tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &FileActions::reopenRequested);
    dialog->open();
}

void FileActions::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tenantdesk
