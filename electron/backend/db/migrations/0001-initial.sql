-- Settings, base salary, organisations with their dated management history, and the audit log.

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,            -- JSON
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE base_salaries (
  id             INTEGER PRIMARY KEY,
  effective_from TEXT NOT NULL UNIQUE CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount         INTEGER NOT NULL CHECK (amount > 0),  -- đồng
  legal_basis    TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO base_salaries (effective_from, amount, legal_basis)
VALUES ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP');

CREATE TABLE organizations (
  id                  INTEGER PRIMARY KEY,
  parent_id           INTEGER REFERENCES organizations (id),  -- the current manager; history below
  level               TEXT NOT NULL CHECK (level IN ('national', 'province', 'upper_grassroots', 'grassroots', 'sub_unit')),
  is_own_office       INTEGER NOT NULL DEFAULT 0 CHECK (is_own_office IN (0, 1)),
  code                TEXT UNIQUE,
  name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name          TEXT NOT NULL DEFAULT '',
  name_fold           TEXT NOT NULL,
  sector              TEXT CHECK (sector IN ('public_service', 'state_enterprise', 'private_enterprise', 'fdi_enterprise', 'professional_union')),
  province_code       TEXT,
  ward_name           TEXT NOT NULL DEFAULT '',
  address             TEXT NOT NULL DEFAULT '',
  founded_on          TEXT,
  founding_decision   TEXT NOT NULL DEFAULT '',
  dissolved_on        TEXT,
  dissolution_decision TEXT NOT NULL DEFAULT '',
  workers_total       INTEGER CHECK (workers_total IS NULL OR workers_total >= 0),
  workers_female      INTEGER CHECK (workers_female IS NULL OR workers_female >= 0),
  chair_name          TEXT NOT NULL DEFAULT '',
  phone               TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  CHECK (workers_female IS NULL OR workers_total IS NULL OR workers_female <= workers_total),
  CHECK (dissolved_on IS NULL OR founded_on IS NULL OR dissolved_on >= founded_on)
) STRICT;

CREATE UNIQUE INDEX organizations_one_own_office ON organizations (is_own_office) WHERE is_own_office = 1;
CREATE INDEX organizations_parent ON organizations (parent_id, level);
CREATE INDEX organizations_name_fold ON organizations (name_fold);

-- Which office manages a unit, and from when to when. A unit has at most one open row.
CREATE TABLE organization_management (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  manager_id      INTEGER NOT NULL REFERENCES organizations (id),
  valid_from      TEXT NOT NULL,
  valid_to        TEXT,
  decision_no     TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (manager_id <> organization_id)
) STRICT;

CREATE UNIQUE INDEX organization_management_open ON organization_management (organization_id) WHERE valid_to IS NULL;
CREATE INDEX organization_management_manager ON organization_management (manager_id, valid_from);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,         -- create | update | delete | move | import | restore …
  entity    TEXT NOT NULL,         -- table or domain name
  entity_id TEXT,
  before    TEXT,                  -- JSON
  after     TEXT                   -- JSON
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
