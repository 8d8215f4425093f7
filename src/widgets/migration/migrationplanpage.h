#pragma once

#include "ui_migrationplanpage.h"

#include "core/migration/migrationplan.h"
#include "models/jobs/migrationjob.h"

#include <QWizardPage>

#include <optional>

namespace tenantdesk {

class MigrationWizard;

// Third page of the migration wizard: direction (apply, revert, or baseline: record as applied
// without running) and target, the exact steps and every statement that will run, what each
// step destroys (counted on a copy, for a plan that can destroy anything), and the options
// (backup first, dry run first, the aistack server address to check). A plan that destroys
// rows, values or tables goes on only once the admin types the confirmation word. It is the
// commit page: once the run starts there is no way back to change the plan.
class MigrationPlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationPlanPage(MigrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The plan for the choice shown, when there is one to run.
    const std::optional<MigrationPlan> &plan() const { return m_plan; }
    MigrationRequest::Mode mode() const;

    // While the plan runs on a copy to count what it destroys.
    bool isAssessing() const { return m_assessing; }
    // What the plan destroys, once counted.
    const std::optional<DataLossReport> &dataLoss() const { return m_dataLoss; }
    // The plan destroys something: the confirmation word must be typed.
    bool needsConfirmation() const;
    static QString confirmationWord();

Q_SIGNALS:
    // The count of what the plan destroys has arrived (or failed).
    void assessed();

private:
    MigrationDirection direction() const;
    void fillTargets();
    void updatePlan();
    void showPlan(const MigrationPlan &plan);
    void showSources(const MigrationPlan &plan);
    void updateOptions();
    void assess();
    void showDataLoss(const Result<DataLossReport> &assessed);
    bool isConfirmed() const;

    Ui::MigrationPlanPage ui;
    MigrationWizard *m_wizard;
    std::optional<MigrationPlan> m_plan;
    std::optional<DataLossReport> m_dataLoss;
    bool m_assessing = false;
    quint64 m_assessSerial = 0;
};

} // namespace tenantdesk
