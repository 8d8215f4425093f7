#pragma once

#include "core/access/actor.h"

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

// The id fillBulk gives row n of a kind ('a' users, 'b' tenants, 'c' workspaces):
// "a0000000-0000-4000-8000-000000000042".
QString bulkId(char kind, int n);
// User n of a generated file ("user000042"), acting with the global role given.
tenantdesk::Actor bulkActor(int user, tenantdesk::GlobalRole role);
// The first user, a global admin in every generated file.
tenantdesk::Actor bulkAdmin();
