#include "core/database/pageanchors.h"

#include "core/database/database.h"

#include <QSqlError>

#include <sqlite3.h>

#include <memory>

namespace tenantdesk {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Error nativeError(const Database &db, int code)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(db.handle()));
    return db.errorFrom(QSqlError(text, text, QSqlError::StatementError, QString::number(code)));
}

int bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
        return QVariant();
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
    }
    }
}

} // namespace

Result<PageAnchors> scanPageAnchors(const Database &db, const QString &sql,
                                    const QVariantList &values, int pageSize)
{
    PageAnchors anchors;
    anchors.pageSize = qMax(1, pageSize);
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (const int rc
        = sqlite3_prepare_v2(db.handle(), text.constData(), int(text.size()), &raw, nullptr);
        rc != SQLITE_OK) {
        sqlite3_finalize(raw);
        return nativeError(db, rc);
    }
    const Statement statement(raw);
    for (int i = 0; i < values.size(); ++i) {
        if (const int rc = bind(raw, i + 1, values.at(i)); rc != SQLITE_OK)
            return nativeError(db, rc);
    }
    const int columns = sqlite3_column_count(raw);
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        // Only the last row of a full page becomes a cursor; the others are just counted.
        if (++count % anchors.pageSize != 0)
            continue;
        QVariantList cursor;
        cursor.reserve(columns);
        for (int column = 0; column < columns; ++column)
            cursor.append(columnValue(raw, column));
        anchors.cursors.append(cursor);
    }
    if (rc != SQLITE_DONE)
        return nativeError(db, rc);
    anchors.count = count;
    // A cursor after the very last row starts no page.
    if (count > 0 && count % anchors.pageSize == 0)
        anchors.cursors.removeLast();
    return anchors;
}

} // namespace tenantdesk
