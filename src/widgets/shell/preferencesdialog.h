#pragma once

#include "ui_preferencesdialog.h"

#include <QDialog>

namespace tenantdesk {

class Session;

// File ▸ Preferences: the settings TenantDesk reads today (QSettings TenantDesk/tenantdesk):
// the aistack server's health address the migration wizard checks, how often the session
// looks for changes by other programs, and where backups go and how many of them are kept
// (read by DatabaseBackup, so by the wizard and tenantctl alike). OK checks the backup folder
// (created if missing, writable), saves and applies the interval to the running session.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Session *session, QWidget *parent = nullptr);

    void accept() override;

private:
    void restoreDefaults();
    void browseBackupFolder();

    Ui::PreferencesDialog ui;
    Session *m_session;
};

} // namespace tenantdesk
