#include "widgets/migration/migrationfolderpage.h"

#include "models/session/contextpersistence.h"
#include "widgets/migration/migrationtexts.h"
#include "widgets/migration/migrationwizard.h"

#include "core/database/paths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace tenantdesk {

namespace {

const auto kLastFolderKey = QStringLiteral("migrations/lastFolder");

} // namespace

MigrationFolderPage::MigrationFolderPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    ui.setupUi(this);
    ui.introLabel->setText(
            tr("The wizard compares a folder of migration scripts with the ledger of <b>%1</b>, "
               "shows what each script would do, and runs only what you confirm.")
                    .arg(QDir::toNativeSeparators(wizard->databasePath()).toHtmlEscaped()));
    ui.bundledPathLabel->setText(QDir::toNativeSeparators(bundledMigrationsDir()));
    ui.problemLabel->hide();
    connect(ui.otherRadio, &QRadioButton::toggled, this, &MigrationFolderPage::updateProblem);
    connect(ui.folderEdit, &QLineEdit::textChanged, this, &MigrationFolderPage::updateProblem);
    connect(ui.browseButton, &QPushButton::clicked, this, &MigrationFolderPage::browse);

    const QSettings settings(settingsOrganization(), settingsApplication());
    const QString last = settings.value(kLastFolderKey).toString();
    if (!last.isEmpty()) {
        ui.folderEdit->setText(QDir::toNativeSeparators(last));
        ui.otherRadio->setChecked(true);
    }
}

QString MigrationFolderPage::folder() const
{
    if (ui.bundledRadio->isChecked())
        return bundledMigrationsDir();
    return QDir::fromNativeSeparators(ui.folderEdit->text().trimmed());
}

void MigrationFolderPage::setOtherFolder(const QString &dir)
{
    ui.otherRadio->setChecked(true);
    ui.folderEdit->setText(QDir::toNativeSeparators(dir));
}

void MigrationFolderPage::initializePage()
{
    updateProblem();
}

void MigrationFolderPage::browse()
{
    const QString start = ui.folderEdit->text().isEmpty()
            ? QFileInfo(m_wizard->databasePath()).absolutePath()
            : ui.folderEdit->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Migrations Folder"), start);
    if (!dir.isEmpty())
        setOtherFolder(dir);
}

void MigrationFolderPage::updateProblem()
{
    QString problem;
    if (ui.otherRadio->isChecked()) {
        const QString dir = folder();
        if (!dir.isEmpty() && !QFileInfo(dir).isDir())
            problem = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir));
    }
    MigrationTexts::showProblem(ui.problemLabel, problem);
    Q_EMIT completeChanged();
}

bool MigrationFolderPage::isComplete() const
{
    return QFileInfo(folder()).isDir();
}

bool MigrationFolderPage::validatePage()
{
    m_wizard->setMigrationsDir(QDir(folder()).absolutePath());
    QSettings settings(settingsOrganization(), settingsApplication());
    if (ui.otherRadio->isChecked())
        settings.setValue(kLastFolderKey, QDir(folder()).absolutePath());
    else
        settings.remove(kLastFolderKey);
    return true;
}

} // namespace tenantdesk
