#pragma once

#include "cli/dispatch.h"

#include <QList>
#include <QStringList>

namespace tenantdesk::cli {

class CliContext;

// Entry points of tenantctl's commands; each returns the process exit code (architecture.md §5).
int runInit(CliContext &context, const QStringList &arguments);
int runMigrate(CliContext &context, const QStringList &arguments);
int runBackup(CliContext &context, const QStringList &arguments);
int runTenant(CliContext &context, const QStringList &arguments);
int runWorkspace(CliContext &context, const QStringList &arguments);
int runMember(CliContext &context, const QStringList &arguments);
int runUser(CliContext &context, const QStringList &arguments);
int runWhoami(CliContext &context, const QStringList &arguments);
int runCan(CliContext &context, const QStringList &arguments);
int runProvision(CliContext &context, const QStringList &arguments);
int runAudit(CliContext &context, const QStringList &arguments);

// The sub-commands of each command group, as its run function dispatches them; the command
// table (commandtable.h) reads them for the manual page and the bash completion.
QList<SubCommand> migrateSubCommands();
QList<SubCommand> backupSubCommands();
QList<SubCommand> tenantSubCommands();
QList<SubCommand> workspaceSubCommands();
QList<SubCommand> memberSubCommands();
QList<SubCommand> userSubCommands();
QList<SubCommand> auditSubCommands();

// The usage lines of the single commands.
extern const char kInitUsage[];
extern const char kWhoamiUsage[];
extern const char kCanUsage[];
extern const char kProvisionUsage[];

} // namespace tenantdesk::cli
