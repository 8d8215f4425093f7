#pragma once

#include "ui_migrationresultpage.h"

#include "core/migration/databasebackup.h"

#include <QWizardPage>

#include <optional>

namespace tenantdesk {

class LiveUseGate;
class MigrationWizard;

// Fifth page of the migration wizard: what the run changed and destroyed, how long it took,
// where the backup is, and a Restore button that puts the backup back through the engine
// (refused while another process has the database open or writes to it; when only a server
// answers, after the admin chose to restore anyway). Leads to provisioning when the run just
// created the tenancy tables of a database with users.
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
    void startRestore(const BackupInfo &backup, const LiveUseOptions &live);
    void restoreRefused(const QString &message);

    Ui::MigrationResultPage ui;
    MigrationWizard *m_wizard;
    LiveUseGate *m_gate;
    bool m_restoring = false;
    std::optional<RestoreOutcome> m_restored;
};

} // namespace tenantdesk
