-- Certificate templates (overlay onto pre-printed blanks), printer calibrations and the print log.
-- Owned by the certificates domain.

CREATE TABLE certificate_templates (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
  form_kind_id      INTEGER REFERENCES award_kinds (id) ON DELETE SET NULL,
  issuer_level      TEXT,
  paper             TEXT NOT NULL DEFAULT 'A4' CHECK (paper IN ('A4', 'A3', '400x300', 'custom')),
  width_mm          REAL NOT NULL CHECK (width_mm > 0),
  height_mm         REAL NOT NULL CHECK (height_mm > 0),    -- as printed (landscape: width > height)
  fields            TEXT NOT NULL DEFAULT '[]',             -- JSON: [{key, xMm, yMm, wMm, hMm, font, sizePt, align, wrap, bold, italic}]
  background        BLOB,                                   -- a scan of the blank, shown on screen, never printed
  background_mime   TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE printer_calibrations (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),   -- the printer, as the clerk calls it
  dx_mm      REAL NOT NULL DEFAULT 0,
  dy_mm      REAL NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE certificate_prints (
  id          INTEGER PRIMARY KEY,
  award_id    INTEGER NOT NULL REFERENCES awards (id) ON DELETE CASCADE,
  template_id INTEGER REFERENCES certificate_templates (id) ON DELETE SET NULL,
  printed_at  TEXT NOT NULL,
  dx_mm       REAL NOT NULL DEFAULT 0,
  dy_mm       REAL NOT NULL DEFAULT 0,
  reprint     INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1))
) STRICT;

CREATE INDEX certificate_prints_award ON certificate_prints (award_id);
