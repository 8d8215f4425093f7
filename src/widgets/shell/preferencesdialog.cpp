#include "widgets/shell/preferencesdialog.h"

#include "models/jobs/serverhealthcheck.h"
#include "models/session/changewatcher.h"
#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/migration/migrationwizard.h"

#include "core/migration/databasebackup.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSettings>

namespace tenantdesk {

PreferencesDialog::PreferencesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    ui.setupUi(this);
    // Room for a whole health address and backup path on one line, and hints of a few lines
    // rather than a narrow column of many.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    ui.healthEdit->setPlaceholderText(tr("No check"));
    const QSettings settings(settingsOrganization(), settingsApplication());
    const QString key = MigrationWizard::healthCheckUrlSetting();
    ui.healthEdit->setText(settings.contains(key) ? settings.value(key).toString()
                                                  : ServerHealthCheck::defaultUrl().toString());
    ui.intervalSpin->setValue(ChangeWatcher::intervalFromSettings());
    ui.backupFolderEdit->setPlaceholderText(
            QDir::toNativeSeparators(DatabaseBackup::defaultFolder()));
    ui.backupFolderEdit->setText(
            QDir::toNativeSeparators(settings.value(DatabaseBackup::folderSetting()).toString()));
    // 0 ("keep every backup") may be in the file from before; the dialog keeps at least one.
    ui.keepSpin->setValue(std::max(1, DatabaseBackup::defaultKeep()));
    ui.errorLabel->hide();
    connect(ui.browseButton, &QPushButton::clicked, this, &PreferencesDialog::browseBackupFolder);
    connect(ui.backupFolderEdit, &QLineEdit::textChanged, ui.errorLabel, &QLabel::hide);
    connect(ui.buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(ui.buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(ui.buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
}

void PreferencesDialog::restoreDefaults()
{
    ui.healthEdit->setText(ServerHealthCheck::defaultUrl().toString());
    ui.intervalSpin->setValue(ChangeWatcher::defaultInterval());
    ui.backupFolderEdit->clear();
    ui.keepSpin->setValue(DatabaseBackup::kDefaultKeep);
}

void PreferencesDialog::browseBackupFolder()
{
    const QString current = ui.backupFolderEdit->text().trimmed();
    const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Backup Folder"),
            current.isEmpty() ? DatabaseBackup::defaultFolder() : current);
    if (!chosen.isEmpty())
        ui.backupFolderEdit->setText(QDir::toNativeSeparators(chosen));
}

void PreferencesDialog::accept()
{
    // The folder is checked the way the next backup will use it: created if missing, and
    // written into. A folder that cannot be used keeps the dialog open and says why.
    const QString folder = QDir::fromNativeSeparators(ui.backupFolderEdit->text().trimmed());
    if (!folder.isEmpty()) {
        if (auto usable = DatabaseBackup::prepareFolder(folder); !usable) {
            ui.errorLabel->setText(
                    tr("The backup folder cannot be used: %1").arg(usable.error().message));
            ui.errorLabel->show();
            ui.backupFolderEdit->setFocus();
            return;
        }
    }
    QSettings settings(settingsOrganization(), settingsApplication());
    if (folder.isEmpty())
        settings.remove(DatabaseBackup::folderSetting());
    else
        settings.setValue(DatabaseBackup::folderSetting(), QDir(folder).absolutePath());
    settings.setValue(DatabaseBackup::keepSetting(), ui.keepSpin->value());
    settings.setValue(MigrationWizard::healthCheckUrlSetting(), ui.healthEdit->text().trimmed());
    settings.setValue(ChangeWatcher::intervalSetting(), ui.intervalSpin->value());
    m_session->changeWatcher()->setInterval(ui.intervalSpin->value());
    QDialog::accept();
}

} // namespace tenantdesk
