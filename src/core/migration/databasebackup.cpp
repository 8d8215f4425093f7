#include "core/migration/databasebackup.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/database/fileholders.h"
#include "core/logging.h"
#include "core/migration/rawconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <utility>

namespace tenantdesk {

namespace {

const QString kTimestampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kPartialSuffix = QStringLiteral(".partial");
constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateFolder
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

using migration::RawConnection;

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

// Writes a consistent copy of source's main database to path, a new file of mode 0600 (the
// rollback journal SQLite writes beside it takes the same mode), in rollback journal mode so
// that the copy is one file. The file stays open from its creation on, so that nobody takes
// it for a leftover and removes it mid-way.
Result<void> copyFile(sqlite3 *source, const QString &sourcePath, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile))
        return failure(DatabaseBackup::tr("Cannot create %1: %2").arg(shown, file.errorString()));
    int rc = SQLITE_OK;
    {
        const RawConnection destination(path, SQLITE_OPEN_READWRITE);
        if (!destination.isOpen()) {
            file.close();
            QFile::remove(path);
            return failure(DatabaseBackup::tr("Cannot create %1: %2")
                                   .arg(shown, destination.errorMessage()));
        }
        rc = backupAll(destination.handle(), source);
        if (rc == SQLITE_OK)
            rc = destination.exec("PRAGMA journal_mode = DELETE");
    }
    file.close();
    if (rc == SQLITE_OK)
        return {};
    QFile::remove(path);
    Error error = failure(DatabaseBackup::tr("Cannot copy %1 to %2: %3")
                                  .arg(QDir::toNativeSeparators(sourcePath), shown,
                                       QString::fromUtf8(sqlite3_errstr(rc))));
    error.retryable = isBusy(rc);
    return error;
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QSettings sharedSettings()
{
    // The GUI's settings file (architecture.md §5): tenantctl reads the same one.
    return QSettings(QStringLiteral("TenantDesk"), QStringLiteral("tenantdesk"));
}

} // namespace

DatabaseBackup::DatabaseBackup(const Database &db, const QString &dir)
    : m_db(db)
    , m_dir(dir.isEmpty() ? defaultDir(db.path()) : dir)
{ }

QString DatabaseBackup::defaultDir(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    const QString canonical = database.canonicalFilePath();
    const QString identity = canonical.isEmpty() ? database.absoluteFilePath() : canonical;
    QString folder = sharedSettings().value(folderSetting()).toString();
    if (folder.isEmpty())
        folder = defaultFolder();
    return QDir(folder).filePath(database.completeBaseName() + QLatin1Char('-')
                                 + shortHash(identity));
}

QString DatabaseBackup::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("TenantDesk/backups"));
}

int DatabaseBackup::defaultKeep()
{
    bool ok = false;
    const int keep = sharedSettings().value(keepSetting()).toInt(&ok);
    return ok && keep >= 0 ? keep : kDefaultKeep;
}

Result<void> DatabaseBackup::makeFolder() const
{
    return makePrivateFolder(m_dir);
}

Result<void> DatabaseBackup::makePrivateFolder(const QString &path)
{
    // The folders that do not exist yet are created private; one that exists is left as its
    // owner set it (the files in it are private anyway).
    QStringList missing;
    for (QFileInfo at(QDir::cleanPath(QDir(path).absolutePath())); !at.exists();
         at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot() || at.absolutePath() == at.absoluteFilePath())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir())
            return failure(DatabaseBackup::tr("Cannot create the backup folder %1.")
                                   .arg(QDir::toNativeSeparators(folder)));
        QFile::setPermissions(folder, kPrivateFolder);
    }
    if (!QFileInfo(path).isDir())
        return failure(DatabaseBackup::tr("Cannot create the backup folder %1.")
                               .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<void> DatabaseBackup::prepareFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return invalidInput(DatabaseBackup::tr("Choose a backup folder."));
    if (auto made = makePrivateFolder(folder); !made)
        return made.error();
    // Permissions alone do not tell (a read-only mount, ACLs): a file must be writable there.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".tenantdesk-probe-XXXXXX")));
    if (!probe.open())
        return failure(DatabaseBackup::tr("Cannot write into the backup folder %1: %2")
                               .arg(QDir::toNativeSeparators(QDir(folder).absolutePath()),
                                    probe.errorString()));
    return {};
}

