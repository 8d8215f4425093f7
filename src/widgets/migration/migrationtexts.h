#pragma once

#include "core/migration/migrationplan.h"
#include "core/migration/migrationrunner.h"
#include "core/migration/migrationstatus.h"

#include <QString>

class QFont;
class QLabel;

// Wording and small presentation helpers shared by the pages of the migration wizard.
namespace tenantdesk::MigrationTexts {

// "12 ms", "1.4 s", "2 min 05 s".
QString duration(qint64 ms);
// "Applied", "Pending", "Modified", "Missing".
QString stateName(MigrationState state);
// "Apply", "Revert", or "Record as applied" for a baseline step.
QString actionName(MigrationDirection direction, bool baseline);
// "Applied", "Reverted", "Recorded": what a finished step did.
QString doneName(MigrationDirection direction, bool baseline);

// A step's "rows changed" cell: SQLite's change count, and what the step destroyed besides
// (dropped tables and cascades are not in that count), so that "0" is never shown for a step
// that dropped rows.
QString rowsChanged(const MigrationOutcome &outcome);

// Every statement a plan will run, numbered and with its file line, as the engine's
// statement splitter delimits them.
QString statementsPreview(const MigrationPlan &plan);
int statementCount(const MigrationScript &script, MigrationDirection direction);

QFont monospaceFont();

// Shows text in label as a problem (red) or a warning (amber); hides the label when empty.
void showProblem(QLabel *label, const QString &text);
void showWarning(QLabel *label, const QString &text);

} // namespace tenantdesk::MigrationTexts
