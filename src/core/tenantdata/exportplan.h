#pragma once

// Private to core's tenantdata: which tables and rows a tenant export holds.

#include "core/result.h"
#include "core/tenancy/tenancytypes.h"
#include "core/tenantdata/tablecopy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tenantdesk {

class Database;

namespace tenantdata {

struct ExportPlan
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::tenantdata::ExportPlan)
};

// A tenant by id, else by slug; NotFound when neither names one.
Result<Tenant> findTenant(const Database &db, const QString &idOrSlug);

// The tables of a tenant's export in the order an import inserts them: tenants, workspaces,
// tenant_users, the owned tables by name, memory; with the conditions selecting its rows.
Result<QList<ExportedTable>> planExport(const Database &db, const QString &tenantId,
                                        const QString &namespacePattern);

// The same tables in another file for the tenant with `tenantId` (an import's target, where
// the tables' names come from the export): the conditions, with the columns given.
QString tenantCondition(const QString &table, const QString &kind, const QString &prefix,
                        const QString &tenantId, QStringList &values);

// The bookkeeping tables of an export file: manifest, export_tables, members.
QString exportSchemaSql();

} // namespace tenantdata
} // namespace tenantdesk
