#pragma once

#include <QString>

// Sizes of a generated large database (architecture.md §7 scale).
struct BulkSpec
{
    int tenants = 10000;
    int workspacesPerTenant = 10;
    int users = 100000;
    // tenant_users rows spread over all tenants (each user member of a few tenants).
    int spreadMemberships = 0;
    // tenant_users rows in the first tenant alone (tenant-wide plus per-workspace grants).
    int firstTenantMemberships = 0;
};

// Fills the file at path (which must already hold the bundled schema) with deterministic
// sample rows through the raw SQLite API in one transaction: the fast way to reach
// 1,000,000 rows. Users get a fixed, unusable password hash. Tenant slugs are
// "tenant-000001"..., workspace slugs "ws-01"...; the first user ("user000001") is
// tenant_admin of the first tenant.
void fillBulk(const QString &path, const BulkSpec &spec);
