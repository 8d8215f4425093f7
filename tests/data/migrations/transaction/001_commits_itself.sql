-- Fixture: a script that manages its own transaction, which breaks atomicity.
-- ==================== UP ====================
CREATE TABLE a (x);
COMMIT;
BEGIN;
CREATE TABLE b (x);
-- ==================== DOWN ====================
DROP TABLE b;
DROP TABLE a;
