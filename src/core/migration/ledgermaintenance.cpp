#include "core/migration/ledgermaintenance.h"

#include "core/migration/migrationledger.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace tenantdesk {

LedgerMaintenance::LedgerMaintenance(const Database &db)
    : m_db(db)
{ }

Result<QStringList> LedgerMaintenance::baseline(const MigrationPlan &plan,
                                                const Actor &signedIn) const
{
    if (auto allowed = currentActorAllowed(m_db, signedIn, Action::RunMigrations); !allowed)
        return allowed.error();
    if (plan.isEmpty())
        return QStringList();
    // Under the write lock: decided and recorded as the users row has the actor now.
    WriteTransaction transaction(m_db);
    auto current = beginWriteAs(transaction, m_db, signedIn, Action::RunMigrations);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    const MigrationLedger ledger(m_db);
    if (auto created = ledger.ensureTable(); !created)
        return created.error();
    const AuditLog audit(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList recorded;
    for (const MigrationStep &step : plan.steps) {
        const MigrationScript &script = step.script;
        auto existing = ledger.entry(script.name());
        if (!existing)
            return existing.error();
        if (*existing)
            return conflict(tr("%1 is already recorded as applied (another process may have "
                               "applied it); nothing was recorded.")
                                    .arg(script.name()));
        const QString checksum = script.checksum(MigrationDirection::Up);
        Result<void> written
                = ledger.record({script.name(), script.version(), checksum,
                                 MigrationScript::checksumAlgorithm(), now, actor.auditName(), 0});
        if (written)
            written = audit.append(QStringLiteral("migration.baselined"),
                                   {{QStringLiteral("actor"), actor.auditName()},
                                    {QStringLiteral("migration"), script.name()},
                                    {QStringLiteral("version"), script.version()},
                                    {QStringLiteral("checksum"), checksum}});
        if (!written)
            return written.error();
        recorded.append(script.name());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcMigration) << "baselined" << recorded;
    return recorded;
}

Result<QStringList> LedgerMaintenance::repair(const QList<MigrationStatus> &modified,
                                              const Actor &signedIn,
                                              const LiveUseOptions &live) const
{
    if (auto allowed = currentActorAllowed(m_db, signedIn, Action::RunMigrations); !allowed)
        return allowed.error();
    if (modified.isEmpty())
        return QStringList();
    if (auto permitted = LiveUse::check(m_db.path(), LiveUse::Operation::Migrate, live); !permitted)
        return permitted.error();
    // Under the write lock: decided and recorded as the users row has the actor now.
    WriteTransaction transaction(m_db);
    auto current = beginWriteAs(transaction, m_db, signedIn, Action::RunMigrations);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    const MigrationLedger ledger(m_db);
    const AuditLog audit(m_db);
    QStringList repaired;
    for (const MigrationStatus &status : modified) {
        if (status.state != MigrationState::Modified || !status.script || !status.ledger)
            continue;
        // Under the lock: accept only the change the admin reviewed, not a newer one.
        auto current = ledger.entry(status.name);
        if (!current)
            return current.error();
        if (!*current || (*current)->checksum != status.ledger->checksum)
            return conflict(tr("The ledger row of %1 changed in the meantime; nothing was "
                               "repaired. Check the status again.")
                                    .arg(status.name));
        const QString checksum = status.script->checksum(MigrationDirection::Up);
        Result<void> written = ledger.updateChecksum(status.name, checksum,
                                                     MigrationScript::checksumAlgorithm());
        if (written)
            written = audit.append(QStringLiteral("migration.repaired"),
                                   {{QStringLiteral("actor"), actor.auditName()},
                                    {QStringLiteral("migration"), status.name},
                                    {QStringLiteral("version"), status.version},
                                    {QStringLiteral("previous_checksum"), status.ledger->checksum},
                                    {QStringLiteral("checksum"), checksum}});
        if (!written)
            return written.error();
        repaired.append(status.name);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcMigration) << "repaired" << repaired;
    return repaired;
}

} // namespace tenantdesk
