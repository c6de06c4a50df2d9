-- The upper office's side: its lower offices (pinned keys), deadlines per year, the packages
-- received with their figures and CĐCS registers. Owned by the upperRollup domain.

CREATE TABLE lower_offices (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  public_key  TEXT,                           -- pinned by the first package (base64 SPKI DER)
  fingerprint TEXT,
  pinned_at   TEXT,
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE lower_office_deadlines (
  office_id INTEGER NOT NULL REFERENCES lower_offices (id) ON DELETE CASCADE,
  year      INTEGER NOT NULL,
  due_on    TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  PRIMARY KEY (office_id, year)
) STRICT;

CREATE TABLE received_packages (
  id              INTEGER PRIMARY KEY,
  office_id       INTEGER NOT NULL REFERENCES lower_offices (id) ON DELETE CASCADE,
  package_id      TEXT NOT NULL,
  year            INTEGER NOT NULL,
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  cutoff_on       TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  manifest        TEXT NOT NULL,              -- JSON as signed
  file_name       TEXT NOT NULL,
  received_at     TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'received', 'returned')),
  reason          TEXT NOT NULL DEFAULT '',
  decided_at      TEXT,
  UNIQUE (office_id, year, revision)
) STRICT;

CREATE TABLE received_figures (
  package_id INTEGER NOT NULL REFERENCES received_packages (id) ON DELETE CASCADE,
  code       TEXT NOT NULL,
  position   INTEGER NOT NULL,
  section    TEXT NOT NULL,
  label      TEXT NOT NULL,
  unit       TEXT NOT NULL,
  value      REAL,
  last_year  REAL,
  source     TEXT NOT NULL,
  PRIMARY KEY (package_id, code)
) STRICT;

CREATE TABLE received_unions (
  package_id INTEGER NOT NULL REFERENCES received_packages (id) ON DELETE CASCADE,
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  sector     TEXT,
  members    INTEGER NOT NULL CHECK (members >= 0),
  women      INTEGER NOT NULL CHECK (women >= 0),
  rating     TEXT,
  PRIMARY KEY (package_id, code)
) STRICT;
