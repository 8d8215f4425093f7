#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace tenantdesk {

class Database;

// What to retrofit: domain tables that should belong to a tenant (and a workspace).
struct RetrofitOptions
{
    QStringList tables;
    bool workspace = false; // add workspace_id too
    QString migrationName;  // e.g. "010_tenant_scope_notes", named in the header comment
};

// Writes a reversible migration that makes single-tenant domain tables multi-tenant, as in
// aistack's multi-tenant guide: a nullable tenant_id (and workspace_id) column referencing
// tenants (workspaces), existing rows backfilled to the default tenant (workspace) with slug
// 'default', and indexes. Reverting drops the indexes and the columns again.
class RetrofitGenerator
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::RetrofitGenerator)

public:
    explicit RetrofitGenerator(const Database &db);

    // The script text (UTF-8). Refuses tables that do not exist (not found), tenancy and
    // bookkeeping tables (invalid input), and tables that already have the column (conflict).
    Result<QByteArray> generate(const RetrofitOptions &options) const;

private:
    Result<void> checkTable(const QString &table, bool workspace) const;

    const Database &m_db;
};

} // namespace tenantdesk
