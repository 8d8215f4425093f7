#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tenantdesk {

class RecentFiles;
class Session;

// File ▸ Open…, Open Recent, Sign Out / Switch User and Preferences… of one session's
// window. Opening another database or signing out ends this session: reopenRequested asks
// the application to close the window and run the start-up sequence again on that file
// (main.cpp does).
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(Session *session, QWidget *window);

    // Puts the actions into menu, above before.
    void addTo(QMenu *menu, QAction *before);
    // Puts the session's file first in Open Recent; when its window is first shown, not
    // before: a window built for a sign-in that then failed leaves no trace.
    void rememberFile();

    QAction *openAction() const { return m_open; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *preferencesAction() const { return m_preferences; }
    QMenu *recentMenu() const { return m_recentMenu; }
    RecentFiles *recentFiles() const { return m_recent; }

Q_SIGNALS:
    // Close this session and open path (the same file for Sign Out) with a new sign-in.
    void reopenRequested(const QString &path);

private:
    void chooseFile();
    void showPreferences();

    Session *m_session;
    QWidget *m_window;
    RecentFiles *m_recent;
    QAction *m_open;
    QMenu *m_recentMenu;
    QAction *m_signOut;
    QAction *m_preferences;
};

} // namespace tenantdesk
