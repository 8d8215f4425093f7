#pragma once

#include "core/migration/migrationscript.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tenantdesk {

// Where a plan goes: a number N (every migration numbered up to N applied, the rest not;
// 0 = none) or a migration name (it and every migration ordered before it applied).
struct MigrationTarget
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationTarget)

public:
    bool isNumber = false;
    qint64 number = 0;
    QString name;

    // Accepts "8", "008", "008_multitenant" or "008_multitenant.sql".
    static Result<MigrationTarget> parse(const QString &text);
};

// One migration to run in one direction.
struct MigrationStep
{
    MigrationScript script;
    MigrationDirection direction = MigrationDirection::Up;
};

// The steps of one run, in order, checked as a whole before the first one runs.
struct MigrationPlan
{
    MigrationDirection direction = MigrationDirection::Up;
    QList<MigrationStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
};

} // namespace tenantdesk
