// tenantctl migrate up|down: what a run did, as JSON or as sentences.

#include "cli/clicontext.h"
#include "cli/migrateoptions.h"
#include "cli/orderedjson.h"

#include "core/migration/migrationworkflow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace tenantdesk::cli {

namespace {

QString directionName(MigrationDirection direction)
{
    return direction == MigrationDirection::Up ? QStringLiteral("up") : QStringLiteral("down");
}

// {"table": "tenants", "rows": 2, "kind": "table_dropped"}, one per loss.
// Where a step's SQL comes from: "file" (absolute path) and "section" ("up" or "down").
void addSource(OrderedJsonObject &object, const MigrationStep &step)
{
    const QString path = step.script.filePath();
    object.add(QStringLiteral("file"),
               path.isEmpty() ? QJsonValue() : QJsonValue(QFileInfo(path).absoluteFilePath()))
            .add(QStringLiteral("section"),
                 step.direction == MigrationDirection::Up ? QStringLiteral("up")
                                                          : QStringLiteral("down"));
}

QList<OrderedJsonObject> destroysJson(const QList<DataLoss> &losses)
{
    QList<OrderedJsonObject> rows;
    for (const DataLoss &loss : losses) {
        OrderedJsonObject row;
        row.add(QStringLiteral("table"), loss.table);
        switch (loss.kind) {
        case DataLoss::Kind::DroppedTable:
            row.add(QStringLiteral("rows"), loss.count)
                    .add(QStringLiteral("kind"), QStringLiteral("table_dropped"));
            break;
        case DataLoss::Kind::DeletedRows:
            row.add(QStringLiteral("rows"), loss.count)
                    .add(QStringLiteral("kind"), QStringLiteral("rows_deleted"));
            if (!loss.cascadeFrom.isEmpty())
                row.add(QStringLiteral("cascade_from"), loss.cascadeFrom);
            break;
        case DataLoss::Kind::DroppedColumn:
            row.add(QStringLiteral("column"), loss.column)
                    .add(QStringLiteral("values"), loss.count)
                    .add(QStringLiteral("kind"), QStringLiteral("column_dropped"));
            break;
        }
        rows.append(row);
    }
    return rows;
}

OrderedJsonObject otherUsersJson(const OtherUsers &found)
{
    QList<OrderedJsonObject> processes;
    for (const FileHolder &holder : found.processes) {
        QStringList foundBy;
        if (holder.openHandle)
            foundBy << QStringLiteral("open_files");
        if (holder.lock)
            foundBy << QStringLiteral("locks");
        processes.append(
                OrderedJsonObject()
                        .add(QStringLiteral("pid"), holder.pid)
                        .add(QStringLiteral("program"), holder.program)
                        .add(QStringLiteral("files"), QJsonArray::fromStringList(holder.files))
                        .add(QStringLiteral("found_by"), QJsonArray::fromStringList(foundBy)));
    }
    OrderedJsonObject object;
    object.add(QStringLiteral("processes"), processes);
    if (found.server.answered)
        object.add(QStringLiteral("server"),
                   OrderedJsonObject()
                           .add(QStringLiteral("url"), found.server.url)
                           .add(QStringLiteral("detail"), found.server.detail));
    else
        object.add(QStringLiteral("server"), QJsonValue());
    return object;
}

} // namespace

