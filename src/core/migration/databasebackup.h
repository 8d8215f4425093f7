#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

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

// What a restore did: the backup now live, and the safety copy of what it replaced.
struct RestoreOutcome
{
    BackupInfo restored;
    BackupInfo previousContent;
};

// Consistent copies of a live database made with SQLite's backup API (safe while aistack's
// server writes), named <database>-YYYYMMDD-HHMMSS-mmm.sqlite in a backups/ folder beside the
// database unless another folder is given.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::DatabaseBackup)

public:
    explicit DatabaseBackup(const Database &db, const QString &dir = {});

    QString dir() const { return m_dir; }

    Result<BackupInfo> create() const;
    // This database's backups, newest first.
    Result<QList<BackupInfo>> list() const;
    // Replaces the database's content with a backup (".sqlite" may be left out), after saving
    // the current content as a new backup. Refused (conflict) while another process writes
    // to the database. Needs the right to migrate; recorded in the audit chain.
    Result<RestoreOutcome> restore(const QString &name, const Actor &actor) const;

    // Writes a consistent, self-contained copy of source to path (rollback journal mode, so
    // that it is one file).
    static Result<void> copyTo(const Database &source, const QString &path);

private:
    const Database &m_db;
    QString m_dir;
};

} // namespace tenantdesk
