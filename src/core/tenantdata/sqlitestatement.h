#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tenantdesk::tenantdata {

// One prepared statement on a raw SQLite connection, finalized when it goes out of scope.
// The tenant export and import read and write values through it unchanged (integer, real,
// text bytes, blob), which QtSql's QVariant round trip does not promise.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *handle() const { return m_statement; }
    // The error of the failed prepare or step, as SQLite worded it.
    QString errorMessage() const;
    int errorCode() const;

    void bindText(int index, const QString &text);
    // SQLITE_ROW: true; SQLITE_DONE: false; an error: false with ok cleared.
    bool step(bool *ok);
    void reset();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_error = 0;
};

// Runs one statement without results; the error carries SQLite's message.
Result<void> execRaw(sqlite3 *db, const QString &sql);

// An SQL identifier in double quotes, inner quotes doubled: a hostile table or column name
// cannot leave it.
QString quoted(const QString &identifier);

} // namespace tenantdesk::tenantdata
