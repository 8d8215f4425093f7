#include "core/database/liveuse.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace tenantdesk {

namespace {

QString describeProcess(const FileHolder &holder)
{
    const QString files = QLocale().createSeparatedList(holder.files);
    if (holder.openHandle && holder.lock)
        return LiveUse::
                tr("%1 (pid %2) has %3 open (found by the open-file check in /proc/%2/fd and the "
                   "lock check in /proc/locks).")
                        .arg(holder.program)
                        .arg(holder.pid)
                        .arg(files);
    if (holder.openHandle)
        return LiveUse::tr("%1 (pid %2) has %3 open (found by the open-file check in /proc/%2/fd).")
                .arg(holder.program)
                .arg(holder.pid)
                .arg(files);
    return LiveUse::tr("%1 (pid %2) holds a lock on %3 (found by the lock check in /proc/locks).")
            .arg(holder.program)
            .arg(holder.pid)
            .arg(files);
}

} // namespace

QString OtherUsers::describe() const
{
    QStringList sentences;
    const QString file = QDir::toNativeSeparators(databasePath);
    const bool writing = std::any_of(processes.cbegin(), processes.cend(),
                                     [](const FileHolder &holder) { return holder.writing; });
    if (writing)
        sentences << LiveUse::tr("Another process is writing to %1.").arg(file);
    else if (!processes.isEmpty())
        sentences << LiveUse::tr("%1 is in use.").arg(file);
    for (const FileHolder &holder : processes)
        sentences << describeProcess(holder);
    if (server.answered)
        sentences << LiveUse::tr(
                             "A server answers at %1 (%2), found by the health check; it may be "
                             "aistack using %3, or a server that uses another file.")
                             .arg(server.url, server.detail, file);
    return sentences.join(QLatin1Char(' '));
}

QString LiveUse::defaultHealthUrl()
{
    return QStringLiteral("http://localhost:3001/api/v1/system/health");
}

OtherUsers LiveUse::find(const QString &databasePath, const ServerAnswer &server)
{
    OtherUsers found;
    found.databasePath = databasePath;
    found.processes = FileHolders::find(FileHolders::databaseFiles(databasePath));
    found.server = server;
    return found;
}

Result<void> LiveUse::permit(const OtherUsers &found, Operation operation, bool force)
{
    if (found.isEmpty())
        return {};
    if (operation == Operation::Restore && !found.processes.isEmpty())
        return conflict(
                found.describe() + QLatin1Char(' ')
                + LiveUse::tr("A restore is refused while another process has the file open, "
                              "even when forced: that process would keep writing to what it "
                              "believes is the old content. Stop it and restore again; nothing "
                              "was restored."));
    if (force) {
        qCWarning(lcDatabase) << "going on although others use" << found.databasePath << ":"
                              << found.describe();
        return {};
    }
    return conflict(
            found.describe() + QLatin1Char(' ')
            + (operation == Operation::Restore
                       ? LiveUse::tr("Nothing was restored. Stop the server first, or go on "
                                     "anyway (tenantctl: --force; the wizard: Restore Anyway).")
                       : LiveUse::tr("Nothing was changed. Stop them first, or go on anyway "
                                     "(tenantctl: --force; the wizard: Run Anyway).")));
}

Result<void> LiveUse::check(const QString &databasePath, Operation operation,
                            const LiveUseOptions &options)
{
    return permit(find(databasePath, options.server), operation, options.force);
}

} // namespace tenantdesk
