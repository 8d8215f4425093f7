#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace tenantdesk::cli {

class CliContext;

// One sub-command of a command group ("tenant create"): its name, usage line and entry.
struct SubCommand
{
    const char *name;
    const char *usage; // e.g. "tenantctl tenant create --name N --slug S [--workspace SLUG]"
    std::function<int(CliContext &context, const QStringList &arguments)> run;
};

// The one way a command group (tenant, workspace, member, user, audit, backup, migrate) picks
// its sub-command: runs the one named by the first argument; prints the group's usage for
// --help (exit 0) or when the sub-command is missing or unknown (exit 2).
int dispatch(CliContext &context, const QString &group, const QList<SubCommand> &commands,
             const QStringList &arguments);

// Parses a sub-command's arguments and checks the number of positional arguments.
// Returns the exit code to end with (0 after --help, 2 on a usage error), or -1 to go on.
int parseSubCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
                    const QStringList &arguments, int positionalCount, const QString &usage);

} // namespace tenantdesk::cli
