#pragma once

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

} // namespace tenantdesk::cli
