#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
class QSqlError;

namespace tenantdesk {

// One SQLite connection to an aistack database file, owned by the thread that opened it.
// Opening never changes an existing file: foreign keys and the busy timeout are connection
// settings; WAL is only switched on for a file this call creates.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::Database)

public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    struct Options
    {
        OpenMode mode = OpenMode::ExistingOnly;
        int busyTimeoutMs = 5000;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // The native handle of this connection, for what QtSql does not offer (statement
    // splitting, backup, interrupt).
    sqlite3 *handle() const { return m_handle; }
    // True when this open created the file.
    bool isNew() const { return m_isNew; }

    bool hasTable(const QString &name) const;
    // Changes whenever another connection commits (PRAGMA data_version).
    Result<qint64> dataVersion() const;

    // Runs one statement with every value bound, in order (plain "?" placeholders: QtSql
    // miscounts numbered ones like "?1"). The query is positioned before the
    // first row.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    // Maps a QtSql error of this connection to a user-facing error: busy or locked -> Busy
    // (retryable); a damaged, unreadable or full file names the file.
    Error errorFrom(const QSqlError &error, const QString &context = {}) const;
    // The same for an SQLite result code (sqlite3_prepare_v2, sqlite3_step) and its message.
    Error errorFromCode(int code, const QString &detail, const QString &context = {}) const;

private:
    Database(QString path, QString connectionName, sqlite3 *handle, bool isNew);
    // Busy: names the processes that hold the file open, when /proc shows them.
    Error busyError() const;

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    bool m_isNew = false;
};

// Takes SQLite's write lock at once (BEGIN IMMEDIATE) and rolls back unless committed,
// so an early return or a failure leaves the database exactly as it was.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace tenantdesk
