#pragma once

#include "core/database/liveuse.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tenantdesk {

class MigrationWizard;
class ServerHealthCheck;

// Before the wizard repairs the ledger or restores a backup: asks the aistack health address
// (the wizard's setting) and finds who holds the database open (core's LiveUse, on the
// MigrationJob's thread). When anyone is found it names them, as tenantctl does, and lets the
// admin go on anyway, except for a restore while another process has the file open, which
// core refuses even when forced. The run page shows the same findings inline.
class LiveUseGate : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` owns the question asked.
    LiveUseGate(MigrationWizard *wizard, QWidget *dialogParent);

    // What the admin decided: go on (with the options to hand to core), or not (with core's
    // refusal when there is one to show, empty when the admin stopped).
    struct Decision
    {
        bool go = false;
        LiveUseOptions options;
        QString refusal;
    };

    // Checks, asks when needed, then calls done once on this object's thread.
    void check(LiveUse::Operation operation, std::function<void(const Decision &)> done);

private:
    void decide(const OtherUsers &found);

    MigrationWizard *m_wizard;
    QWidget *m_dialogParent;
    ServerHealthCheck *m_health;
    LiveUse::Operation m_operation = LiveUse::Operation::Migrate;
    std::function<void(const Decision &)> m_done;
};

} // namespace tenantdesk
