#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/orderedjson.h"

#include "core/migration/databasebackup.h"
#include "core/migration/migrationrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace tenantdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenantctl", text);
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

int list(CliContext &context, const DatabaseBackup &backups)
{
    auto found = backups.list();
    if (!found)
        return context.fail(found.error());
    if (context.json()) {
        QList<OrderedJsonObject> rows;
        for (const BackupInfo &backup : *found)
            rows.append(OrderedJsonObject()
                                .add(QStringLiteral("name"), backup.name)
                                .add(QStringLiteral("created_at"), timestamp(backup.createdAt))
                                .add(QStringLiteral("bytes"), backup.bytes));
        // Written directly: printJson() takes a QJsonObject, which would reorder the keys.
        context.out() << OrderedJsonObject().add(QStringLiteral("backups"), rows).toJson() << '\n';
        return 0;
    }
    QTextStream &out = context.out();
    if (found->isEmpty()) {
        out << tr("No backups in %1.").arg(QDir::toNativeSeparators(backups.dir())) << '\n';
        return 0;
    }
    out << tr("Backups in %1, newest first:").arg(QDir::toNativeSeparators(backups.dir())) << '\n';
    for (const BackupInfo &backup : *found)
        out << "  " << backup.name << "  " << timestamp(backup.createdAt) << "  "
            << QLocale::system().formattedDataSize(backup.bytes) << '\n';
    return 0;
}

} // namespace

int runBackup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Back the database up, list its backups or restore one.\n\n"
               "  list            the backups of the database, newest first\n"
               "  create          back the database up now\n"
               "  restore NAME    replace the database's content with backup NAME (what it "
               "replaces is backed up first)"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, create or restore NAME"));
    const QCommandLineOption backupDir(
            QStringLiteral("backup-dir"),
            tr("The backup folder (default: backups/ beside the database)."), tr("folder"));
    parser.addOption(backupDir);
    if (!parseCommandLine(context, parser, QStringLiteral("backup"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool restore = action == QLatin1String("restore");
    if ((restore && positional.size() != 2)
        || (!restore
            && (positional.size() != 1
                || (action != QLatin1String("list") && action != QLatin1String("create")))))
        return context.usage(
                tr("Usage: tenantctl backup list | create | restore NAME [--backup-dir DIR]"));

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto actor = context.signIn();
    if (!actor)
        return context.fail(actor.error());
    // Backups hold every row of the database: the same people who migrate may handle them.
    if (auto allowed = MigrationRunner::checkAccess(*actor); !allowed)
        return context.fail(allowed.error());
    const DatabaseBackup backups(**db, parser.value(backupDir));

    if (action == QLatin1String("list"))
        return list(context, backups);
    if (action == QLatin1String("create")) {
        auto backup = backups.create();
        if (!backup)
            return context.fail(backup.error());
        if (context.json())
            context.out() << OrderedJsonObject()
                                     .add(QStringLiteral("name"), backup->name)
                                     .add(QStringLiteral("created_at"),
                                          timestamp(backup->createdAt))
                                     .add(QStringLiteral("bytes"), backup->bytes)
                                     .toJson()
                          << '\n';
        else
            context.out() << tr("Backed up to %1.").arg(QDir::toNativeSeparators(backup->path))
                          << '\n';
        return 0;
    }
    auto restored = backups.restore(positional.at(1), *actor);
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
        context.out() << tr("Restored %1 into %2. What it replaced is saved as %3.")
                                 .arg(restored->restored.name,
                                      QDir::toNativeSeparators((*db)->path()),
                                      restored->previousContent.name)
                      << '\n';
    return 0;
}

} // namespace tenantdesk::cli
