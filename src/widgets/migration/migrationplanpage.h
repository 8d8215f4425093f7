#pragma once

#include "ui_migrationplanpage.h"

#include "core/migration/migrationplan.h"
#include "models/jobs/migrationjob.h"

#include <QWizardPage>

#include <optional>

namespace tenantdesk {

class MigrationWizard;

// Third page of the migration wizard: direction (apply, revert, or baseline: record as applied
// without running) and target, the exact steps and every statement that will run, and the
// options (backup first, dry run first, the aistack server address to check). It is the
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

private:
    MigrationDirection direction() const;
    void fillTargets();
    void updatePlan();
    void showPlan(const MigrationPlan &plan);
    void updateOptions();

    Ui::MigrationPlanPage ui;
    MigrationWizard *m_wizard;
    std::optional<MigrationPlan> m_plan;
};

} // namespace tenantdesk
