#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QString>

namespace tenantdesk {

class Database;

// What the demo database should hold. The password is the caller's (the app makes up a
// random one per run and keeps it in memory only): TenantDesk never ships a password.
struct DemoOptions
{
    QString adminUsername = QStringLiteral("admin");
    QString adminEmail = QStringLiteral("admin@example.com");
    QString password;
    // Sample tenants; the first dozen have hand-written names, the rest are numbered.
    int tenantCount = 12;
    // bcrypt cost of the sample users (the admin uses createFirstAdmin's own cost).
    int passwordCost = 4;
};

// What generateDemoData wrote, and the admin to sign in as.
struct DemoReport
{
    Actor admin;
    int users = 0;
    int tenants = 0;
    int workspaces = 0;
    int memberships = 0;
};

// Fills a database that already has the bundled schema (users, tenancy tables, audit
// chain) but no users with realistic sample data: a global admin, sample users with real
// bcrypt hashes, tenants with settings, workspaces and memberships of every role. Tenants,
// workspaces and memberships are written through the services as the admin, so the demo
// also fills the audit chain the way real use does. Refused where users already exist.
Result<DemoReport> generateDemoData(const Database &db, const DemoOptions &options);

} // namespace tenantdesk
