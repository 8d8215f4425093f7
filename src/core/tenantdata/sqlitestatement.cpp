#include "core/tenantdata/sqlitestatement.h"

#include <sqlite3.h>

namespace tenantdesk::tenantdata {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    m_error = sqlite3_prepare_v2(db, text.constData(), int(text.size()) + 1, &m_statement, nullptr);
    if (m_error != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int SqliteStatement::errorCode() const
{
    return m_error;
}

void SqliteStatement::bindText(int index, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step(bool *ok)
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE) {
        m_error = result;
        *ok = false;
    }
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

Result<void> execRaw(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const int result = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (result == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(result));
    sqlite3_free(message);
    const int primary = result & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return busy(text);
    return primary == SQLITE_CONSTRAINT ? conflict(text) : failure(text);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
}

} // namespace tenantdesk::tenantdata
