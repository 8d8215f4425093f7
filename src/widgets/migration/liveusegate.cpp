#include "widgets/migration/liveusegate.h"

#include "models/jobs/serverhealthcheck.h"
#include "widgets/migration/migrationwizard.h"

#include <QMessageBox>
#include <QPushButton>

namespace tenantdesk {

LiveUseGate::LiveUseGate(MigrationWizard *wizard, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_wizard(wizard)
    , m_dialogParent(dialogParent)
    , m_health(new ServerHealthCheck(this))
{
    connect(m_health, &ServerHealthCheck::finished, this,
            [this](const ServerHealthCheck::Outcome &outcome) {
                if (!m_done)
                    return;
                m_wizard->job()->findOtherUsers(outcome.toAnswer(), this,
                                                [this](Result<OtherUsers> found) {
                                                    decide(found ? *found : OtherUsers());
                                                });
            });
}

void LiveUseGate::check(LiveUse::Operation operation, std::function<void(const Decision &)> done)
{
    m_operation = operation;
    m_done = std::move(done);
    const QUrl url = m_wizard->healthCheckUrl();
    if (url.isEmpty()) {
        m_wizard->job()->findOtherUsers({}, this, [this](Result<OtherUsers> found) {
            decide(found ? *found : OtherUsers());
        });
        return;
    }
    m_health->check(url);
}

void LiveUseGate::decide(const OtherUsers &found)
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return;
    Decision decision;
    decision.options.server = found.server;
    if (auto permitted = LiveUse::permit(found, m_operation, false); permitted) {
        decision.go = true;
        done(decision);
        return;
    }
    if (m_operation == LiveUse::Operation::Restore && !found.processes.isEmpty()) {
        decision.refusal = LiveUse::permit(found, m_operation, true).error().message;
        done(decision);
        return;
    }
    // Window-modal and without an event loop of its own: this runs in a job's result.
    auto *box = new QMessageBox(QMessageBox::Warning,
                                m_operation == LiveUse::Operation::Restore ? tr("Restore anyway?")
                                                                           : tr("Go on anyway?"),
                                found.describe() + QStringLiteral("\n\n")
                                        + tr("Stop them first if you can: they may write to the "
                                             "database while it changes, and may not expect the "
                                             "change."),
                                QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)
            ->setText(m_operation == LiveUse::Operation::Restore ? tr("Restore Anyway")
                                                                 : tr("Go On Anyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, decision, done](int) mutable {
        decision.go = box->clickedButton() == box->button(QMessageBox::Yes);
        decision.options.force = decision.go;
        done(decision);
    });
    box->open();
}

} // namespace tenantdesk
