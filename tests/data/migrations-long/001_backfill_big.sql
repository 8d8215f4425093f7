-- Fixture for the migration wizard's cancel test: a backfill long enough (a million rows,
-- then an index over them) to be cancelled from the GUI while a statement runs.

-- ==================== UP ====================

CREATE TABLE big (id INTEGER PRIMARY KEY, pad TEXT NOT NULL);

INSERT INTO big (id, pad)
  WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000)
  SELECT n, hex(randomblob(64)) FROM c;

CREATE INDEX idx_big_pad ON big(pad);

-- ==================== DOWN ====================

DROP INDEX IF EXISTS idx_big_pad;
DROP TABLE IF EXISTS big;
