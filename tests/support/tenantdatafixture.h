#pragma once

#include "testdatabase.h"

#include <QString>

// An aistack-like file's data for the tenant-data tests: aistack 1.6.1's memory table
// (entries scoped by namespace) and two domain tables retrofitted with tenant columns as
// RetrofitGenerator writes them: "notes" (tenant_id and workspace_id, indexed; integer,
// real, text and blob values) and "tasks" (tenant_id without an index, so counts scan).
class TenantDataFixture
{
public:
    explicit TenantDataFixture(const TestDatabase &db);

    // Creates memory, notes and tasks (if missing).
    void createTables() const;
    // Rows of a tenant: `notes` notes in the workspace, `tasks` tasks, and `memory` memory
    // entries in the workspace's namespace (default pattern) plus one tenant-wide entry
    // ("tenant:<id>:workspace:" with no workspace). Values are derived from `seed`, so two
    // calls with different seeds never collide on ids.
    void addRows(const QString &tenantId, const QString &workspaceId, int notes, int tasks,
                 int memory, int seed) const;

private:
    const TestDatabase &m_db;
};
