-- Figures from the grassroots (Mẫu số 1-HĐCĐ): each form returned by a CĐCS for a period (its
-- cut-off, 31/5 or 30/11) with the figures it reported, and the office's dated list of sectors
-- (khối) it counts CĐCS by. Owned by the grassrootsForms domain.

-- A returned form. A second one for the same CĐCS and period replaces the first (replaced_at
-- set, the history keeps both); the current one is the row without replaced_at.
CREATE TABLE form_returns (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  period          TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source          TEXT NOT NULL CHECK (source IN ('file', 'typed')),
  file_name       TEXT NOT NULL DEFAULT '',
  catalogue       TEXT NOT NULL,                 -- the catalogue version it was read with
  received_at     TEXT NOT NULL,
  replaced_at     TEXT,
  received_by     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE UNIQUE INDEX form_returns_current ON form_returns (period, organization_id) WHERE replaced_at IS NULL;
CREATE INDEX form_returns_union ON form_returns (organization_id, period);

-- A figure a form reported. A blank cell is no row ("not reported"), never 0.
CREATE TABLE form_values (
  return_id INTEGER NOT NULL REFERENCES form_returns (id) ON DELETE CASCADE,
  code      TEXT NOT NULL,
  value     REAL NOT NULL CHECK (value >= 0),
  PRIMARY KEY (return_id, code)
) WITHOUT ROWID, STRICT;

-- The sectors (khối) the office counts CĐCS by: an editable, dated list.
CREATE TABLE union_sectors (
  code       TEXT NOT NULL,
  label      TEXT NOT NULL,
  position   INTEGER NOT NULL DEFAULT 0,
  valid_from TEXT NOT NULL DEFAULT '1900-01-01',
  valid_to   TEXT,
  PRIMARY KEY (code, valid_from),
  CHECK (valid_to IS NULL OR valid_to > valid_from)
) STRICT;

INSERT INTO union_sectors (code, label, position) VALUES
  ('public_service', 'Khu vực hành chính sự nghiệp', 1),
  ('state_enterprise', 'Doanh nghiệp nhà nước', 2),
  ('private_enterprise', 'Doanh nghiệp ngoài nhà nước', 3),
  ('fdi_enterprise', 'Doanh nghiệp có vốn đầu tư nước ngoài', 4),
  ('professional_union', 'Nghiệp đoàn cơ sở', 5);
