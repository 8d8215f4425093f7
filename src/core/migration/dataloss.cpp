#include "core/migration/dataloss.h"

#include "core/migration/statementsplitter.h"

#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace tenantdesk {

namespace {

struct DataLossText
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::DataLossText)
};

QString quoted(const QString &identifier)
{
    QString text = identifier;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
}

// A statement that may remove rows, values or tables: one that names DROP, DELETE or REPLACE
// (INSERT OR REPLACE and REPLACE INTO delete the rows they conflict with), other than a
// CREATE (a trigger's body runs later, not when it is created). Matching inside a string or a
// comment only costs a needless count on a copy.
bool mayDestroy(const QByteArray &statement)
{
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression destroying(QStringLiteral(R"(\b(?:DROP|DELETE|REPLACE)\b)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(statement);
    return !create.match(text).hasMatch() && destroying.match(text).hasMatch();
}

// The same rows and the same counts of values, whatever the columns are called now: a
// table renamed (its columns perhaps too) in the step.
bool sameContent(const DataCensus::Table &a, const DataCensus::Table &b)
{
    if (a.rows != b.rows || a.nonNull.size() != b.nonNull.size())
        return false;
    QList<qint64> valuesA = a.nonNull.values();
    QList<qint64> valuesB = b.nonNull.values();
    std::sort(valuesA.begin(), valuesA.end());
    std::sort(valuesB.begin(), valuesB.end());
    return valuesA == valuesB;
}

// Names the rows that ON DELETE CASCADE removed: fewer rows in a table whose cascading parent
// lost rows or was dropped in the same step. Parents are matched as SQLite matches table names
// (case-insensitively); chains (tenants → workspaces → tenant_users) are followed one link each.
void markCascades(const DataCensus &before, QList<DataLoss> &losses)
{
    QStringList shrunk;
    for (const DataLoss &loss : std::as_const(losses)) {
        if (loss.kind != DataLoss::Kind::DroppedColumn)
            shrunk.append(loss.table.toLower());
    }
    for (DataLoss &loss : losses) {
        if (loss.kind != DataLoss::Kind::DeletedRows)
            continue;
        const QStringList parents = before.tables().value(loss.table).cascadeParents;
        for (const QString &parent : parents) {
            if (parent.compare(loss.table, Qt::CaseInsensitive) != 0
                && shrunk.contains(parent.toLower())) {
                const auto known
                        = std::find_if(before.tables().keyBegin(), before.tables().keyEnd(),
                                       [&](const QString &name) {
                                           return name.compare(parent, Qt::CaseInsensitive) == 0;
                                       });
                loss.cascadeFrom = known != before.tables().keyEnd() ? *known : parent;
                break;
            }
        }
    }
}

} // namespace

QString describeDataLoss(const DataLoss &loss)
{
    switch (loss.kind) {
    case DataLoss::Kind::DroppedTable:
        return DataLossText::tr("%n row(s) of %1 (table dropped)", nullptr, int(loss.count))
                .arg(loss.table);
    case DataLoss::Kind::DroppedColumn:
        return DataLossText::tr("%n value(s) of %1.%2 (column dropped)", nullptr, int(loss.count))
                .arg(loss.table, loss.column);
    case DataLoss::Kind::DeletedRows:
        if (!loss.cascadeFrom.isEmpty())
            return DataLossText::tr("%n row(s) of %1 (removed by ON DELETE CASCADE from %2)",
                                    nullptr, int(loss.count))
                    .arg(loss.table, loss.cascadeFrom);
        return DataLossText::tr("%n row(s) of %1 (deleted)", nullptr, int(loss.count))
                .arg(loss.table);
    }
    return {};
}

QString describeDataLoss(const QList<DataLoss> &losses)
{
    QStringList parts;
    for (const DataLoss &loss : losses)
        parts.append(describeDataLoss(loss));
    return QLocale().createSeparatedList(parts);
}

qint64 destroyedCount(const QList<DataLoss> &losses)
{
    qint64 total = 0;
    for (const DataLoss &loss : losses)
        total += loss.count;
    return total;
}

Result<DataCensus> DataCensus::take(const Database &db)
{
    auto tables = db.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' AND name <> 'tenantdesk_migrations' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());

    DataCensus census;
    for (const QString &table : std::as_const(names)) {
        // A table that cannot be read (say, one whose definition needs an extension) is left
        // out rather than failing the whole count.
        auto columns = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        if (!columns) {
            qCWarning(lcMigration) << "cannot count" << table << columns.error().message;
            continue;
        }
        QStringList columnNames;
        while (columns->next())
            columnNames.append(columns->value(0).toString());
        QStringList cascadeParents;
        // Ordered by name, so that a table with several cascading parents names the same one
        // every time.
        auto keys = db.exec(QStringLiteral("SELECT DISTINCT \"table\" FROM "
                                           "pragma_foreign_key_list(?) WHERE upper(on_delete) = "
                                           "'CASCADE' ORDER BY 1"),
                            {table});
        if (keys) {
            while (keys->next())
                cascadeParents.append(keys->value(0).toString());
        }
        // One scan per table counts its rows and every column's values together.
        QString sql = QStringLiteral("SELECT count(*)");
        for (const QString &column : std::as_const(columnNames))
            sql += QStringLiteral(", count(%1)").arg(quoted(column));
        sql += QStringLiteral(" FROM %1").arg(quoted(table));
        auto counts = db.exec(sql);
        if (!counts) {
            qCWarning(lcMigration) << "cannot count" << table << counts.error().message;
            continue;
        }
        if (!counts->next())
            continue;
        Table &entry = census.m_tables[table];
        entry.rows = counts->value(0).toLongLong();
        entry.cascadeParents = cascadeParents;
        for (qsizetype i = 0; i < columnNames.size(); ++i)
            entry.nonNull.insert(columnNames.at(i), counts->value(int(i) + 1).toLongLong());
    }
    return census;
}

QList<DataLoss> DataCensus::lost(const DataCensus &before, const DataCensus &after)
{
    // A table or column that went while one of the same content appeared was renamed
    // (ALTER TABLE ... RENAME): its data is still there.
    QStringList newTables;
    for (auto table = after.m_tables.cbegin(); table != after.m_tables.cend(); ++table) {
        if (!before.m_tables.contains(table.key()))
            newTables.append(table.key());
    }
    QList<DataLoss> losses;
    for (auto table = before.m_tables.cbegin(); table != before.m_tables.cend(); ++table) {
        const auto now = after.m_tables.constFind(table.key());
        if (now == after.m_tables.cend()) {
            const auto renamed
                    = std::find_if(newTables.cbegin(), newTables.cend(), [&](const QString &name) {
                          return sameContent(after.m_tables.value(name), *table);
                      });
            if (renamed != newTables.cend())
                newTables.removeAt(renamed - newTables.cbegin());
            else if (table->rows > 0)
                losses.append({DataLoss::Kind::DroppedTable, table.key(), {}, table->rows, {}});
            continue;
        }
        if (now->rows < table->rows)
            losses.append(
                    {DataLoss::Kind::DeletedRows, table.key(), {}, table->rows - now->rows, {}});
        QStringList newColumns;
        for (auto column = now->nonNull.cbegin(); column != now->nonNull.cend(); ++column) {
            if (!table->nonNull.contains(column.key()))
                newColumns.append(column.key());
        }
        for (auto column = table->nonNull.cbegin(); column != table->nonNull.cend(); ++column) {
            if (now->nonNull.contains(column.key()) || column.value() == 0)
                continue;
            const auto renamed = std::find_if(newColumns.cbegin(), newColumns.cend(),
                                              [&](const QString &name) {
                                                  return now->nonNull.value(name) == column.value();
                                              });
            if (renamed != newColumns.cend())
                newColumns.removeAt(renamed - newColumns.cbegin());
            else
                losses.append({DataLoss::Kind::DroppedColumn,
                               table.key(),
                               column.key(),
                               column.value(),
                               {}});
        }
    }
    markCascades(before, losses);
    return losses;
}

bool planMayDestroyData(const MigrationPlan &plan)
{
    for (const MigrationStep &step : plan.steps) {
        if (step.direction == MigrationDirection::Down)
            return true;
        const QList<SqlStatement> statements
                = StatementSplitter::split(step.script.sql(step.direction));
        for (const SqlStatement &statement : statements) {
            if (mayDestroy(statement.text))
                return true;
        }
    }
    return false;
}

} // namespace tenantdesk
