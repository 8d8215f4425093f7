#pragma once

#include "core/access/actor.h"
#include "core/database/liveuse.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenantdesk {

class Database;

// One backup file.
struct BackupInfo
{
    QString name; // e.g. tenantdesk-20261128-121500-123.sqlite
    QString path;
    QDateTime createdAt; // UTC, as encoded in the name
    qint64 bytes = 0;
};

// What a restore did: the backup now live, the safety copy of what it replaced, and the head
// of the audit chain it replaced (named in the audit entry the restore appended).
struct RestoreOutcome
{
    BackupInfo restored;
    BackupInfo previousContent;
    std::optional<qint64> replacedHeadSeq; // none: the replaced database had no chain entries
    QString replacedHeadHash;
    bool audited = false; // false only when the restored content has no audit chain
};

// Consistent copies of a live database made with SQLite's backup API (safe while aistack's
// server writes), named <database>-YYYYMMDD-HHMMSS-mmm.sqlite. A backup holds every password
// hash, so it is private: mode 0600, in folders this class creates with mode 0700, by default
// in the user's data folder (defaultDir()), never beside aistack's data where a `git status`
// would show it. A backup is written under a .partial name and renamed when complete; a
// .partial file that no process holds open is a leftover of a killed run and is removed.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::DatabaseBackup)

public:
    // dir empty: defaultDir() of the database.
    explicit DatabaseBackup(const Database &db, const QString &dir = {});

    // The settings both programs read (QSettings TenantDesk/tenantdesk): the folder that holds
    // one backup folder per database, and how many backups to keep.
    static QString folderSetting() { return QStringLiteral("backups/folder"); }
    static QString keepSetting() { return QStringLiteral("backups/keep"); }
    // <folder>/<database name>-<short hash of its absolute path>/, where folder is the
    // setting or TenantDesk/backups in the user's data folder (QStandardPaths).
    static QString defaultDir(const QString &databasePath);
    // The folder used when the folder setting is empty: TenantDesk/backups in the user's data
    // folder (QStandardPaths).
    static QString defaultFolder();
    // How many backups are kept when the setting is unset.
    static constexpr int kDefaultKeep = 10;
    // The setting, kDefaultKeep when unset; 0 keeps every backup.
    static int defaultKeep();
    // Makes folder usable as the backup folder (the Preferences dialog checks it before saving
    // it): creates what is missing of it, private, and writes a probe file into it.
    static Result<void> prepareFolder(const QString &folder);

    QString dir() const { return m_dir; }

    // A new backup. It does not prune: callers prune once what they did is settled.
    Result<BackupInfo> create() const;
    // This database's backups, newest first (never a .partial file).
    Result<QList<BackupInfo>> list() const;
    // Removes all but the newest `keep` backups (-1: defaultKeep(); 0: keeps all), never the
    // one named `spare`. Returns those removed.
    Result<QList<BackupInfo>> prune(int keep = -1, const QString &spare = {}) const;

    // Replaces the database's content with a backup (".sqlite" may be left out), after saving
    // the current content as a new backup. The audit entry of the restore (naming the backup
    // and the head of the chain it replaces) is written into a copy of the backup first, and
    // that copy replaces the content in one step: a restore never lands without its entry.
    // Refused (conflict) while another process has the file open (LiveUse, even when forced)
    // or writes to it, and while a server answers unless forced. Needs the right to migrate,
    // as the live database's users row has it under the restore's write lock (currentActor):
    // the entry names the user as that row has it, and a demoted, locked or deleted user
    // restores nothing.
    Result<RestoreOutcome> restore(const QString &name, const Actor &signedIn,
                                   const LiveUseOptions &live = {}) const;

    // Writes a consistent, self-contained copy of source to path (rollback journal mode, so
    // that it is one file), created with mode 0600.
    static Result<void> copyTo(const Database &source, const QString &path);

private:
    // Creates the folder (and its missing parents) with mode 0700.
    Result<void> makeFolder() const;
    static Result<void> makePrivateFolder(const QString &path);
    // Removes .partial files that no process holds open.
    void removeLeftovers() const;

    const Database &m_db;
    QString m_dir;
};

} // namespace tenantdesk
