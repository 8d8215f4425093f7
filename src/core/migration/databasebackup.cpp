#include "core/migration/databasebackup.h"

#include "core/access/accesspolicy.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

namespace tenantdesk {

namespace {

const QString kTimestampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// A plain sqlite3 connection: the backup API works on native handles, and restore needs one
// whose busy timeout is zero so that it never waits behind a writer.
class RawConnection
{
public:
    RawConnection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
    }
    ~RawConnection() { sqlite3_close(m_handle); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_handle; }
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }
    int exec(const char *sql) const
    {
        return sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_handle = nullptr;
    int m_rc = SQLITE_CANTOPEN;
};

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

// Copies the main database of source into destination in one step, so that the copy is one
// consistent snapshot even while other processes write.
int backupAll(sqlite3 *destination, sqlite3 *source)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(destination);
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finished : rc;
}

QString quickCheck(const RawConnection &connection)
{
    sqlite3_stmt *statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(connection.handle(), "PRAGMA quick_check", -1, &statement, nullptr)
                == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        result = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else
        result = connection.errorMessage();
    sqlite3_finalize(statement);
    return result;
}

} // namespace

DatabaseBackup::DatabaseBackup(const Database &db, const QString &dir)
    : m_db(db)
    , m_dir(dir.isEmpty() ? QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"))
                          : dir)
{ }

Result<void> DatabaseBackup::copyTo(const Database &source, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    int rc = SQLITE_OK;
    {
        const RawConnection destination(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!destination.isOpen())
            return failure(tr("Cannot create %1: %2").arg(shown, destination.errorMessage()));
        rc = backupAll(destination.handle(), source.handle());
        if (rc == SQLITE_OK)
            rc = destination.exec("PRAGMA journal_mode = DELETE");
    }
    if (rc == SQLITE_OK)
        return {};
    QFile::remove(path);
    Error error = failure(tr("Cannot copy %1 to %2: %3")
                                  .arg(QDir::toNativeSeparators(source.path()), shown,
                                       QString::fromUtf8(sqlite3_errstr(rc))));
    error.retryable = isBusy(rc);
    return error;
}

Result<BackupInfo> DatabaseBackup::create() const
{
    if (!QDir().mkpath(m_dir))
        return failure(
                tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_dir)));
    const QDir dir(m_dir);
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupInfo info;
    // Two backups within one millisecond get the next free millisecond, never the same name.
    for (int i = 0; i < 1000 && info.name.isEmpty(); ++i) {
        const QDateTime at = now.addMSecs(i);
        const QString name = base + QLatin1Char('-') + at.toString(kTimestampFormat)
                + QStringLiteral(".sqlite");
        if (!dir.exists(name) && !dir.exists(name + QStringLiteral(".partial"))) {
            info.name = name;
            info.createdAt = at;
        }
    }
    if (info.name.isEmpty())
        return failure(
                tr("Cannot find a free backup name in %1.").arg(QDir::toNativeSeparators(m_dir)));
    info.path = dir.filePath(info.name);
    // Written under a temporary name, so that a half-written backup is never listed.
    const QString partial = info.path + QStringLiteral(".partial");
    if (auto copied = copyTo(m_db, partial); !copied)
        return copied.error();
    if (!QFile::rename(partial, info.path)) {
        QFile::remove(partial);
        return failure(tr("Cannot write the backup %1.").arg(QDir::toNativeSeparators(info.path)));
    }
    info.bytes = QFileInfo(info.path).size();
    qCInfo(lcMigration) << "backed up" << m_db.path() << "to" << info.path;
    return info;
}

Result<QList<BackupInfo>> DatabaseBackup::list() const
{
    QList<BackupInfo> backups;
    const QDir dir(m_dir);
    if (!dir.exists())
        return backups;
    const QRegularExpression pattern(
            QLatin1Char('^') + QRegularExpression::escape(QFileInfo(m_db.path()).completeBaseName())
            + QStringLiteral("-([0-9]{8}-[0-9]{6}-[0-9]{3})\\.sqlite$"));
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime local = QDateTime::fromString(match.captured(1), kTimestampFormat);
        if (!local.isValid())
            continue;
        backups.append({file.fileName(), file.absoluteFilePath(),
                        QDateTime(local.date(), local.time(), Qt::UTC), file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.name > b.name;
    });
    return backups;
}

Result<RestoreOutcome> DatabaseBackup::restore(const QString &name, const Actor &actor) const
{
    if (auto allowed = AccessPolicy(m_db).require(actor, Action::RunMigrations, {}); !allowed)
        return allowed.error();
    auto backups = list();
    if (!backups)
        return backups.error();
    const QString wanted
            = name.endsWith(QLatin1String(".sqlite")) ? name : name + QStringLiteral(".sqlite");
    const auto found
            = std::find_if(backups->cbegin(), backups->cend(),
                           [&](const BackupInfo &backup) { return backup.name == wanted; });
    if (found == backups->cend())
        return notFound(tr("There is no backup named %1 in %2.")
                                .arg(name, QDir::toNativeSeparators(m_dir)));
    RestoreOutcome outcome;
    outcome.restored = *found;

    const RawConnection source(outcome.restored.path, SQLITE_OPEN_READONLY);
    const QString check = source.isOpen() ? quickCheck(source) : source.errorMessage();
    if (check != QLatin1String("ok"))
        return failure(
                tr("The backup %1 is damaged (%2); nothing was restored.").arg(wanted, check));

    const QString live = QDir::toNativeSeparators(m_db.path());
    const auto writerConflict = [&] {
        return conflict(tr("Another process is writing to %1; stop it (for example the aistack "
                           "server) and restore again. Nothing was restored.")
                                .arg(live));
    };
    const RawConnection target(m_db.path(), SQLITE_OPEN_READWRITE);
    if (!target.isOpen())
        return failure(tr("Cannot open %1: %2").arg(live, target.errorMessage()));
    sqlite3_busy_timeout(target.handle(), 0);
    // Probe for a writer: the backup step below would fail on one too, but only after the
    // safety copy was made.
    const int probe = target.exec("BEGIN IMMEDIATE");
    if (isBusy(probe))
        return writerConflict();
    if (probe != SQLITE_OK)
        return failure(tr("Cannot lock %1: %2").arg(live, target.errorMessage()));
    target.exec("ROLLBACK");

    auto previous = create();
    if (!previous)
        return previous.error();
    outcome.previousContent = *previous;

    const int rc = backupAll(target.handle(), source.handle());
    if (isBusy(rc))
        return writerConflict();
    if (rc != SQLITE_OK)
        return failure(tr("Restoring %1 into %2 failed: %3")
                               .arg(wanted, live, QString::fromUtf8(sqlite3_errstr(rc))));
    qCInfo(lcMigration) << "restored" << outcome.restored.path << "into" << m_db.path();

    // The restored chain continues with the restore itself.
    WriteTransaction transaction(m_db);
    Result<void> recorded = transaction.begin();
    if (recorded)
        recorded = AuditLog(m_db).append(
                QStringLiteral("backup.restored"),
                {{QStringLiteral("actor"), actor.auditName()},
                 {QStringLiteral("backup"), outcome.restored.name},
                 {QStringLiteral("previous_content"), outcome.previousContent.name}});
    if (recorded)
        recorded = transaction.commit();
    if (!recorded)
        return failure(tr("%1 was restored, but recording it in the audit chain failed: %2")
                               .arg(wanted, recorded.error().message));
    return outcome;
}

} // namespace tenantdesk
