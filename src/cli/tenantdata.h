#pragma once

// tenantctl's side of a tenant's data (architecture.md §5): the footprint in "tenant show"
// and "tenant delete", and the "tenant export", "import" and "move" commands.

#include "core/result.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tenantdesk {
struct Footprint;
}

namespace tenantdesk::cli {

class CliContext;

// --namespace-pattern: the memory namespace pattern (default: the settings', else
// NamespacePattern::defaultPattern()).
QCommandLineOption namespacePatternOption();
// The pattern the command runs with, checked.
Result<QString> namespacePattern(const QCommandLineParser &parser,
                                 const QCommandLineOption &option);
QJsonObject footprintJson(const Footprint &footprint);
// The footprint as indented lines under a heading line.
QString footprintText(const Footprint &footprint);

extern const char kTenantExportUsage[];
extern const char kTenantImportUsage[];
extern const char kTenantMoveUsage[];
int tenantExport(CliContext &context, const QStringList &arguments);
int tenantImport(CliContext &context, const QStringList &arguments);
int tenantMove(CliContext &context, const QStringList &arguments);

} // namespace tenantdesk::cli
