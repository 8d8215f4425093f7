#include "widgets/migration/migrationfolderpage.h"

#include "models/session/contextpersistence.h"
#include "widgets/migration/migrationtexts.h"
#include "widgets/migration/migrationwizard.h"

#include "core/database/paths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace tenantdesk {

namespace {

const auto kFoldersKey = QStringLiteral("migrations/folders");
const auto kIncludeBundledKey = QStringLiteral("migrations/includeBundled");
// Written by earlier versions, which took one other folder: read once, then replaced.
const auto kLastFolderKey = QStringLiteral("migrations/lastFolder");

} // namespace

MigrationFolderPage::MigrationFolderPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    ui.setupUi(this);
    ui.introLabel->setText(
            tr("The wizard compares migration scripts with the ledger of <b>%1</b>, shows what "
               "each script would do, and runs only what you confirm.")
                    .arg(QDir::toNativeSeparators(wizard->databasePath()).toHtmlEscaped()));
    ui.bundledPathLabel->setText(QDir::toNativeSeparators(bundledMigrationsDir()));
    ui.problemLabel->hide();
    connect(ui.otherRadio, &QRadioButton::toggled, this, &MigrationFolderPage::updateProblem);
    connect(ui.includeBundledCheck, &QCheckBox::toggled, this, &MigrationFolderPage::updateProblem);
    connect(ui.addFolderButton, &QPushButton::clicked, this, &MigrationFolderPage::browse);
    connect(ui.removeFolderButton, &QPushButton::clicked, this,
            &MigrationFolderPage::removeSelected);
    connect(ui.folderList, &QListWidget::currentRowChanged, this, [this](int row) {
        ui.removeFolderButton->setEnabled(ui.otherRadio->isChecked() && row >= 0);
    });

    const QSettings settings(settingsOrganization(), settingsApplication());
    QStringList remembered = settings.value(kFoldersKey).toStringList();
    bool includeBundled = settings.value(kIncludeBundledKey, true).toBool();
    if (remembered.isEmpty() && settings.contains(kLastFolderKey)) {
        remembered = {settings.value(kLastFolderKey).toString()};
        includeBundled = false;
    }
    for (const QString &dir : std::as_const(remembered))
        ui.folderList->addItem(QDir::toNativeSeparators(dir));
    ui.includeBundledCheck->setChecked(includeBundled);
    if (!remembered.isEmpty())
        ui.otherRadio->setChecked(true);
}

QStringList MigrationFolderPage::folders() const
{
    if (ui.bundledRadio->isChecked())
        return {bundledMigrationsDir()};
    QStringList dirs;
    if (ui.includeBundledCheck->isChecked())
        dirs.append(bundledMigrationsDir());
    for (int i = 0; i < ui.folderList->count(); ++i)
        dirs.append(QDir::fromNativeSeparators(ui.folderList->item(i)->text()));
    return dirs;
}

void MigrationFolderPage::setOtherFolder(const QString &dir)
{
    ui.folderList->clear();
    ui.includeBundledCheck->setChecked(false);
    addFolder(dir);
}

void MigrationFolderPage::addFolder(const QString &dir)
{
    const QString shown = QDir::toNativeSeparators(dir);
    if (ui.folderList->findItems(shown, Qt::MatchExactly).isEmpty())
        ui.folderList->addItem(shown);
    ui.otherRadio->setChecked(true);
    updateProblem();
}

void MigrationFolderPage::setIncludeBundled(bool include)
{
    ui.includeBundledCheck->setChecked(include);
}

void MigrationFolderPage::initializePage()
{
    updateProblem();
}

void MigrationFolderPage::browse()
{
    const QString start = ui.folderList->currentItem()
            ? ui.folderList->currentItem()->text()
            : QFileInfo(m_wizard->databasePath()).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Migrations Folder"), start);
    if (!dir.isEmpty())
        addFolder(dir);
}

void MigrationFolderPage::removeSelected()
{
    delete ui.folderList->takeItem(ui.folderList->currentRow());
    updateProblem();
}

void MigrationFolderPage::updateProblem()
{
    QString problem;
    if (ui.otherRadio->isChecked()) {
        QStringList missing;
        for (const QString &dir : folders()) {
            if (!QFileInfo(dir).isDir())
                missing.append(QDir::toNativeSeparators(dir));
        }
        if (!missing.isEmpty())
            problem = tr("Not a folder: %1.").arg(missing.join(QStringLiteral(", ")));
        else if (folders().isEmpty())
            problem = tr("Add a folder, or include the bundled migrations.");
    }
    ui.removeFolderButton->setEnabled(ui.otherRadio->isChecked()
                                      && ui.folderList->currentRow() >= 0);
    MigrationTexts::showProblem(ui.problemLabel, problem);
    Q_EMIT completeChanged();
}

bool MigrationFolderPage::isComplete() const
{
    const QStringList dirs = folders();
    return !dirs.isEmpty() && std::all_of(dirs.cbegin(), dirs.cend(), [](const QString &dir) {
        return QFileInfo(dir).isDir();
    });
}

bool MigrationFolderPage::validatePage()
{
    QStringList dirs;
    for (const QString &dir : folders())
        dirs.append(QDir(dir).absolutePath());
    m_wizard->setMigrationsDirs(dirs);
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.remove(kLastFolderKey);
    if (ui.otherRadio->isChecked()) {
        QStringList others;
        for (int i = 0; i < ui.folderList->count(); ++i)
            others.append(QDir(QDir::fromNativeSeparators(ui.folderList->item(i)->text()))
                                  .absolutePath());
        settings.setValue(kFoldersKey, others);
        settings.setValue(kIncludeBundledKey, ui.includeBundledCheck->isChecked());
    } else {
        settings.remove(kFoldersKey);
        settings.remove(kIncludeBundledKey);
    }
    return true;
}

} // namespace tenantdesk
