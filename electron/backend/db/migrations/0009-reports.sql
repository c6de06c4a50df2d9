-- The year-end review report: a draft per year with its header and sections, typed-in and
-- overridden figures, and finalised versions frozen as snapshots. Owned by the reports domain.

CREATE TABLE reports (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  number       TEXT NOT NULL DEFAULT '',      -- "15/BC-LĐLĐ"
  issued_on    TEXT,
  place_name   TEXT NOT NULL DEFAULT '',
  recipients   TEXT NOT NULL DEFAULT '[]',    -- JSON array of lines (Nơi nhận)
  signer_block TEXT NOT NULL DEFAULT 'TM. BAN THƯỜNG VỤ',
  signer_title TEXT NOT NULL DEFAULT 'CHỦ TỊCH',
  signer_name  TEXT NOT NULL DEFAULT '',
  cutoff_on    TEXT,                          -- the statistics' cut-off date (default 30/11)
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE report_sections (
  id         INTEGER PRIMARY KEY,
  report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  position   INTEGER NOT NULL,
  level      INTEGER NOT NULL DEFAULT 1 CHECK (level IN (1, 2)),  -- 1: a part "I. …", 2: an area "1. …"
  heading    TEXT NOT NULL,
  html       TEXT NOT NULL DEFAULT '',        -- sanitised rich text
  updated_at TEXT NOT NULL,
  UNIQUE (report_id, key)
) STRICT;

-- A figure the data lacks (manual_value) or a computed one overridden (override_value + reason).
CREATE TABLE report_figures (
  report_id      INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  code           TEXT NOT NULL,
  manual_value   REAL,
  override_value REAL,
  reason         TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  updated_by     TEXT NOT NULL DEFAULT '',
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (report_id, code)
) STRICT;

CREATE TABLE report_versions (
  id           INTEGER PRIMARY KEY,
  report_id    INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  version      INTEGER NOT NULL,
  finalized_at TEXT NOT NULL,
  finalized_by TEXT NOT NULL DEFAULT '',
  snapshot     TEXT NOT NULL,                 -- JSON: header, sections, figures, charts as finalised
  UNIQUE (report_id, version)
) STRICT;
