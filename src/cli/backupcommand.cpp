#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/healthcheck.h"
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
const char kCreateUsage[] = "tenantctl backup create [--backup-dir DIR] [--keep N]";
const char kPruneUsage[] = "tenantctl backup prune [--backup-dir DIR] [--keep N]";
const char kRestoreUsage[] = "tenantctl backup restore NAME [--backup-dir DIR] [--force] "
                             "[--health-url URL]";

// What an action takes besides --backup-dir.
enum Option { NoOption = 0, KeepOption = 1, RestoreOptions = 2 };

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
// backup folder, the positional arguments and the action's options.
struct BackupSession
{
    Session session;
    QString dir;
    QStringList positional;
    int keep = -1; // --keep, or -1 for the setting
    LiveUseOptions live;

    DatabaseBackup backups() const { return DatabaseBackup(*session.db, dir); }
};

// Parses an action's arguments and signs in. Returns -1 with `into` filled to go on, or the
// exit code to end with.
int prepare(CliContext &context, const QString &action, const QStringList &arguments,
            int positionalCount, const char *usage, BackupSession &into, int options = NoOption)
{
    QCommandLineParser parser;
    const QCommandLineOption backupDir(
            QStringLiteral("backup-dir"),
            BackupCommand::tr(
                    "The backup folder (default: a private folder per database in your data "
                    "folder)."),
            BackupCommand::tr("folder"));
    const QCommandLineOption keep(
            QStringLiteral("keep"),
            BackupCommand::tr("Keep the newest N backups of the database (default: the "
                              "setting, 10; 0 keeps all)."),
            BackupCommand::tr("N"));
    const QCommandLineOption force(
            QStringLiteral("force"),
            BackupCommand::tr(
                    "Restore although a server answers the health address (never while another "
                    "process has the database open)."));
    const QCommandLineOption health(
            QStringLiteral("health-url"),
            BackupCommand::tr(
                    "The aistack health address to ask first (default: $TENANTDESK_HEALTH_URL, "
                    "else %1; empty or \"none\": do not ask).")
                    .arg(LiveUse::defaultHealthUrl()),
            BackupCommand::tr("url"));
    parser.addOption(backupDir);
    if (options & KeepOption)
        parser.addOption(keep);
    if (options & RestoreOptions) {
        parser.addOption(force);
        parser.addOption(health);
    }
    if (positionalCount > 0)
        parser.addPositionalArgument(QStringLiteral("name"),
                                     BackupCommand::tr("The backup to restore."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("backup ") + action, arguments,
                                   positionalCount, QLatin1String(usage));
        code >= 0)
        return code;
    int keepCount = -1;
    if ((options & KeepOption) && parser.isSet(keep)) {
        bool ok = false;
        keepCount = parser.value(keep).toInt(&ok);
        if (!ok || keepCount < 0)
            return context.usage(BackupCommand::tr("--keep takes a number of backups, 0 or more."));
    }
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    // Backups hold every row of the database: the same people who migrate may handle them.
    if (auto allowed
        = AccessPolicy(*session->db).require(session->actor, Action::RunMigrations, {});
        !allowed)
        return context.fail(allowed.error());
    into = {*session, parser.value(backupDir), parser.positionalArguments(), keepCount, {}};
    if (options & RestoreOptions) {
        into.live.server = askServer(healthUrl(parser, health));
        into.live.force = parser.isSet(force);
    }
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
    if (int code = prepare(context, QStringLiteral("create"), arguments, 0, kCreateUsage, session,
                           KeepOption);
        code >= 0)
        return code;
    const DatabaseBackup backups = session.backups();
    auto backup = backups.create();
    if (!backup)
        return context.fail(backup.error());
    auto pruned = backups.prune(session.keep);
    if (!pruned)
        return context.fail(pruned.error());
    if (context.json())
        context.out() << backupJson(*backup).toJson() << '\n';
    else
        context.out()
                << BackupCommand::tr("Backed up to %1.").arg(QDir::toNativeSeparators(backup->path))
                << '\n';
    return 0;
}

int prune(CliContext &context, const QStringList &arguments)
{
    BackupSession session;
    if (int code
        = prepare(context, QStringLiteral("prune"), arguments, 0, kPruneUsage, session, KeepOption);
        code >= 0)
        return code;
    const DatabaseBackup backups = session.backups();
    auto removed = backups.prune(session.keep);
    if (!removed)
        return context.fail(removed.error());
    auto kept = backups.list();
    if (!kept)
        return context.fail(kept.error());
    if (context.json()) {
        QList<OrderedJsonObject> rows;
        for (const BackupInfo &backup : *removed)
            rows.append(backupJson(backup));
        context.out() << OrderedJsonObject()
                                 .add(QStringLiteral("removed"), rows)
                                 .add(QStringLiteral("kept"), qint64(kept->size()))
                                 .toJson()
                      << '\n';
        return 0;
    }
    for (const BackupInfo &backup : *removed)
        context.out() << BackupCommand::tr("Removed %1.").arg(backup.name) << '\n';
    context.out() << BackupCommand::tr("%n backup(s) kept in %1.", nullptr, int(kept->size()))
                             .arg(QDir::toNativeSeparators(backups.dir()))
                  << '\n';
    return 0;
}

int restore(CliContext &context, const QStringList &arguments)
{
    BackupSession session;
    if (int code = prepare(context, QStringLiteral("restore"), arguments, 1, kRestoreUsage, session,
                           RestoreOptions);
        code >= 0)
        return code;
    auto restored = session.backups().restore(session.positional.at(0), session.session.actor,
                                              session.live);
    if (!restored)
        return context.fail(restored.error());
    if (context.json()) {
        OrderedJsonObject object;
        object.add(QStringLiteral("restored"), restored->restored.name)
                .add(QStringLiteral("previous_content"), restored->previousContent.name);
        if (restored->replacedHeadSeq)
            object.add(QStringLiteral("replaced_head"),
                       OrderedJsonObject()
                               .add(QStringLiteral("seq"), *restored->replacedHeadSeq)
                               .add(QStringLiteral("hash"), restored->replacedHeadHash));
        else
            object.add(QStringLiteral("replaced_head"), QJsonValue());
        object.add(QStringLiteral("audited"), restored->audited);
        context.out() << object.toJson() << '\n';
    } else {
        context.out() << BackupCommand::tr("Restored %1 into %2. What it replaced is saved as %3.")
                                 .arg(restored->restored.name,
                                      QDir::toNativeSeparators(session.session.db->path()),
                                      restored->previousContent.name)
                      << '\n';
        if (restored->replacedHeadSeq)
            context.out() << BackupCommand::tr(
                                     "The restore is recorded in the audit chain, naming the head "
                                     "of the chain it replaced: seq %1, hash %2.")
                                     .arg(*restored->replacedHeadSeq)
                                     .arg(restored->replacedHeadHash)
                          << '\n';
    }
    return 0;
}

} // namespace

QList<SubCommand> backupSubCommands()
{
    return {{"list", kListUsage, list},
            {"create", kCreateUsage, create},
            {"prune", kPruneUsage, prune},
            {"restore", kRestoreUsage, restore}};
}

int runBackup(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("backup"), backupSubCommands(), arguments);
}

} // namespace tenantdesk::cli
