-- The import history that can be undone: each committed import with what it changed, recorded while
-- it ran — the rows it added (as ranges of row ids) and the rows it changed or deleted (their
-- before-images). Owned by the imports domain.

CREATE TABLE import_runs (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (length(kind) > 0),   -- members | unions | awards | …
  file        TEXT NOT NULL,
  imported    INTEGER NOT NULL CHECK (imported >= 0),
  updated     INTEGER NOT NULL CHECK (updated >= 0),
  audit_id    INTEGER NOT NULL,                          -- the last audit row written by the import
  fingerprint TEXT NOT NULL,                             -- of the rows as the import left them
  undone_at   TEXT
) STRICT;

CREATE TABLE import_run_rows (
  run_id   INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  tbl      TEXT NOT NULL,
  op       TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  row_from INTEGER NOT NULL,
  row_to   INTEGER NOT NULL CHECK (row_to >= row_from),
  before   TEXT CHECK ((op = 'insert') = (before IS NULL)),  -- JSON of the whole row
  PRIMARY KEY (run_id, seq)
) STRICT;
