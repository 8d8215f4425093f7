#include "cli/commandtable.h"

#include "cli/commands.h"

#include <QCoreApplication>

namespace tenantdesk::cli {

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = {
            {"init",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable", "Create the first global admin."),
             runInit, nullptr, kInitUsage},
            {"migrate",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "Show, apply or revert schema migrations."),
             runMigrate, migrateSubCommands, nullptr},
            {"backup",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "Back up the database, list its backups or restore one."),
             runBackup, backupSubCommands, nullptr},
            {"tenant",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "List, show, create, rename, configure or delete tenants."),
             runTenant, tenantSubCommands, nullptr},
            {"workspace",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "List, create, rename, configure or delete workspaces."),
             runWorkspace, workspaceSubCommands, nullptr},
            {"member",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "List, grant or revoke memberships."),
             runMember, memberSubCommands, nullptr},
            {"user",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "List, show, create, lock, reset or delete users."),
             runUser, userSubCommands, nullptr},
            {"whoami",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "Show who you are and your roles per tenant."),
             runWhoami, nullptr, kWhoamiUsage},
            {"can",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "May USER do ACTION on TARGET, and by which rule?"),
             runCan, nullptr, kCanUsage},
            {"provision",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable",
                               "Create the default tenant and give every user a membership."),
             runProvision, nullptr, kProvisionUsage},
            {"audit",
             QT_TRANSLATE_NOOP("tenantdesk::cli::CommandTable", "List or verify the audit chain."),
             runAudit, auditSubCommands, nullptr},
    };
    return commands;
}

QStringList usageLines(const CliCommand &command)
{
    if (!command.subCommands)
        return {QLatin1String(command.usage)};
    QStringList lines;
    for (const SubCommand &subCommand : command.subCommands())
        lines << QLatin1String(subCommand.usage);
    return lines;
}

QString commandSummary()
{
    QString text = CommandTable::tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &command : cliCommands())
        text += QStringLiteral("  %1  %2\n")
                        .arg(QLatin1String(command.name), -10)
                        .arg(CommandTable::tr(command.summary));
    return text;
}

} // namespace tenantdesk::cli
