-- Fixture: a good first migration.
-- ==================== UP ====================
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO notes (body) VALUES ('first; note');
-- ==================== DOWN ====================
DROP TABLE notes;
