#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/orderedjson.h"
#include "cli/output.h"
#include "cli/signin.h"

#include "core/access/accesspolicy.h"
#include "core/migration/databasebackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace tenantdesk::cli {

namespace {

struct BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::BackupCommand)
};

const char kListUsage[] = "tenantctl backup list [--backup-dir DIR]";
const char kCreateUsage[] = "tenantctl backup create [--backup-dir DIR]";
const char kRestoreUsage[] = "tenantctl backup restore NAME [--backup-dir DIR]";

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

OrderedJsonObject backupJson(const BackupInfo &backup)
{
    return OrderedJsonObject()
            .add(QStringLiteral("name"), backup.name)
            .add(QStringLiteral("created_at"), timestamp(backup.createdAt))
            .add(QStringLiteral("bytes"), backup.bytes);
}

// What every backup action starts from: a session of someone who may handle backups, the
// backup folder and the positional arguments.
struct BackupSession
{
    Session session;
    QString dir;
    QStringList positional;

    DatabaseBackup backups() const { return DatabaseBackup(*session.db, dir); }
};

// Parses an action's arguments and signs in. Returns -1 with `into` filled to go on, or the
// exit code to end with.
int prepare(CliContext &context, const QString &action, const QStringList &arguments,
            int positionalCount, const char *usage, BackupSession &into)
{
    QCommandLineParser parser;
    const QCommandLineOption backupDir(
            QStringLiteral("backup-dir"),
            BackupCommand::tr("The backup folder (default: backups/ beside the database)."),
            BackupCommand::tr("folder"));
    parser.addOption(backupDir);
    if (positionalCount > 0)
        parser.addPositionalArgument(QStringLiteral("name"),
                                     BackupCommand::tr("The backup to restore."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("backup ") + action, arguments,
                                   positionalCount, QLatin1String(usage));
        code >= 0)
        return code;
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    // Backups hold every row of the database: the same people who migrate may handle them.
    if (auto allowed
        = AccessPolicy(*session->db).require(session->actor, Action::RunMigrations, {});
        !allowed)
        return context.fail(allowed.error());
    into = {*session, parser.value(backupDir), parser.positionalArguments()};
    return -1;
}

int list(CliContext &context, const QStringList &arguments)
{
    BackupSession session;
    if (int code = prepare(context, QStringLiteral("list"), arguments, 0, kListUsage, session);
        code >= 0)
        return code;
    const DatabaseBackup backups = session.backups();
    auto found = backups.list();
    if (!found)
        return context.fail(found.error());
    if (context.json()) {
        QList<OrderedJsonObject> rows;
        for (const BackupInfo &backup : *found)
            rows.append(backupJson(backup));
        // Written directly: printJson() takes a QJsonObject, which would reorder the keys.
        context.out() << OrderedJsonObject().add(QStringLiteral("backups"), rows).toJson() << '\n';
        return 0;
    }
    QTextStream &out = context.out();
    if (found->isEmpty()) {
        out << BackupCommand::tr("No backups in %1.").arg(QDir::toNativeSeparators(backups.dir()))
            << '\n';
        return 0;
    }
    out << BackupCommand::tr("Backups in %1, newest first:")
                    .arg(QDir::toNativeSeparators(backups.dir()))
        << '\n';
    for (const BackupInfo &backup : *found)
        out << "  " << backup.name << "  " << timestamp(backup.createdAt) << "  "
            << QLocale::system().formattedDataSize(backup.bytes) << '\n';
    return 0;
}

int create(CliContext &context, const QStringList &arguments)
{
    BackupSession session;
    if (int code = prepare(context, QStringLiteral("create"), arguments, 0, kCreateUsage, session);
        code >= 0)
        return code;
    auto backup = session.backups().create();
    if (!backup)
        return context.fail(backup.error());
    if (context.json())
        context.out() << backupJson(*backup).toJson() << '\n';
    else
        context.out()
                << BackupCommand::tr("Backed up to %1.").arg(QDir::toNativeSeparators(backup->path))
                << '\n';
    return 0;
}

int restore(CliContext &context, const QStringList &arguments)
{
    BackupSession session;
    if (int code
        = prepare(context, QStringLiteral("restore"), arguments, 1, kRestoreUsage, session);
        code >= 0)
        return code;
    auto restored = session.backups().restore(session.positional.at(0), session.session.actor);
    if (!restored)
        return context.fail(restored.error());
    if (context.json())
        context.out() << OrderedJsonObject()
                                 .add(QStringLiteral("restored"), restored->restored.name)
                                 .add(QStringLiteral("previous_content"),
                                      restored->previousContent.name)
                                 .toJson()
                      << '\n';
    else
        context.out() << BackupCommand::tr("Restored %1 into %2. What it replaced is saved as %3.")
                                 .arg(restored->restored.name,
                                      QDir::toNativeSeparators(session.session.db->path()),
                                      restored->previousContent.name)
                      << '\n';
    return 0;
}

} // namespace

int runBackup(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("backup"),
                    {{"list", kListUsage, list},
                     {"create", kCreateUsage, create},
                     {"restore", kRestoreUsage, restore}},
                    arguments);
}

} // namespace tenantdesk::cli
