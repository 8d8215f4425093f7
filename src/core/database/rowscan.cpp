#include "core/database/rowscan.h"

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

} // namespace

int ScanRow::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool ScanRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView ScanRow::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

qint64 ScanRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QVariant ScanRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant();
    default: {
        const QByteArrayView text = utf8(column);
        return QString::fromUtf8(text.data(), text.size());
    }
    }
}

Result<qint64> scanRows(const Database &db, const QString &sql, const QVariantList &values,
                        const std::function<Result<void>(const ScanRow &)> &onRow)
{
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
    const ScanRow row(raw);
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        ++count;
        if (auto handled = onRow(row); !handled)
            return handled.error();
    }
    if (rc != SQLITE_DONE)
        return nativeError(db, rc);
    return count;
}

} // namespace tenantdesk
