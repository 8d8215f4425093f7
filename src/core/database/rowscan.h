#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

struct sqlite3_stmt;

namespace tenantdesk {

class Database;

// One row of scanRows: its columns as SQLite holds them, valid until the next row.
class ScanRow
{
public:
    explicit ScanRow(sqlite3_stmt *statement)
        : m_statement(statement)
    { }

    int columnCount() const;
    bool isNull(int column) const;
    // The column's text as UTF-8 bytes, without a copy.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    // The column as QtSql would give it (integer, double, text or null).
    QVariant value(int column) const;

private:
    sqlite3_stmt *m_statement;
};

// Runs sql (one statement) with every value bound, in order, and hands each row to onRow as
// SQLite's statement API steps it: no QVariant or QString per value unless onRow asks for
// one, so reading a million rows costs the scan and what onRow does with them. A failing
// onRow stops the scan with its error. Returns the number of rows. For exports and scans
// that read many rows once; never on the GUI thread.
Result<qint64> scanRows(const Database &db, const QString &sql, const QVariantList &values,
                        const std::function<Result<void>(const ScanRow &)> &onRow);

} // namespace tenantdesk
