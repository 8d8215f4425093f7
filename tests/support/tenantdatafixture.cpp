#include "tenantdatafixture.h"

#include <QStringList>

TenantDataFixture::TenantDataFixture(const TestDatabase &db)
    : m_db(db)
{ }

void TenantDataFixture::createTables() const
{
    m_db.execRaw(
            // aistack 1.6.1's memory store.
            "CREATE TABLE IF NOT EXISTS memory (id TEXT PRIMARY KEY, key TEXT NOT NULL, "
            "namespace TEXT NOT NULL DEFAULT 'default', content TEXT NOT NULL, metadata TEXT, "
            "embedding BLOB, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
            "UNIQUE(namespace, key));"
            "CREATE INDEX IF NOT EXISTS idx_memory_namespace ON memory(namespace);"
            // Two domain tables after a retrofit migration.
            "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
            "body BLOB, score REAL, tenant_id TEXT REFERENCES tenants(id), "
            "workspace_id TEXT REFERENCES workspaces(id));"
            "CREATE INDEX IF NOT EXISTS idx_notes_tenant ON notes(tenant_id);"
            "CREATE INDEX IF NOT EXISTS idx_notes_tenant_workspace ON notes(tenant_id, "
            "workspace_id);"
            "CREATE TABLE IF NOT EXISTS tasks (id TEXT PRIMARY KEY, title TEXT, done INTEGER, "
            "tenant_id TEXT REFERENCES tenants(id));");
}

void TenantDataFixture::addRows(const QString &tenantId, const QString &workspaceId, int notes,
                                int tasks, int memory, int seed) const
{
    QStringList sql;
    const int base = seed * 100000;
    for (int i = 0; i < notes; ++i)
        sql << QStringLiteral("INSERT INTO notes (id, title, body, score, tenant_id, "
                              "workspace_id) VALUES (%1, 'note %1 ''quoted''', x'00ff%2', %3.25, "
                              "'%4', '%5');")
                        .arg(base + i)
                        .arg(i % 256, 2, 16, QLatin1Char('0'))
                        .arg(i)
                        .arg(tenantId, workspaceId);
    for (int i = 0; i < tasks; ++i)
        sql << QStringLiteral("INSERT INTO tasks (id, title, done, tenant_id) VALUES "
                              "('task-%1-%2', 'Task \u00e9 %2', %3, '%4');")
                        .arg(seed)
                        .arg(i)
                        .arg(i % 2)
                        .arg(tenantId);
    const QString workspaceNamespace
            = QStringLiteral("tenant:%1:workspace:%2").arg(tenantId, workspaceId);
    for (int i = 0; i < memory; ++i)
        sql << QStringLiteral("INSERT INTO memory (id, key, namespace, content, metadata, "
                              "created_at, updated_at) VALUES ('mem-%1-%2', 'key%2', '%3', "
                              "'content %2', '{\"n\":%2}', %2, %2);")
                        .arg(seed)
                        .arg(i)
                        .arg(workspaceNamespace);
    sql << QStringLiteral("INSERT INTO memory (id, key, namespace, content, created_at, "
                          "updated_at) VALUES ('mem-%1-tenant', 'shared-%1', "
                          "'tenant:%2:workspace:', 'tenant-wide', 1, 1);")
                    .arg(seed)
                    .arg(tenantId);
    m_db.execRaw(sql.join(QLatin1Char('\n')).toUtf8());
}