void DatabaseBackup::removeLeftovers() const
{
    const QDir dir(m_dir);
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("*") + kPartialSuffix}, QDir::Files | QDir::Hidden)) {
        // One that a process still holds is being written right now (another tenantctl).
        if (FileHolders::isHeld(file.absoluteFilePath()))
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            qCInfo(lcMigration) << "removed the leftover" << file.absoluteFilePath();
    }
}

Result<void> DatabaseBackup::copyTo(const Database &source, const QString &path)
{
    return copyFile(source.handle(), source.path(), path);
}

Result<BackupInfo> DatabaseBackup::create() const
{
    if (auto made = makeFolder(); !made)
        return made.error();
    removeLeftovers();
    const QDir dir(m_dir);
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupInfo info;
    // Two backups within one millisecond get the next free millisecond, never the same name.
    for (int i = 0; i < 1000 && info.name.isEmpty(); ++i) {
        const QDateTime at = now.addMSecs(i);
        const QString name = base + QLatin1Char('-') + at.toString(kTimestampFormat)
                + QStringLiteral(".sqlite");
        if (!dir.exists(name) && !dir.exists(name + kPartialSuffix)) {
            info.name = name;
            info.createdAt = at;
        }
    }
    if (info.name.isEmpty())
        return failure(DatabaseBackup::tr("Cannot find a free backup name in %1.")
                               .arg(QDir::toNativeSeparators(m_dir)));
    info.path = dir.filePath(info.name);
    // Written under a temporary name, so that a half-written backup is never listed.
    const QString partial = info.path + kPartialSuffix;
    if (auto copied = copyTo(m_db, partial); !copied)
        return copied.error();
    if (!QFile::rename(partial, info.path)) {
        QFile::remove(partial);
        return failure(DatabaseBackup::tr("Cannot write the backup %1.")
                               .arg(QDir::toNativeSeparators(info.path)));
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
    removeLeftovers();
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

Result<QList<BackupInfo>> DatabaseBackup::prune(int keep, const QString &spare) const
{
    if (keep < 0)
        keep = defaultKeep();
    auto backups = list();
    if (!backups)
        return backups.error();
    QList<BackupInfo> removed;
    if (keep == 0)
        return removed;
    int kept = 0;
    for (const BackupInfo &backup : std::as_const(*backups)) {
        if (backup.name == spare || kept < keep) {
            if (backup.name != spare)
                ++kept;
            continue;
        }
        if (!QFile::remove(backup.path))
            return failure(DatabaseBackup::tr("Cannot remove the old backup %1.")
                                   .arg(QDir::toNativeSeparators(backup.path)));
        qCInfo(lcMigration) << "pruned" << backup.path;
        removed.append(backup);
    }
    return removed;
}

Result<RestoreOutcome> DatabaseBackup::restore(const QString &name, const Actor &signedIn,
                                               const LiveUseOptions &live) const
{
    // Checked again under the lock below; this stops before anything is read or copied.
    if (auto allowed = currentActorAllowed(m_db, signedIn, Action::RunMigrations); !allowed)
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
        return notFound(DatabaseBackup::tr("There is no backup named %1 in %2.")
                                .arg(name, QDir::toNativeSeparators(m_dir)));
    RestoreOutcome outcome;
    outcome.restored = *found;

    const RawConnection source(outcome.restored.path, SQLITE_OPEN_READONLY);
    const QString check = source.isOpen() ? quickCheck(source) : source.errorMessage();
    if (check != QLatin1String("ok"))
        return failure(DatabaseBackup::tr("The backup %1 is damaged (%2); nothing was restored.")
                               .arg(wanted, check));

    // A process that has the file open would go on writing into what it takes for the old
    // content: refused even when forced.
    if (auto permitted = LiveUse::check(m_db.path(), LiveUse::Operation::Restore, live); !permitted)
        return permitted.error();

    const QString shownPath = QDir::toNativeSeparators(m_db.path());
    const auto writerConflict = [&] {
        return conflict(
                DatabaseBackup::tr(
                        "Another process is writing to %1; stop it (for example the aistack "
                        "server) and restore again. Nothing was restored.")
                        .arg(shownPath));
    };
    const RawConnection target(m_db.path(), SQLITE_OPEN_READWRITE);
    if (!target.isOpen())
        return failure(
                DatabaseBackup::tr("Cannot open %1: %2").arg(shownPath, target.errorMessage()));
    sqlite3_busy_timeout(target.handle(), 0);
    // The write lock, held from here until just before the content is replaced: a writer is
    // found now rather than after the safety copy was made, nobody changes the file between the
    // safety copy and the restore, and the rights checked under it still hold when the content
    // is replaced. (SQLite's backup API cannot write into a connection with an open
    // transaction, so the lock is released right before that one step, which takes it again.)
    const int probe = target.exec("BEGIN IMMEDIATE");
    if (isBusy(probe))
        return writerConflict();
    if (probe != SQLITE_OK)
        return failure(
                DatabaseBackup::tr("Cannot lock %1: %2").arg(shownPath, target.errorMessage()));
    bool locked = true;
    const auto unlock = [&] {
        if (std::exchange(locked, false))
            target.exec("ROLLBACK");
    };
    const auto unlockOnReturn = qScopeGuard(unlock);

    // Rights follow the database: the live database's users row decides, not the restored
    // content's, and the restore's audit entry names the user as that row has it now.
    auto current = currentActorAllowed(m_db, signedIn, Action::RunMigrations);
    if (!current)
        return current.error();
    const Actor &actor = *current;

    auto previous = create();
    if (!previous)
        return previous.error();
    outcome.previousContent = *previous;

    // The head of the chain being replaced: the restore's entry names it, so that history
    // the restore removes is not silently forgotten.
    const AuditLog replacedChain(m_db);
    if (replacedChain.isAvailable()) {
        auto head = replacedChain.list({}, 1);
        if (!head)
            return head.error();
        if (!head->isEmpty()) {
            outcome.replacedHeadSeq = head->first().seq;
            outcome.replacedHeadHash = head->first().hash;
        }
    }

    // The restore and its entry are one step: the entry goes into a copy of the backup, and
    // that copy replaces the content at once. A run killed before that leaves the database
    // as it was and a .partial file that the next run removes.
    const QString staging = QDir(m_dir).filePath(outcome.restored.name
                                                 + QStringLiteral(".restoring") + kPartialSuffix);
    if (QFileInfo::exists(staging) && !FileHolders::isHeld(staging))
        QFile::remove(staging);
    if (auto copied = copyFile(source.handle(), outcome.restored.path, staging); !copied)
        return copied.error();
    const auto removeStaging = qScopeGuard([&] { QFile::remove(staging); });
    {
        auto copy = Database::open(staging);
        if (!copy)
            return copy.error();
        const AuditLog chain(**copy);
        outcome.audited = chain.isAvailable();
        QJsonObject payload{{QStringLiteral("actor"), actor.auditName()},
                            {QStringLiteral("backup"), outcome.restored.name},
                            {QStringLiteral("previous_content"), outcome.previousContent.name}};
        payload.insert(QStringLiteral("replaced_head_seq"),
                       outcome.replacedHeadSeq ? QJsonValue(*outcome.replacedHeadSeq)
                                               : QJsonValue());
        payload.insert(QStringLiteral("replaced_head_hash"),
                       outcome.replacedHeadSeq ? QJsonValue(outcome.replacedHeadHash)
                                               : QJsonValue());
        WriteTransaction transaction(**copy);
        Result<void> recorded = transaction.begin();
        if (recorded)
            recorded = chain.append(QStringLiteral("backup.restored"), payload);
        if (recorded)
            recorded = transaction.commit();
        if (!recorded)
            return failure(
                    DatabaseBackup::tr(
                            "Cannot record the restore of %1 in its audit chain, so nothing was "
                            "restored: %2")
                            .arg(wanted, recorded.error().message));
    }

    const RawConnection prepared(staging, SQLITE_OPEN_READONLY);
    if (!prepared.isOpen())
        return failure(DatabaseBackup::tr("Cannot open %1: %2")
                               .arg(QDir::toNativeSeparators(staging), prepared.errorMessage()));
    unlock();
    const int rc = backupAll(target.handle(), prepared.handle());
    if (isBusy(rc))
        return writerConflict();
    if (rc != SQLITE_OK)
        return failure(DatabaseBackup::tr("Restoring %1 into %2 failed: %3")
                               .arg(wanted, shownPath, QString::fromUtf8(sqlite3_errstr(rc))));
    qCInfo(lcMigration) << "restored" << outcome.restored.path << "into" << m_db.path();
    // The backup just restored stays, however old: it is what the database holds now.
    if (auto pruned = prune(-1, outcome.restored.name); !pruned)
        qCWarning(lcMigration) << pruned.error().message;
    return outcome;
}

} // namespace tenantdesk
