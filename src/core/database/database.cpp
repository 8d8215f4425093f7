#include "core/database/database.h"

#include "core/database/fileholders.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace tenantdesk {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tenantdesk-%1").arg(++counter);
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

Result<void> checkPath(const QString &path, Database::OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return invalidInput(Database::tr("No database file was given."));
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return notFound(Database::tr("The folder %1 does not exist.")
                                .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!info.exists()) {
        if (mode == Database::OpenMode::ExistingOnly)
            return notFound(Database::tr("There is no database at %1.").arg(shown));
        if (!dir.isWritable())
            return failure(Database::tr("Cannot create %1: the folder is read-only.").arg(shown));
        return {};
    }
    if (info.isDir())
        return invalidInput(Database::tr("%1 is a folder, not a database file.").arg(shown));
    if (!info.isReadable())
        return failure(Database::tr("%1 cannot be read: permission denied.").arg(shown));
    if (!hasSqliteHeader(path))
        return invalidInput(Database::tr("%1 is not an SQLite database.").arg(shown));
    if (!info.isWritable())
        return failure(
                Database::tr("%1 is read-only; TenantDesk needs write access to it.").arg(shown));
    if (!dir.isWritable())
        return failure(
                Database::tr("The folder of %1 is read-only; SQLite needs to create its journal "
                             "files there.")
                        .arg(shown));
    return {};
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (auto checked = checkPath(path, options.mode); !checked)
        return checked.error();
    const bool creating = !QFileInfo::exists(path);
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return failure(tr("The Qt SQLite driver (QSQLITE) is not installed."));
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), message));
        }
    }
    sqlite3 *handle = nativeHandle(QSqlDatabase::database(name, false));
    std::unique_ptr<Database> database(new Database(path, name, handle, creating));
    if (!handle)
        return failure(tr("The Qt SQLite driver did not expose its connection handle."));

    // The probe read fails here, not later, when the file is locked or not a database.
    if (auto probe = database->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
        return probe.error();
    if (auto fk = database->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();
    if (creating) {
        if (auto wal = database->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
            return wal.error();
    }
    qCDebug(lcDatabase) << "opened" << path << (creating ? "(new)" : "");
    return database;
}

Database::Database(QString path, QString connectionName, sqlite3 *handle, bool isNew)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_handle(handle)
    , m_isNew(isNew)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::hasTable(const QString &name) const
{
    auto found = scalar(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {name});
    return found && !found->isNull();
}

Result<qint64> Database::dataVersion() const
{
    auto version = scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    return version->toLongLong();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError());
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Error Database::busyError() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    // Name who holds the file, writers first: "try again" is more useful with a name to ask.
    QList<FileHolder> holders = FileHolders::find(FileHolders::databaseFiles(m_path));
    std::stable_partition(holders.begin(), holders.end(),
                          [](const FileHolder &holder) { return holder.writing; });
    QStringList names;
    for (const FileHolder &holder : std::as_const(holders))
        names << tr("%1 (pid %2)").arg(holder.program).arg(holder.pid);
    if (names.isEmpty())
        return busy(tr("The database %1 is locked by another process; try again in a moment.")
                            .arg(shown));
    return busy(tr("The database %1 is locked by another process (held by %2); try again "
                   "in a moment.")
                        .arg(shown, names.join(QStringLiteral(", "))));
}

Error Database::errorFrom(const QSqlError &error, const QString &context) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return errorFromCode(error.nativeErrorCode().toInt(), detail, context);
}

Error Database::errorFromCode(int code, const QString &detail, const QString &context) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString prefix = context.isEmpty() ? QString() : context + QStringLiteral(": ");
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return busyError();
    case SQLITE_NOTADB:
        return invalidInput(tr("%1 is not an SQLite database.").arg(shown));
    case SQLITE_CORRUPT:
        return failure(tr("The database %1 is damaged (SQLite: \"database disk image is "
                          "malformed\"); restore it from a backup.")
                               .arg(shown));
    case SQLITE_READONLY:
        return failure(tr("%1 is read-only.").arg(shown));
    case SQLITE_FULL:
        return failure(tr("The disk holding %1 is full.").arg(shown));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return failure(tr("Cannot read or write %1: %2").arg(shown, detail));
    case SQLITE_CONSTRAINT:
        return conflict(prefix + detail);
    default:
        qCWarning(lcDatabase) << "SQL error" << code << detail;
        return failure(prefix + detail);
    }
}

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Result<void> WriteTransaction::begin()
{
    auto begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun)
        return begun.error();
    m_active = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    auto committed = m_db.exec(QStringLiteral("COMMIT"));
    if (!committed)
        return committed.error();
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    m_active = false;
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace tenantdesk
