#pragma once

#include "core/access/actor.h"
#include "core/database/liveuse.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"
#include "core/tenantdata/tenantexport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenantdesk {

class Database;

struct TenantImportOptions
{
    QString file;
    // Create the members the target does not know (matched by exact e-mail), locked;
    // otherwise they make the import refuse, naming them.
    bool createUsers = false;
    // Give the tenant and its workspaces new ids (rewriting tenant_id, workspace_id and the
    // memory namespaces consistently) when the target has those ids already; otherwise such
    // a collision refuses the import.
    bool newIds = false;
    // Do everything, verify it, then roll it back: the report says what would be added.
    bool dryRun = false;
    // Another process using the target file stops the import unless forced, as for
    // migrations (LiveUse). Not checked for a dry run.
    LiveUseOptions live;
    bool checkLiveUse = true;
};

struct TenantImportReport
{
    QString file;
    QString sourceFile; // the installation the export came from
    bool dryRun = false;
    bool newIds = false;
    Tenant tenant;                  // as it is (or would be) on the target
    QList<TransferredTable> tables; // rows added per table, with the checksums on the target
    QStringList mappedMembers;      // e-mails of members found on the target
    QStringList createdUsers;       // e-mails of members created, locked
    qint64 skippedMemberships = 0;  // memberships of people the export does not name
    bool checksumsVerified = false; // the target's rows hash to the export's checksums
};

// Adds a tenant from an export file (TenantExporter) to this installation, in one
// transaction: checks the file (format, checksums) and this file's schema (refusing with
// the missing migrations named), maps members by exact e-mail, keeps ids unless they collide
// (or rewrites them with newIds), inserts every row, verifies counts and checksums on the
// target and writes a "tenant.imported" audit entry. Global admins only.
class TenantImporter
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::TenantImporter)

public:
    TenantImporter(const Database &db, const Actor &actor);

    Result<TenantImportReport> importTenant(const TenantImportOptions &options,
                                            const TransferProgress &progress = {}) const;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
