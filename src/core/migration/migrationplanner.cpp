#include "core/migration/migrationplanner.h"

#include "core/migration/scriptvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>

namespace tenantdesk {

namespace {

bool statusLess(const MigrationStatus &a, const MigrationStatus &b)
{
    return MigrationScript::lessThan(a.version, a.name, b.version, b.name);
}

bool matchesLedger(const MigrationScript &script, const LedgerEntry &entry)
{
    return entry.checksumAlg == MigrationScript::checksumAlgorithm()
            && entry.checksum == script.checksum(MigrationDirection::Up);
}

} // namespace

MigrationPlanner::MigrationPlanner(MigrationCatalog catalog, QList<LedgerEntry> ledger)
    : m_catalog(std::move(catalog))
{
    QHash<QString, LedgerEntry> byName;
    for (const LedgerEntry &entry : ledger)
        byName.insert(entry.name, entry);
    for (const MigrationScript &script : m_catalog.scripts()) {
        MigrationStatus status;
        status.name = script.name();
        status.version = script.version();
        status.reversible = script.isReversible();
        status.script = script;
        const auto found = byName.constFind(script.name());
        if (found != byName.cend()) {
            status.ledger = *found;
            status.state = matchesLedger(script, *found) ? MigrationState::Applied
                                                         : MigrationState::Modified;
            byName.erase(found);
        }
        m_statuses.append(status);
    }
    for (const LedgerEntry &entry : std::as_const(byName)) {
        MigrationStatus status;
        status.name = entry.name;
        status.version = entry.version;
        status.state = MigrationState::Missing;
        status.ledger = entry;
        m_statuses.append(status);
    }
    std::sort(m_statuses.begin(), m_statuses.end(), statusLess);
}

Result<MigrationPlanner> MigrationPlanner::forDatabase(const Database &db,
                                                       const MigrationCatalog &catalog)
{
    auto entries = MigrationLedger(db).entries();
    if (!entries)
        return entries.error();
    return MigrationPlanner(catalog, *entries);
}

QList<MigrationStatus> MigrationPlanner::modified() const
{
    QList<MigrationStatus> result;
    for (const MigrationStatus &status : m_statuses) {
        if (status.state == MigrationState::Modified)
            result.append(status);
    }
    return result;
}

Result<qsizetype> MigrationPlanner::lastWanted(const MigrationTarget &target) const
{
    if (target.isNumber) {
        qsizetype last = -1;
        for (qsizetype i = 0; i < m_statuses.size(); ++i) {
            if (m_statuses.at(i).version <= target.number)
                last = i;
        }
        return last;
    }
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses.at(i).name == target.name)
            return i;
    }
    return notFound(tr("There is no migration named %1 in %2 or in the database's ledger.")
                            .arg(target.name, m_catalog.describeDirs()));
}

Result<MigrationPlan> MigrationPlanner::plan(MigrationDirection direction,
                                             const std::optional<MigrationTarget> &target) const
{
    const QList<MigrationStatus> changed = modified();
    if (!changed.isEmpty())
        return conflict(tr("%1 was changed since it was applied (its checksum no longer matches "
                           "the ledger), so no migration runs until that is resolved: restore the "
                           "file as it was applied, or review the change and accept it with "
                           "\"migrate repair\".")
                                .arg(changed.first().script->fileName()));

    qsizetype last = m_statuses.size() - 1;
    if (target) {
        auto wanted = lastWanted(*target);
        if (!wanted)
            return wanted.error();
        last = *wanted;
    }

    MigrationPlan plan;
    plan.direction = direction;
    QList<const MigrationStatus *> chosen;
    if (direction == MigrationDirection::Up) {
        for (qsizetype i = 0; i <= last; ++i) {
            if (m_statuses.at(i).state == MigrationState::Pending)
                chosen.append(&m_statuses.at(i));
        }
    } else if (target) {
        for (qsizetype i = m_statuses.size() - 1; i > last; --i) {
            if (m_statuses.at(i).isApplied())
                chosen.append(&m_statuses.at(i));
        }
    } else {
        // The most recently recorded ledger row, which need not be the highest number.
        const MigrationStatus *latest = nullptr;
        for (const MigrationStatus &status : m_statuses) {
            if (status.isApplied()
                && (!latest || status.ledger->sequence > latest->ledger->sequence))
                latest = &status;
        }
        if (latest)
            chosen.append(latest);
    }

    for (const MigrationStatus *status : std::as_const(chosen)) {
        if (status->state == MigrationState::Missing)
            return conflict(tr("%1 was applied, but its file is no longer in %2, so it cannot be "
                               "reverted; nothing was run.")
                                    .arg(status->name, m_catalog.describeDirs()));
        plan.steps.append({*status->script, direction});
    }
    if (auto valid = validate(plan); !valid)
        return valid.error();
    return plan;
}

Result<MigrationPlan> MigrationPlanner::baselinePlan(const MigrationTarget &target) const
{
    auto last = lastWanted(target);
    if (!last)
        return last.error();
    MigrationPlan plan;
    for (qsizetype i = 0; i <= *last; ++i) {
        if (m_statuses.at(i).state == MigrationState::Pending)
            plan.steps.append({*m_statuses.at(i).script, MigrationDirection::Up});
    }
    return plan;
}

Result<void> MigrationPlanner::validate(const MigrationPlan &plan)
{
    for (const MigrationStep &step : plan.steps) {
        if (step.direction == MigrationDirection::Down && !step.script.isReversible())
            return conflict(tr("%1 cannot be reverted: its DOWN section is empty or only "
                               "comments. The plan was refused before anything ran.")
                                    .arg(step.script.fileName()));
    }
    for (const MigrationStep &step : plan.steps) {
        if (auto checked = ScriptValidator::check(step.script, step.direction); !checked)
            return checked.error();
    }
    return {};
}

} // namespace tenantdesk
