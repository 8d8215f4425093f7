#pragma once

#include "ui_migrationfolderpage.h"

#include <QWizardPage>

namespace tenantdesk {

class MigrationWizard;

// First page of the migration wizard: the bundled migrations or another folder of
// NNN_name.sql scripts (for example aistack's own migrations/). The last choice is remembered.
class MigrationFolderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationFolderPage(MigrationWizard *wizard);

    // The folder chosen now.
    QString folder() const;
    // Chooses another folder (as Browse… would).
    void setOtherFolder(const QString &dir);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void updateProblem();

    Ui::MigrationFolderPage ui;
    MigrationWizard *m_wizard;
};

} // namespace tenantdesk
