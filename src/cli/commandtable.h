#pragma once

#include "cli/dispatch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenantdesk::cli {

class CliContext;

// A tenantctl command: its name, one line of help and its entry point, which gets the
// arguments after its name and returns the exit code. A command group (tenant, member, ...)
// names its sub-commands; a single command (init, whoami, ...) its usage line.
struct CliCommand
{
    const char *name;
    const char *summary; // translated as CommandTable::tr(summary)
    int (*run)(CliContext &context, const QStringList &arguments);
    QList<SubCommand> (*subCommands)(); // nullptr for a single command
    const char *usage;                  // nullptr for a group: each sub-command has its own
};

// The translation context of the commands' summaries.
struct CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::CommandTable)
};

// Every command of tenantctl, in the order --help lists them. The one source of --help, the
// manual page and the bash completion (tenantctl --manpage, --bash-completion).
const QList<CliCommand> &cliCommands();

// The usage lines of a command: its sub-commands' for a group, its own otherwise.
QStringList usageLines(const CliCommand &command);

// The "Commands:" block of tenantctl --help.
QString commandSummary();

} // namespace tenantdesk::cli
