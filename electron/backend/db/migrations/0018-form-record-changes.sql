-- What a returned Mẫu 1 changed in its CĐCS's dated records (workers, women) as at the cut-off:
-- the office's value before and the form's after, shown in the import result and the CĐCS's figures.
CREATE TABLE form_record_changes (
  return_id INTEGER NOT NULL REFERENCES form_returns (id) ON DELETE CASCADE,
  code      TEXT NOT NULL,                       -- the figure's code, e.g. workers.total
  before    INTEGER,                             -- NULL: the office had no value
  after     INTEGER NOT NULL CHECK (after >= 0),
  PRIMARY KEY (return_id, code)
) WITHOUT ROWID, STRICT;
