#pragma once

#include "ui_migrationprovisionpage.h"

#include "core/tenancy/provisioner.h"

#include <QWizardPage>

#include <optional>

namespace tenantdesk {

class MigrationWizard;

// Last, optional page of the migration wizard, offered when the run just created the tenancy
// tables of a database with users: aistack's single-to-multi provisioning (core Provisioner)
// of a default tenant and workspace with a membership for every user.
class MigrationProvisionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationProvisionPage(MigrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isProvisioning() const { return m_provisioning; }
    const std::optional<ProvisionReport> &report() const { return m_report; }
    // Provision Now.
    void provision();

Q_SIGNALS:
    void provisionFinished(bool provisioned);

private:
    ProvisionOptions options() const;

    Ui::MigrationProvisionPage ui;
    MigrationWizard *m_wizard;
    bool m_provisioning = false;
    std::optional<ProvisionReport> m_report;
};

} // namespace tenantdesk
