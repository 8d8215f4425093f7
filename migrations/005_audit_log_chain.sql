-- Migration: aistack's hash-chained, append-only audit log.
-- The table, indexes and triggers are aistack's own DDL, so that aistack verifies and
-- extends the chain that TenantDesk writes (shared format: docs/architecture.md).

-- ==================== UP ====================

CREATE TABLE IF NOT EXISTS audit_log_chain (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  event_type TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  signature TEXT,
  signature_alg TEXT,
  created_at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_audit_log_chain_event_type ON audit_log_chain(event_type, created_at);
CREATE INDEX IF NOT EXISTS idx_audit_log_chain_created_at ON audit_log_chain(created_at DESC);

CREATE TRIGGER IF NOT EXISTS audit_log_chain_no_update
  BEFORE UPDATE ON audit_log_chain
  FOR EACH ROW
  BEGIN
    SELECT RAISE(ABORT, 'audit_log_chain is append-only: UPDATE forbidden');
  END;

CREATE TRIGGER IF NOT EXISTS audit_log_chain_no_delete
  BEFORE DELETE ON audit_log_chain
  FOR EACH ROW
  BEGIN
    SELECT RAISE(ABORT, 'audit_log_chain is append-only: DELETE forbidden');
  END;

-- ==================== DOWN ====================

-- Reverting drops the whole audit trail: only for a database that has no history yet.
DROP TRIGGER IF EXISTS audit_log_chain_no_delete;
DROP TRIGGER IF EXISTS audit_log_chain_no_update;
DROP INDEX IF EXISTS idx_audit_log_chain_created_at;
DROP INDEX IF EXISTS idx_audit_log_chain_event_type;
DROP TABLE IF EXISTS audit_log_chain;
