-- Migration: tenants, workspaces and memberships (aistack's multi-tenancy tables).
-- Table and column names are aistack's; timestamps are milliseconds since the epoch.

-- ==================== UP ====================

CREATE TABLE IF NOT EXISTS tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT UNIQUE NOT NULL,
  settings_json TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_tenants_slug ON tenants(slug);

CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  slug TEXT NOT NULL,
  settings_json TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE(tenant_id, slug)
);

CREATE INDEX IF NOT EXISTS idx_workspaces_tenant ON workspaces(tenant_id);

-- workspace_id IS NULL: the role applies to the whole tenant.
CREATE TABLE IF NOT EXISTS tenant_users (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK(role IN ('tenant_admin', 'workspace_admin', 'member')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id, workspace_id)
);

CREATE INDEX IF NOT EXISTS idx_tenant_users_user ON tenant_users(user_id);
CREATE INDEX IF NOT EXISTS idx_tenant_users_tenant ON tenant_users(tenant_id);
CREATE INDEX IF NOT EXISTS idx_tenant_users_workspace ON tenant_users(workspace_id);

-- ==================== DOWN ====================

DROP INDEX IF EXISTS idx_tenant_users_workspace;
DROP INDEX IF EXISTS idx_tenant_users_tenant;
DROP INDEX IF EXISTS idx_tenant_users_user;
DROP TABLE IF EXISTS tenant_users;
DROP INDEX IF EXISTS idx_workspaces_tenant;
DROP TABLE IF EXISTS workspaces;
DROP INDEX IF EXISTS idx_tenants_slug;
DROP TABLE IF EXISTS tenants;
