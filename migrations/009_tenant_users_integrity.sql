-- Migration: integrity of memberships that the original table cannot express.
-- 1. The primary key (tenant_id, user_id, workspace_id) lets a user hold any number of
--    tenant-wide rows, because SQLite treats NULLs as distinct. The unique expression index
--    makes the tenant-wide scope count as one value. If an existing database already holds
--    duplicates, this migration fails and names the constraint; nothing is deleted for you.
-- 2. tenant_admin is a tenant-wide role: it is never stored with a workspace.

-- ==================== UP ====================

CREATE UNIQUE INDEX IF NOT EXISTS idx_tenant_users_unique_scope
  ON tenant_users(tenant_id, user_id, COALESCE(workspace_id, ''));

CREATE TRIGGER IF NOT EXISTS tenant_users_admin_is_tenant_wide_insert
  BEFORE INSERT ON tenant_users
  FOR EACH ROW WHEN NEW.role = 'tenant_admin' AND NEW.workspace_id IS NOT NULL
  BEGIN
    SELECT RAISE(ABORT, 'tenant_admin cannot be scoped to a workspace');
  END;

CREATE TRIGGER IF NOT EXISTS tenant_users_admin_is_tenant_wide_update
  BEFORE UPDATE ON tenant_users
  FOR EACH ROW WHEN NEW.role = 'tenant_admin' AND NEW.workspace_id IS NOT NULL
  BEGIN
    SELECT RAISE(ABORT, 'tenant_admin cannot be scoped to a workspace');
  END;

-- ==================== DOWN ====================

DROP TRIGGER IF EXISTS tenant_users_admin_is_tenant_wide_update;
DROP TRIGGER IF EXISTS tenant_users_admin_is_tenant_wide_insert;
DROP INDEX IF EXISTS idx_tenant_users_unique_scope;
