#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tenantdesk {

// A process that has one of a database's files open, as Linux's /proc shows it.
struct FileHolder
{
    qint64 pid = 0;
    QString program;         // /proc/PID/comm, e.g. "node"; "?" when it cannot be read
    QStringList files;       // the file names it holds (e.g. aistack.db, aistack.db-wal)
    bool openHandle = false; // found by an open file handle in /proc/PID/fd
    bool lock = false;       // found by a lock in /proc/locks
    bool writing = false;    // one of its locks is a write lock: it is writing right now
};

// Finds the processes that hold files open, by reading /proc: the file handles in
// /proc/PID/fd (readable for this user's processes) and the locks in /proc/locks (for
// everyone's: SQLite keeps a lock on the -shm file of a WAL database for as long as a
// connection is open). Plain file reading, no SQL; on systems without /proc it finds nothing.
class FileHolders
{
public:
    // The files a database consists of while in use: the file, its -wal, -shm and -journal.
    static QStringList databaseFiles(const QString &databasePath);

    // Processes other than this one that hold one of `files` open, by pid.
    static QList<FileHolder> find(const QStringList &files);
    // Whether any process, this one included, holds `file` open.
    static bool isHeld(const QString &file);

private:
    static QList<FileHolder> scan(const QStringList &files, bool includeSelf);
};

} // namespace tenantdesk
