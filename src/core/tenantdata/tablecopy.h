#pragma once

// Private to core's tenantdata: the pieces the tenant export, import and move share.

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace tenantdesk::tenantdata {

// One table of a tenant export: where its rows come from in the source and how they are
// stored in the export file. Its columns are sorted by name: the order of the checksum.
struct ExportedTable
{
    QString name;     // the table in the installation
    QString storedAs; // the table in the export file ("t1", "t2", ...)
    QString kind;     // "tenancy", "data" or "memory"
    QStringList columns;
    QString where; // the condition selecting the tenant's rows (with "?" for values)
    QStringList values;
    qint64 rows = 0;
    QString sha256;
};

// The export file's format name and version, in its manifest.
inline constexpr char kExportFormat[] = "tenantdesk.tenant-export";
inline constexpr int kExportVersion = 1;

// "ORDER BY" over every column in the given (sorted) order, by bytes: the same rows give the
// same order, and so the same checksum, in any file.
QString canonicalOrder(const QStringList &columns);

// SHA-256 over rows in canonical order: each value as a type tag, its length and its bytes
// (integers and reals as 8 bytes), so that two files agree exactly when their rows do.
class RowHasher
{
public:
    RowHasher();
    ~RowHasher();
    RowHasher(const RowHasher &) = delete;
    RowHasher &operator=(const RowHasher &) = delete;
    void addRow(sqlite3_stmt *statement, int columnCount);
    QString hex();

private:
    struct Private;
    Private *d;
};

struct TableChecksum
{
    qint64 rows = 0;
    QString sha256;
};

// Streams `SELECT columns FROM table WHERE where ORDER BY canonical` and hashes the rows;
// `row`, when given, also gets every row (the export stores it). A false return from row
// stops the scan: the result is then a Failure with an empty message (cancelled).
using RowSink = std::function<bool(sqlite3_stmt *statement)>;
Result<TableChecksum> scanTable(sqlite3 *db, const QString &table, const QStringList &columns,
                                const QString &where, const QStringList &values,
                                const RowSink &row = {});

// The columns of a table in a connection (empty when it does not exist).
Result<QStringList> tableColumns(sqlite3 *db, const QString &table);

// An error for a failed raw SQLite call on db.
Error sqliteError(sqlite3 *db, int code, const QString &context);

} // namespace tenantdesk::tenantdata
