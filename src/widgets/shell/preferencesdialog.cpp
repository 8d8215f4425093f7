#include "widgets/shell/preferencesdialog.h"

#include "models/jobs/serverhealthcheck.h"
#include "models/session/changewatcher.h"
#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/migration/migrationwizard.h"

#include <QPushButton>
#include <QSettings>

namespace tenantdesk {

PreferencesDialog::PreferencesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    ui.setupUi(this);
    ui.healthEdit->setPlaceholderText(tr("No check"));
    const QSettings settings(settingsOrganization(), settingsApplication());
    const QString key = MigrationWizard::healthCheckUrlSetting();
    ui.healthEdit->setText(settings.contains(key) ? settings.value(key).toString()
                                                  : ServerHealthCheck::defaultUrl().toString());
    ui.intervalSpin->setValue(ChangeWatcher::intervalFromSettings());
    connect(ui.buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(ui.buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(ui.buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
}

void PreferencesDialog::restoreDefaults()
{
    ui.healthEdit->setText(ServerHealthCheck::defaultUrl().toString());
    ui.intervalSpin->setValue(ChangeWatcher::defaultInterval());
}

void PreferencesDialog::accept()
{
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.setValue(MigrationWizard::healthCheckUrlSetting(), ui.healthEdit->text().trimmed());
    settings.setValue(ChangeWatcher::intervalSetting(), ui.intervalSpin->value());
    m_session->changeWatcher()->setInterval(ui.intervalSpin->value());
    QDialog::accept();
}

} // namespace tenantdesk
