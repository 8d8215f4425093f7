-- Fixture: the second statement names a table that does not exist.
-- ==================== UP ====================
CREATE TABLE tags (name TEXT PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
-- ==================== DOWN ====================
DROP TABLE tags;
