#pragma once

#include "ui_migrationresultpage.h"

#include "core/migration/databasebackup.h"

#include <QWizardPage>

#include <optional>

namespace tenantdesk {

class MigrationWizard;

// Fifth page of the migration wizard: what the run changed, how long it took, where the backup
// is, and a Restore button that puts the backup back through the engine (refused while
// another process writes to the database). Leads to provisioning when the run just created
// the tenancy tables of a database with users.
class MigrationResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationResultPage(MigrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRestoring() const { return m_restoring; }
    const std::optional<RestoreOutcome> &restoreOutcome() const { return m_restored; }
    // True when the next page offers single-to-multi provisioning.
    bool offersProvisioning() const;

Q_SIGNALS:
    void restoreFinished(bool restored);

private:
    void showChanges();
    void restore();

    Ui::MigrationResultPage ui;
    MigrationWizard *m_wizard;
    bool m_restoring = false;
    std::optional<RestoreOutcome> m_restored;
};

} // namespace tenantdesk
