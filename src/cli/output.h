#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace tenantdesk::cli {

// Text output of tenantctl: table cells, times and tables.

// A value from the database on one line: hidden characters, line breaks included, written as
// \uXXXX escapes (core/printable.h).
QString shown(const QString &text);
// A name as one table cell: shown(), long names shortened.
QString cell(const QString &text, int maxLength = 60);
// Milliseconds since the epoch as local date and time.
QString timeText(qint64 ms);

// The columns of tenant and workspace lists, and the cells of one tenant or workspace.
QStringList namedRowHeader();
template<typename Row> QStringList namedRowCells(const Row &row)
{
    return {row.slug, cell(row.name), row.id, timeText(row.createdAt)};
}

// Prints rows as left-aligned columns under a header line, batch by batch as they arrive:
// the header and the first batch set the column widths, so a list of any length is printed
// without holding it (a later cell wider than its column pushes only its own line).
class TablePrinter
{
public:
    TablePrinter(QTextStream &out, QStringList header);

    void print(const QList<QStringList> &rows);
    // Prints the header alone when no rows came, then flushes.
    void finish();

private:
    void printRow(const QStringList &row);

    QTextStream &m_out;
    QStringList m_header;
    QList<qsizetype> m_widths;
    bool m_started = false;
};

// All rows at once: the header, then every row, in columns as wide as their widest cell.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);

} // namespace tenantdesk::cli
