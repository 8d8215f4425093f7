#include "core/database/fileholders.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace tenantdesk {

namespace {

// One file looked for: its name for messages, its path as /proc/PID/fd shows it, and the
// identity that /proc/locks names (device and inode).
struct Target
{
    QString name;
    QByteArray canonicalPath;
    unsigned int major = 0;
    unsigned int minor = 0;
    quint64 inode = 0;
};

QList<Target> targetsOf(const QStringList &files)
{
    QList<Target> targets;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty())
            continue; // it does not exist: nobody holds it
        Target target;
        target.name = info.fileName();
        target.canonicalPath = QFile::encodeName(canonical);
        struct stat status = {};
        if (::stat(target.canonicalPath.constData(), &status) == 0) {
            target.major = major(status.st_dev);
            target.minor = minor(status.st_dev);
            target.inode = quint64(status.st_ino);
        }
        targets.append(target);
    }
    return targets;
}

QByteArray readLink(const QByteArray &path)
{
    char buffer[4096];
    const ssize_t length = ::readlink(path.constData(), buffer, sizeof(buffer));
    return length > 0 ? QByteArray(buffer, qsizetype(length)) : QByteArray();
}

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QString name = QString::fromUtf8(comm.readAll()).trimmed();
    return name.isEmpty() ? QStringLiteral("?") : name;
}

void note(QMap<qint64, FileHolder> &found, qint64 pid, const QString &file, bool byLock,
          bool writeLock = false)
{
    FileHolder &holder = found[pid];
    holder.writing = holder.writing || writeLock;
    holder.pid = pid;
    if (!holder.files.contains(file))
        holder.files.append(file);
    if (byLock)
        holder.lock = true;
    else
        holder.openHandle = true;
}

// /proc/locks: "1: POSIX  ADVISORY  READ 4242 08:01:1234567 128 128", or with "->" after the
// number for a waiting lock. The device is MAJOR:MINOR in hex, the inode in decimal.
void scanLocks(const QList<Target> &targets, qint64 self, bool includeSelf,
               QMap<qint64, FileHolder> &found)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 1 && fields.at(1) == "->")
            fields.removeAt(1);
        if (fields.size() < 6)
            continue;
        bool ok = false;
        const qint64 pid = fields.at(4).toLongLong(&ok);
        if (!ok || pid <= 0 || (pid == self && !includeSelf))
            continue; // -1: an open file description lock, which names no process
        const QList<QByteArray> device = fields.at(5).split(':');
        if (device.size() != 3)
            continue;
        bool majorOk = false;
        bool minorOk = false;
        bool inodeOk = false;
        const unsigned int majorNumber = device.at(0).toUInt(&majorOk, 16);
        const unsigned int minorNumber = device.at(1).toUInt(&minorOk, 16);
        const quint64 inode = device.at(2).toULongLong(&inodeOk);
        if (!majorOk || !minorOk || !inodeOk)
            continue;
        for (const Target &target : targets) {
            if (target.inode == inode && target.major == majorNumber && target.minor == minorNumber)
                note(found, pid, target.name, true, fields.at(3) == "WRITE");
        }
    }
}

// /proc/PID/fd: one link per open file. Only this user's processes can be read; the others
// show through their locks.
void scanHandles(const QList<Target> &targets, qint64 self, bool includeSelf,
                 QMap<qint64, FileHolder> &found)
{
    QHash<QByteArray, QString> byPath;
    for (const Target &target : targets)
        byPath.insert(target.canonicalPath, target.name);
    const QDir proc(QStringLiteral("/proc"));
    const QStringList entries = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || (pid == self && !includeSelf))
            continue;
        const QByteArray fdDir = QFile::encodeName(QStringLiteral("/proc/%1/fd/").arg(pid));
        const QStringList fds
                = QDir(QString::fromLocal8Bit(fdDir))
                          .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            const auto name = byPath.constFind(readLink(fdDir + QFile::encodeName(fd)));
            if (name != byPath.cend())
                note(found, pid, *name, false);
        }
    }
}

} // namespace

QStringList FileHolders::databaseFiles(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"),
            databasePath + QStringLiteral("-shm"), databasePath + QStringLiteral("-journal")};
}

QList<FileHolder> FileHolders::scan(const QStringList &files, bool includeSelf)
{
    const QList<Target> targets = targetsOf(files);
    if (targets.isEmpty())
        return {};
    const qint64 self = QCoreApplication::applicationPid();
    QMap<qint64, FileHolder> found;
    scanHandles(targets, self, includeSelf, found);
    scanLocks(targets, self, includeSelf, found);
    QList<FileHolder> holders;
    for (FileHolder &holder : found) {
        holder.program = programOf(holder.pid);
        // In the order the files were asked for: the database first, then -wal, -shm.
        QStringList ordered;
        for (const Target &target : targets) {
            if (holder.files.contains(target.name))
                ordered.append(target.name);
        }
        holder.files = ordered;
        holders.append(holder);
    }
    qCDebug(lcDatabase) << "processes holding" << files << ":" << holders.size();
    return holders;
}

QList<FileHolder> FileHolders::find(const QStringList &files)
{
    return scan(files, false);
}

bool FileHolders::isHeld(const QString &file)
{
    return !scan({file}, true).isEmpty();
}

} // namespace tenantdesk
