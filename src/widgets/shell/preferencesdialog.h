#pragma once

#include "ui_preferencesdialog.h"

#include <QDialog>

namespace tenantdesk {

class Session;

// File ▸ Preferences: the settings TenantDesk reads today (QSettings TenantDesk/tenantdesk):
// the aistack server's health address the migration wizard checks, and how often the
// session looks for changes by other programs. OK saves them and applies the interval to
// the running session at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Session *session, QWidget *parent = nullptr);

    void accept() override;

private:
    void restoreDefaults();

    Ui::PreferencesDialog ui;
    Session *m_session;
};

} // namespace tenantdesk
