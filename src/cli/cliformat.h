#pragma once

#include "cli/clicontext.h"

#include "core/access/actor.h"
#include "core/audit/auditlog.h"
#include "core/people/user.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace tenantdesk::cli {

// Output helpers and argument resolution shared by the tenancy commands of tenantctl.

QString cliTr(const char *text);

// One sub-command of a command group ("tenant create"): its name, usage line and entry.
struct SubCommand
{
    const char *name;
    const char *usage; // e.g. "tenantctl tenant create --name N --slug S [--workspace SLUG]"
    int (*run)(CliContext &context, const QStringList &arguments);
};

// Runs the sub-command named by the first argument; prints the group's usage for --help
// (exit 0) or when the sub-command is missing or unknown (exit 2).
int dispatch(CliContext &context, const QString &group, const QList<SubCommand> &commands,
             const QStringList &arguments);

// Parses a sub-command's arguments and checks the number of positional arguments.
// Returns the exit code to end with (0 after --help, 2 on a usage error), or -1 to go on.
int parseSubCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
                    const QStringList &arguments, int positionalCount, const QString &usage);

// The database and the signed-in actor of this run.
struct Session
{
    Database *db = nullptr;
    Actor actor;
};
Result<Session> signIn(CliContext &context);

// Looks a tenant up by slug (or id) as the actor sees it: NotFound when hidden or missing.
Result<Tenant> resolveTenant(const Session &session, const QString &slug);
Result<Workspace> resolveWorkspace(const Session &session, const Tenant &tenant,
                                   const QString &slug);
// A user by username or e-mail, whoever is asking: granting needs to name people outside the
// tenant. NotFound when there is no such user.
Result<User> resolveUser(const Session &session, const QString &login);
// A role name as stored (member, workspace_admin, tenant_admin); InvalidInput otherwise.
Result<TenantRole> parseRole(const QString &name);
// A positive count from an option value; InvalidInput otherwise.
Result<int> parseLimit(const QString &value, const QString &option);

QJsonObject tenantJson(const Tenant &tenant);
QJsonObject workspaceJson(const Workspace &workspace);
QJsonObject membershipJson(const Membership &membership);
QJsonObject userJson(const User &user);
QJsonObject auditEntryJson(const AuditEntry &entry);

// A name as one table cell: control characters shown as spaces, long names shortened.
QString cell(const QString &text, int maxLength = 60);
// Milliseconds since the epoch as local date and time.
QString timeText(qint64 ms);
// Prints rows as left-aligned columns under a header line.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);

} // namespace tenantdesk::cli
