#pragma once

#include "core/migration/migrationplan.h"

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenantdesk {

class Database;

// Data one migration step destroyed, counted on a copy (never guessed from the SQL).
struct DataLoss
{
    enum class Kind {
        DroppedTable,  // the table is gone; count = its rows
        DroppedColumn, // the column is gone; count = its non-NULL values
        DeletedRows,   // fewer rows than before (deleted directly or by ON DELETE CASCADE)
    };

    Kind kind = Kind::DeletedRows;
    QString table;
    QString column; // DroppedColumn only
    qint64 count = 0;
    // DeletedRows only: the table whose rows went in the same step and that this table
    // references with ON DELETE CASCADE, so SQLite removed these rows with them.
    QString cascadeFrom;

    bool operator==(const DataLoss &other) const = default;
};

// "2 rows of tenants (table dropped)", "5 values of notes.body (column dropped)".
QString describeDataLoss(const DataLoss &loss);
// Every loss of a list in one phrase, joined for a sentence.
QString describeDataLoss(const QList<DataLoss> &losses);
// The rows and values a list of losses destroys, added up.
qint64 destroyedCount(const QList<DataLoss> &losses);

// The row count of every table and the non-NULL count of every column of a database, taken
// before and after each step of a plan run on a copy: comparing two censuses names what the
// step destroyed, cascades included (sqlite3_total_changes does not count those). SQLite's own
// tables, the migration ledger and virtual tables (their content is in their shadow tables) are
// left out. One scan per table.
class DataCensus
{
public:
    struct Table
    {
        qint64 rows = 0;
        QMap<QString, qint64> nonNull; // per column
        // The tables this one references with ON DELETE CASCADE.
        QStringList cascadeParents;
    };

    static Result<DataCensus> take(const Database &db);

    // What `before` holds that `after` no longer does: dropped tables with their rows,
    // dropped columns with their values, and fewer rows in tables that stayed. Tables and
    // columns that were empty lose nothing and are not listed. Rows of a table that references
    // a table that lost rows (or went) in the same step with ON DELETE CASCADE are named as
    // removed by that cascade (DataLoss::cascadeFrom).
    static QList<DataLoss> lost(const DataCensus &before, const DataCensus &after);

    const QMap<QString, Table> &tables() const { return m_tables; }

private:
    QMap<QString, Table> m_tables;
};

// What a plan destroys step by step, counted by running it on a copy (MigrationWorkflow).
struct DataLossReport
{
    // False when the plan only creates and adds (planMayDestroyData): nothing to count.
    bool countedOnCopy = false;
    // Per step of the plan, for the steps that completed on the copy.
    QList<QList<DataLoss>> perStep;
    // Why the run on the copy stopped early (the steps after it were not counted).
    std::optional<Error> error;

    bool destroysData() const
    {
        for (const QList<DataLoss> &step : perStep) {
            if (!step.isEmpty())
                return true;
        }
        return false;
    }
};

// Whether a plan can destroy data, and so is counted on a copy before it runs for real: it
// has a DOWN step, or a statement other than a CREATE that names DROP, DELETE or REPLACE.
// Plans that only create, insert, update or add columns (the bundled UP migrations, retrofits,
// large backfills) are not copied: a copy of a large file costs time. Not foreseen: a trigger
// that already exists and deletes rows when a plan inserts or updates.
bool planMayDestroyData(const MigrationPlan &plan);

} // namespace tenantdesk
