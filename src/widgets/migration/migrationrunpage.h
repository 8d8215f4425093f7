#pragma once

#include "ui_migrationrunpage.h"

#include "models/jobs/migrationjob.h"
#include "models/jobs/serverhealthcheck.h"

#include <QWizardPage>

#include <optional>

namespace tenantdesk {

class MigrationWizard;

// Fourth page of the migration wizard: the dry run on a temporary copy (when chosen) with its
// per-migration results and what each step destroys, the check for who else uses the file
// before the real run (an aistack server answering its health address, processes holding the
// file open: named, with "Run Anyway"), and the run itself with a progress bar per statement,
// a live log and Cancel. The work runs on the wizard's MigrationJob; this page only shows it.
class MigrationRunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Phase {
        Idle,
        DryRunning,
        DryRunDone,    // results shown; "Apply to the Database" continues when it succeeded
        Checking,      // asking the aistack server's health address, then /proc
        ServerWarning, // someone else uses the file (a server, a process): the admin decides
        Running,
        Finished,
    };
    Q_ENUM(Phase)

    explicit MigrationRunPage(MigrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    Phase phase() const { return m_phase; }
    const std::optional<MigrationReport> &dryRunReport() const { return m_dryRun; }
    const ServerHealthCheck::Outcome &serverOutcome() const { return m_health->lastOutcome(); }
    // Who else uses the file, as last found before the real run.
    const std::optional<OtherUsers> &otherUsers() const { return m_otherUsers; }

    // Cancel Run: the migration in progress is rolled back by the engine.
    void requestCancel();

Q_SIGNALS:
    void phaseChanged(tenantdesk::MigrationRunPage::Phase phase);

private:
    void setPhase(Phase phase);
    void startDryRun();
    void checkServer();
    void serverChecked(const ServerHealthCheck::Outcome &outcome);
    void findOtherUsers(const ServerAnswer &server);
    void othersFound(const OtherUsers &found);
    void startRun(bool force);
    void showProgress(const MigrationProgress &progress);
    void dryRunFinished(const MigrationReport &report);
    void runFinished(const MigrationReport &report);
    void logOutcomes(const MigrationReport &report);
    void resetProgress(int steps);
    void log(const QString &line);

    Ui::MigrationRunPage ui;
    MigrationWizard *m_wizard;
    ServerHealthCheck *m_health;
    Phase m_phase = Phase::Idle;
    std::optional<MigrationReport> m_dryRun;
    std::optional<OtherUsers> m_otherUsers;
    ServerAnswer m_server;
    int m_currentStep = -1;
};

} // namespace tenantdesk
