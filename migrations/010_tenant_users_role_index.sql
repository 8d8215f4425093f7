-- Migration: find a tenant's admins without reading all its memberships.
-- The last-tenant_admin rule and "who could do this instead" look up the tenant_admins and
-- workspace_admins of one tenant; with only (tenant_id) indexed, a tenant with a million
-- members costs a scan of a million rows per check.

-- ==================== UP ====================

CREATE INDEX IF NOT EXISTS idx_tenant_users_role_scope
  ON tenant_users(tenant_id, role, workspace_id);

-- ==================== DOWN ====================

DROP INDEX IF EXISTS idx_tenant_users_role_scope;
