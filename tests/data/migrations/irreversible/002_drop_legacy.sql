-- Fixture: cannot be undone, the dropped data is gone.
-- ==================== UP ====================
CREATE TABLE legacy (x);
DROP TABLE legacy;
-- ==================== DOWN ====================
-- Irreversible: the legacy rows cannot be brought back.
