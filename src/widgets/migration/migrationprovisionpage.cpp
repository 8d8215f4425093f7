#include "widgets/migration/migrationprovisionpage.h"

#include "widgets/migration/migrationtexts.h"
#include "widgets/migration/migrationwizard.h"

namespace tenantdesk {

MigrationProvisionPage::MigrationProvisionPage(MigrationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    ui.setupUi(this);
    const ProvisionOptions defaults;
    ui.tenantNameEdit->setText(defaults.tenantName);
    ui.tenantSlugEdit->setText(defaults.tenantSlug);
    ui.workspaceNameEdit->setText(defaults.workspaceName);
    ui.workspaceSlugEdit->setText(defaults.workspaceSlug);
    // Item data: the role for everyone, or none for "by global role".
    ui.roleCombo->addItem(tr("By global role: admins become tenant_admin, everyone else member"),
                          int(TenantRole::None));
    ui.roleCombo->addItem(tr("member for everyone"), int(TenantRole::Member));
    ui.roleCombo->addItem(tr("workspace_admin for everyone"), int(TenantRole::WorkspaceAdmin));
    ui.roleCombo->addItem(tr("tenant_admin for everyone"), int(TenantRole::TenantAdmin));
    connect(ui.provisionButton, &QPushButton::clicked, this, &MigrationProvisionPage::provision);
}

void MigrationProvisionPage::initializePage()
{
    ui.resultLabel->clear();
    ui.provisionButton->setEnabled(true);
    setFinalPage(true);
}

bool MigrationProvisionPage::isComplete() const
{
    return !m_provisioning;
}

ProvisionOptions MigrationProvisionPage::options() const
{
    ProvisionOptions options;
    options.tenantName = ui.tenantNameEdit->text().trimmed();
    options.tenantSlug = ui.tenantSlugEdit->text().trimmed();
    options.workspaceName = ui.workspaceNameEdit->text().trimmed();
    options.workspaceSlug = ui.workspaceSlugEdit->text().trimmed();
    const auto role = TenantRole(ui.roleCombo->currentData().toInt());
    if (role != TenantRole::None)
        options.roleForAll = role;
    return options;
}

void MigrationProvisionPage::provision()
{
    if (m_provisioning)
        return;
    m_provisioning = true;
    ui.provisionButton->setEnabled(false);
    MigrationTexts::showWarning(ui.resultLabel, tr("Provisioning…"));
    Q_EMIT completeChanged();
    m_wizard->job()->provision(options(), this, [this](Result<ProvisionReport> report) {
        m_provisioning = false;
        if (report) {
            m_report = *report;
            ui.resultLabel->setStyleSheet({});
            ui.resultLabel->setText(
                    report->changedAnything()
                            ? tr("Done: %1, %2, %n membership(s) granted.", nullptr,
                                 report->membershipsGranted)
                                      .arg(report->tenantCreated ? tr("tenant created")
                                                                 : tr("tenant already there"),
                                           report->workspaceCreated ? tr("workspace created")
                                                                    : tr("workspace already there"))
                            : tr("Nothing to do: everyone already has a membership."));
            m_wizard->notifyDatabaseChanged();
        } else {
            ui.provisionButton->setEnabled(true);
            MigrationTexts::showProblem(ui.resultLabel, report.error().message);
        }
        Q_EMIT completeChanged();
        Q_EMIT provisionFinished(report.ok());
    });
}

} // namespace tenantdesk
