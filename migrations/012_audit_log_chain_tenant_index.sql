-- Migration: find the audit entries of a tenant without walking the whole chain.
-- A tenant_admin sees only the entries whose payload carries one of their tenants' ids, and
-- "this tenant" narrows an admin's list the same way. Without an index the first page walks
-- the chain down from the newest entry until it has found a page: at 100,000 entries over
-- 1,000 tenants that is the whole table, about 165 ms per page (benchmarks/bench_audit); with
-- this index it is about 1 ms. The expression is exactly the one AuditLog filters on, so
-- SQLite uses the index; a payload that is not JSON indexes as NULL instead of failing the
-- insert. aistack's own inserts keep working: its SQLite has the JSON functions built in.

-- ==================== UP ====================

CREATE INDEX IF NOT EXISTS idx_audit_log_chain_tenant
  ON audit_log_chain((CASE WHEN json_valid(payload_json)
                      THEN json_extract(payload_json, '$.tenant_id') END), seq);

-- ==================== DOWN ====================

DROP INDEX IF EXISTS idx_audit_log_chain_tenant;
