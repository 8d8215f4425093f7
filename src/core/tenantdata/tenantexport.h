#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace tenantdesk {

class Database;

// Progress of a long tenant transfer: rows done of rows in all. Returning false cancels it;
// a cancelled export or import leaves nothing behind.
using TransferProgress = std::function<bool(qint64 done, qint64 total)>;

// The rows of one table in an export, with the SHA-256 of the rows in canonical order.
struct TransferredTable
{
    QString table;
    QString kind; // "tenancy", "data" or "memory"
    qint64 rows = 0;
    QString sha256;
};

struct TenantExportOptions
{
    QString tenant;  // id or slug
    QString outPath; // the file to write (replaced whole at the end)
    // Also the members' password hashes (an import can then keep their passwords). Off by
    // default: an export file is often mailed around.
    bool withCredentials = false;
    QString namespacePattern; // empty: NamespacePattern::defaultPattern()
};

struct TenantExportReport
{
    QString path;
    Tenant tenant;
    QList<TransferredTable> tables;
    qint64 members = 0;
    bool withCredentials = false;
};

// Writes one tenant of an installation into one self-contained SQLite file: the tenant, its
// workspaces and memberships, the members' usernames and e-mails, every row of the owned
// tables (TenantFootprint), its memory entries, and a manifest (source file, applied
// migrations, counts, checksums). A consistent snapshot of the source, streamed row by row
// into a second connection on FILE.partial, renamed to FILE only when whole; the source
// gets a "tenant.exported" audit entry. Global admins only (Action::TransferTenant).
class TenantExporter
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::TenantExporter)

public:
    TenantExporter(const Database &db, const Actor &actor);

    Result<TenantExportReport> exportTenant(const TenantExportOptions &options,
                                            const TransferProgress &progress = {}) const;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
