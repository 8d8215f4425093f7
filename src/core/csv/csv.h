#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tenantdesk::Csv {

// RFC 4180 CSV: comma separated, fields quoted with '"' when they hold a comma, quote or
// line break, quotes doubled. A UTF-8 BOM and CRLF or LF line ends are accepted. Each
// record keeps the 1-based line it started on.
struct Record
{
    int line = 0;
    QStringList fields;
};

// InvalidInput (with the line) for an unterminated quoted field or text after a closing
// quote. Blank lines are skipped.
Result<QList<Record>> parse(const QByteArray &utf8);
QByteArray formatRecord(const QStringList &fields);

// Spreadsheets run a cell that starts with =, +, -, @, a tab or a carriage return as a
// formula (CSV injection). Following OWASP, such a cell is written with a leading apostrophe,
// and so is a cell that already starts with one, so that restored() undoes exactly what
// neutralised() did: restored(neutralised(x)) == x for every x.
QString neutralised(const QString &cell);
// Drops the apostrophe neutralised() added: one before =, +, -, @, tab, CR or '.
QString restored(const QString &cell);

} // namespace tenantdesk::Csv
