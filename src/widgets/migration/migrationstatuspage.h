#pragma once

#include "ui_migrationstatuspage.h"

#include <QWizardPage>

namespace tenantdesk {

class LiveUseGate;
class MigrationWizard;

// Second page of the migration wizard: every migration of the folders with its state in the
// database (applied, pending, modified, missing; irreversible ones marked), the folder it comes
// from, the files that were ignored, and the UP and DOWN SQL of the selected one. A modified
// script blocks further runs; admins who have checked the change may accept its new checksum
// here (repair), after being told who else uses the file.
class MigrationStatusPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationStatusPage(MigrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isLoading() const { return m_loading; }
    // Reads the folder and the ledger again (on the job's thread).
    void reload();

Q_SIGNALS:
    // A reload finished (successfully or not).
    void loaded();

private:
    void showStatuses();
    void showSelected();
    void repair();

    Ui::MigrationStatusPage ui;
    MigrationWizard *m_wizard;
    LiveUseGate *m_gate;
    bool m_loading = false;
    quint64 m_serial = 0;
};

} // namespace tenantdesk
