#include "core/tenantdata/tablecopy.h"

#include "core/tenantdata/sqlitestatement.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace tenantdesk::tenantdata {

QString canonicalOrder(const QStringList &columns)
{
    QStringList terms;
    for (const QString &column : columns)
        terms << quoted(column) + QStringLiteral(" COLLATE BINARY");
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

struct RowHasher::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};

    void add(char tag, const char *bytes, qint64 size)
    {
        hash.addData(QByteArrayView(&tag, 1));
        const quint64 length = qToBigEndian(quint64(size));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        if (size > 0)
            hash.addData(QByteArrayView(bytes, size));
    }
};

RowHasher::RowHasher()
    : d(new Private)
{ }

RowHasher::~RowHasher()
{
    delete d;
}

void RowHasher::addRow(sqlite3_stmt *statement, int columnCount)
{
    for (int column = 0; column < columnCount; ++column) {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER: {
            const quint64 value = qToBigEndian(quint64(sqlite3_column_int64(statement, column)));
            d->add('i', reinterpret_cast<const char *>(&value), sizeof value);
            break;
        }
        case SQLITE_FLOAT: {
            const double real = sqlite3_column_double(statement, column);
            quint64 bits = 0;
            std::memcpy(&bits, &real, sizeof bits);
            bits = qToBigEndian(bits);
            d->add('r', reinterpret_cast<const char *>(&bits), sizeof bits);
            break;
        }
        case SQLITE_TEXT: {
            const auto *text
                    = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            d->add('t', text, sqlite3_column_bytes(statement, column));
            break;
        }
        case SQLITE_BLOB: {
            const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, column));
            d->add('b', blob, sqlite3_column_bytes(statement, column));
            break;
        }
        default:
            d->add('n', nullptr, 0);
            break;
        }
    }
}

QString RowHasher::hex()
{
    return QString::fromLatin1(d->hash.result().toHex());
}

Error sqliteError(sqlite3 *db, int code, const QString &context)
{
    const QString text = context + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return busy(text);
    if (primary == SQLITE_CONSTRAINT)
        return conflict(text);
    return failure(text);
}

Result<TableChecksum> scanTable(sqlite3 *db, const QString &table, const QStringList &columns,
                                const QString &where, const QStringList &values, const RowSink &row)
{
    QStringList selected;
    for (const QString &column : columns)
        selected << quoted(column);
    SqliteStatement select(db,
                           QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
                                   .arg(selected.join(QStringLiteral(", ")), quoted(table),
                                        where.isEmpty() ? QStringLiteral("1") : where,
                                        canonicalOrder(columns)));
    if (!select.isValid())
        return sqliteError(db, select.errorCode(), table);
    for (int i = 0; i < values.size(); ++i)
        select.bindText(i + 1, values.at(i));
    RowHasher hasher;
    TableChecksum checksum;
    bool ok = true;
    while (select.step(&ok)) {
        hasher.addRow(select.handle(), int(columns.size()));
        ++checksum.rows;
        if (row && !row(select.handle()))
            return failure(QString());
    }
    if (!ok)
        return sqliteError(db, select.errorCode(), table);
    checksum.sha256 = hasher.hex();
    return checksum;
}

Result<QStringList> tableColumns(sqlite3 *db, const QString &table)
{
    SqliteStatement pragma(db,
                           QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    if (!pragma.isValid())
        return sqliteError(db, pragma.errorCode(), table);
    pragma.bindText(1, table);
    QStringList columns;
    bool ok = true;
    while (pragma.step(&ok))
        columns << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(pragma.handle(), 0)));
    if (!ok)
        return sqliteError(db, pragma.errorCode(), table);
    return columns;
}

} // namespace tenantdesk::tenantdata
