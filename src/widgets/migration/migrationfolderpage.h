#pragma once

#include "ui_migrationfolderpage.h"

#include <QStringList>
#include <QWizardPage>

namespace tenantdesk {

class MigrationWizard;

// First page of the migration wizard: the bundled migrations, or a list of folders of
// NNN_name.sql scripts merged into one plan (aistack's own migrations/, the admin's retrofits,
// and the bundled ones unless left out). The last choice is remembered.
class MigrationFolderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationFolderPage(MigrationWizard *wizard);

    // The folders chosen now, in the order they are merged.
    QStringList folders() const;
    // Chooses one other folder alone, without the bundled migrations.
    void setOtherFolder(const QString &dir);
    // Adds a folder to the list (as Add Folder… would) and chooses the list.
    void addFolder(const QString &dir);
    void setIncludeBundled(bool include);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void removeSelected();
    void updateProblem();

    Ui::MigrationFolderPage ui;
    MigrationWizard *m_wizard;
};

} // namespace tenantdesk
