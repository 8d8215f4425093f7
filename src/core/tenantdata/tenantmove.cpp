#include "core/tenantdata/tenantmove.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenantdata/exportfile.h"
#include "core/tenantdata/exportplan.h"
#include "core/tenantdata/tablecopy.h"

#include <QFile>
#include <QFileInfo>

namespace tenantdesk {

using namespace tenantdata;

namespace {

// Compares a database's rows of the tenant with the export's, table by table. Memberships
// point at the target's user ids there, so on the target only their count is compared.
Result<QList<TransferredTable>> compareWithExport(const Database &db,
                                                  const ExportManifest &manifest,
                                                  bool exactMemberships, QStringList &differences)
{
    QList<TransferredTable> tables;
    const QString prefix = NamespacePattern::prefix(manifest.namespacePattern, manifest.tenantId);
    for (const ExportedTable &table : manifest.tables) {
        QStringList values;
        const QString where
                = tenantCondition(table.name, table.kind, prefix, manifest.tenantId, values);
        auto columns = tableColumns(db.handle(), table.name);
        if (!columns)
            return columns.error();
        if (columns->isEmpty()) {
            differences << table.name;
            continue;
        }
        auto rows = scanTable(db.handle(), table.name, table.columns, where, values);
        if (!rows)
            return rows.error();
        tables.append({table.name, table.kind, rows->rows, rows->sha256});
        const bool membershipsByCount
                = !exactMemberships && table.name == QLatin1String("tenant_users");
        if (membershipsByCount ? rows->rows > table.rows
                               : (rows->rows != table.rows || rows->sha256 != table.sha256))
            differences << table.name;
    }
    return tables;
}

} // namespace

TenantMover::TenantMover(const Database &source, const Actor &sourceActor, const Database &target,
                         const Actor &targetActor)
    : m_source(source)
    , m_sourceActor(sourceActor)
    , m_target(target)
    , m_targetActor(targetActor)
{ }

Result<TenantMoveReport> TenantMover::move(const TenantMoveOptions &options,
                                           const TransferProgress &progress) const
{
    if (QFileInfo(m_source.path()).canonicalFilePath()
        == QFileInfo(m_target.path()).canonicalFilePath())
        return invalidInput(tr("The source and the target are the same file."));
    const QString pattern = options.namespacePattern.isEmpty() ? NamespacePattern::defaultPattern()
                                                               : options.namespacePattern;
    auto found = findTenant(m_source, options.tenant);
    if (!found)
        return found.error();
    TenantMoveReport report;
    report.tenant = *found;
    report.targetPath = m_target.path();

    // 1. Export (the source is only read, and gets its audit entry).
    TenantExportOptions exportOptions;
    exportOptions.tenant = report.tenant.id;
    exportOptions.namespacePattern = pattern;
    exportOptions.outPath = options.exportPath.isEmpty()
            ? m_target.path() + QStringLiteral(".move-%1.tenant").arg(report.tenant.id)
            : options.exportPath;
    auto exported = TenantExporter(m_source, m_sourceActor).exportTenant(exportOptions, progress);
    if (!exported)
        return exported.error();
    struct RemoveExport
    {
        QString path;
        ~RemoveExport() { QFile::remove(path); }
    } removeExport{exportOptions.outPath};
    ExportFile file;
    if (auto opened = file.open(exportOptions.outPath); !opened)
        return opened.error();
    const ExportManifest &manifest = file.manifest();

    // 2. Import, unless an earlier run did.
    auto onTarget = findTenant(m_target, report.tenant.id);
    if (!onTarget && onTarget.error().code != ErrorCode::NotFound)
        return onTarget.error();
    if (onTarget) {
        QStringList differences;
        auto compared = compareWithExport(m_target, manifest, false, differences);
        if (!compared)
            return compared.error();
        if (!differences.isEmpty())
            return conflict(tr("Tenant %1 is on %2 already and differs from the source (%3); "
                               "neither file was changed.")
                                    .arg(report.tenant.slug, m_target.path(),
                                         differences.join(QStringLiteral(", "))));
        report.alreadyOnTarget = true;
    } else {
        TenantImportOptions importOptions;
        importOptions.file = exportOptions.outPath;
        importOptions.createUsers = options.createUsers;
        importOptions.live = options.live;
        importOptions.checkLiveUse = options.checkLiveUse;
        auto imported = TenantImporter(m_target, m_targetActor).importTenant(importOptions);
        if (!imported)
            return imported.error();
        report.import = *imported;
    }

    // 3. Verify what the target committed.
    QStringList differences;
    auto verified = compareWithExport(m_target, manifest, false, differences);
    if (!verified)
        return verified.error();
    if (!differences.isEmpty())
        return failure(tr("Tenant %1 on %2 does not match its export (%3); the source was not "
                          "changed.")
                               .arg(report.tenant.slug, m_target.path(),
                                    differences.join(QStringLiteral(", "))));
    report.verified = *verified;
    // The target holds the tenant as exported, and the delete below compares the source with
    // the manifest in memory: the export goes now, so that a run killed after the delete
    // commits leaves nothing behind (the one after it would not find the tenant to clean up).
    QFile::remove(exportOptions.outPath);

    // 4. Delete on the source, in one transaction, only while it still equals the export.
    auto footprint = countTenant(m_source, report.tenant.id, pattern);
    if (!footprint)
        return footprint.error();
    report.deleted = *footprint;
    TenantService::Removal removal;
    removal.withData = true;
    removal.namespacePattern = pattern;
    removal.verify = [&]() -> Result<void> {
        QStringList changed;
        auto source = compareWithExport(m_source, manifest, true, changed);
        if (!source)
            return source.error();
        if (!changed.isEmpty())
            return conflict(tr("Tenant %1 changed on the source since the export (%2); it is "
                               "on %3 as exported and still on the source. Run the move again "
                               "after removing it from %3.")
                                    .arg(report.tenant.slug, changed.join(QStringLiteral(", ")),
                                         m_target.path()));
        return {};
    };
    if (auto removed = TenantService(m_source, m_sourceActor)
                               .remove(report.tenant.id, report.tenant.slug, removal);
        !removed)
        return removed.error();
    qCInfo(lcTenancy) << "moved tenant" << report.tenant.slug << "to" << m_target.path();
    return report;
}

} // namespace tenantdesk
