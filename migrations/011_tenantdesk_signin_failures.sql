-- Migration: failed sign-ins, counted where every program that signs in sees them.
-- TenantDesk and tenantctl slow down guessing with a delay that grows with each failed
-- sign-in. The counter lives in this database, so it holds across processes and machines;
-- both tables are TenantDesk's own (aistack's tables are not changed). A subject is a user's
-- id, or "login:" and a keyed hash of a name that matches no user: a password typed into the
-- name field is never stored. Rows older than a day are removed by the next failure.

-- ==================== UP ====================

CREATE TABLE IF NOT EXISTS tenantdesk_signin_failures (
  subject TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_tenantdesk_signin_failures_last
  ON tenantdesk_signin_failures(last_failure_at);

-- The key of the hash of unknown names: random per database, so names cannot be looked up
-- in precomputed tables. TenantDesk stores it at the first failed sign-in with an unknown
-- name (the migration changes the schema only).
CREATE TABLE IF NOT EXISTS tenantdesk_secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);

-- ==================== DOWN ====================

DROP TABLE IF EXISTS tenantdesk_secrets;
DROP INDEX IF EXISTS idx_tenantdesk_signin_failures_last;
DROP TABLE IF EXISTS tenantdesk_signin_failures;