void MigrateCommand::printReport(const MigrationPlan &plan, const MigrationReport &report)
{
    const bool dryRun = report.mode == MigrationRequest::Mode::DryRun;
    const QList<MigrationOutcome> &done = report.completed;
    const std::optional<Error> &error = report.error;
    const QString backup = report.backup ? report.backup->path : QString();
    // The step that failed is the one after the last that completed (a run refused before
    // its first step, for data loss or another user of the file, failed in none).
    const bool refusedBeforeRun = error && error->code == ErrorCode::Conflict && done.isEmpty()
            && (report.otherUsers || report.checkedOnCopy);
    const MigrationStep *failed = error && !refusedBeforeRun && done.size() < plan.steps.size()
            ? &plan.steps.at(done.size())
            : nullptr;
    if (m_context.json()) {
        QList<OrderedJsonObject> steps;
        for (const MigrationOutcome &outcome : done) {
            OrderedJsonObject step;
            step.add(QStringLiteral("name"), outcome.name)
                    .add(QStringLiteral("version"), outcome.version)
                    .add(QStringLiteral("direction"), directionName(outcome.direction))
                    .add(QStringLiteral("ok"), true)
                    .add(QStringLiteral("duration_ms"), outcome.durationMs)
                    .add(QStringLiteral("rows_changed"), outcome.rowsChanged)
                    .add(QStringLiteral("statements"), outcome.statementCount)
                    .add(QStringLiteral("destroys"), destroysJson(outcome.destroyed));
            if (steps.size() < plan.steps.size())
                addSource(step, plan.steps.at(steps.size()));
            if (!outcome.notes.isEmpty())
                step.add(QStringLiteral("notes"), QJsonArray::fromStringList(outcome.notes));
            steps.append(step);
        }
        if (failed)
            steps.append(OrderedJsonObject()
                                 .add(QStringLiteral("name"), failed->script.name())
                                 .add(QStringLiteral("version"), failed->script.version())
                                 .add(QStringLiteral("direction"), directionName(failed->direction))
                                 .add(QStringLiteral("ok"), false)
                                 .add(QStringLiteral("error"), error->message));
        OrderedJsonObject object;
        object.add(QStringLiteral("dry_run"), dryRun)
                .add(QStringLiteral("backup"), backup.isEmpty() ? QJsonValue() : QJsonValue(backup))
                .add(QStringLiteral("steps"), steps);
        // A run refused for what it would destroy: the count on the copy, per migration.
        if (refusedBeforeRun && report.checkedOnCopy && report.checkedOnCopy->destroysData()) {
            QList<OrderedJsonObject> counted;
            for (qsizetype i = 0; i < report.checkedOnCopy->perStep.size(); ++i) {
                OrderedJsonObject step;
                step.add(QStringLiteral("name"), plan.steps.at(i).script.name())
                        .add(QStringLiteral("direction"), directionName(plan.steps.at(i).direction))
                        .add(QStringLiteral("destroys"),
                             destroysJson(report.checkedOnCopy->perStep.at(i)));
                addSource(step, plan.steps.at(i));
                counted.append(step);
            }
            object.add(QStringLiteral("would_destroy"), counted);
        }
        if (report.otherUsers)
            object.add(QStringLiteral("other_users"), otherUsersJson(*report.otherUsers));
        m_context.out() << object.toJson() << '\n';
        return;
    }
    QTextStream &out = m_context.out();
    if (dryRun)
        out << MigrateCommand::tr(
                "Dry run on a temporary copy; the database itself was not changed.")
            << '\n';
    if (report.otherUsers && report.ok())
        out << MigrateCommand::tr("Went on as forced: %1").arg(report.otherUsers->describe())
            << '\n';
    if (!backup.isEmpty())
        out << MigrateCommand::tr("Backed up to %1.").arg(QDir::toNativeSeparators(backup)) << '\n';
    for (const MigrationOutcome &outcome : done) {
        const bool up = outcome.direction == MigrationDirection::Up;
        const QString statements
                = MigrateCommand::tr("%n statement(s)", "", int(outcome.statementCount));
        QString line;
        // "0 rows changed" is never said of a step that dropped rows: the change counter of
        // SQLite does not count dropped tables or cascades, the count on the copy does.
        if (!outcome.destroyed.isEmpty()) {
            const QString destroyed = describeDataLoss(outcome.destroyed);
            line = dryRun
                    ? (up ? MigrateCommand::tr("Would apply %1: ok in %2 ms (%3; destroys %4).")
                          : MigrateCommand::tr("Would revert %1: ok in %2 ms (%3; destroys %4)."))
                    : (up ? MigrateCommand::tr(
                               "Applied %1 in %2 ms (%3; destroyed %4, as counted on a "
                               "copy just before).")
                          : MigrateCommand::tr(
                                  "Reverted %1 in %2 ms (%3; destroyed %4, as counted on a "
                                  "copy just before)."));
            line = line.arg(outcome.name).arg(outcome.durationMs).arg(statements, destroyed);
        } else {
            line = dryRun
                    ? (up ? MigrateCommand::tr("Would apply %1: ok in %2 ms (%3, %4 rows changed).")
                          : MigrateCommand::tr(
                                  "Would revert %1: ok in %2 ms (%3, %4 rows changed)."))
                    : (up ? MigrateCommand::tr("Applied %1 in %2 ms (%3, %4 rows changed).")
                          : MigrateCommand::tr("Reverted %1 in %2 ms (%3, %4 rows changed)."));
            line = line.arg(outcome.name)
                           .arg(outcome.durationMs)
                           .arg(statements)
                           .arg(outcome.rowsChanged);
        }
        out << line << '\n';
        // Where the SQL is, for the admin who checks a plan (a dry run) before running it.
        const qsizetype index = &outcome - done.constData();
        if (index < plan.steps.size()) {
            const MigrationStep &step = plan.steps.at(index);
            out << "  "
                << MigrateCommand::tr("SQL: %1").arg(step.script.describeSource(step.direction))
                << '\n';
        }
        for (const QString &note : outcome.notes)
            out << "  " << note << '\n';
    }
    if (failed && dryRun)
        out << MigrateCommand::tr("Would fail at %1; the steps after it were not tried.")
                        .arg(failed->script.name())
            << '\n';
}

} // namespace tenantdesk::cli
