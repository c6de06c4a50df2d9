-- Targets (chỉ tiêu) of a year and care activities (chăm lo). Owned by the statistics domain.

-- A target assigned to our office by the upper level (assignee NULL), or by our office to one of
-- its CĐCS or clusters. `metric` names the computed figure that gives the actual (statistics
-- domain); a target without a metric, or whose metric the data lacks, takes a typed actual.
CREATE TABLE targets (
  id                       INTEGER PRIMARY KEY,
  year                     INTEGER NOT NULL,
  code                     TEXT NOT NULL CHECK (length(trim(code)) > 0),
  name                     TEXT NOT NULL CHECK (length(trim(name)) > 0),
  unit                     TEXT NOT NULL DEFAULT '',        -- đơn vị tính: "đoàn viên", "CĐCS", "%"
  target                   REAL NOT NULL CHECK (target >= 0),
  assigned_by              TEXT NOT NULL DEFAULT 'upper' CHECK (assigned_by IN ('upper', 'own_office')),
  assignee_organization_id INTEGER REFERENCES organizations (id) ON DELETE CASCADE,
  assignee_cluster_id      INTEGER REFERENCES clusters (id) ON DELETE CASCADE,
  metric                   TEXT,
  manual_actual            REAL,
  manual_by                TEXT,
  manual_at                TEXT,
  note                     TEXT NOT NULL DEFAULT '',
  position                 INTEGER NOT NULL DEFAULT 0,
  created_at               TEXT NOT NULL,
  updated_at               TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX targets_code ON targets (year, code, ifnull(assignee_organization_id, 0), ifnull(assignee_cluster_id, 0));

-- Chăm lo: Tết Sum vầy, Mái ấm Công đoàn, visits, support … as recorded by the office.
CREATE TABLE care_activities (
  id              INTEGER PRIMARY KEY,
  year            INTEGER NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('tet', 'shelter', 'sickness', 'hardship', 'scholarship', 'other')),
  -- tet = Tết Sum vầy / quà Tết, shelter = Mái ấm Công đoàn, sickness = thăm ốm đau, hardship = hỗ trợ khó khăn
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  held_on         TEXT,
  organization_id INTEGER REFERENCES organizations (id),
  people          INTEGER NOT NULL DEFAULT 0 CHECK (people >= 0),     -- lượt người được chăm lo
  amount          INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),     -- đồng
  note            TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL
) STRICT;

CREATE INDEX care_activities_year ON care_activities (year, kind);

-- Statistics (electron/backend/statistics), so the figures of a year over 1,000,000 members read
-- indexes only: members per CĐCS now; the movements per kind and CĐCS in index order, so one
-- pass groups them without sorting (memberLedger.ts); a moving member's sex and Party membership
-- without reading the wide row; "which office managed this CĐCS on a day".
CREATE INDEX members_statistics ON members (status, organization_id, sex, party_member);
CREATE INDEX members_sex_party ON members (id, sex, party_member);
CREATE INDEX member_movements_statistics ON member_movements (kind, to_organization_id, from_organization_id, date, member_id);
CREATE INDEX organization_management_unit ON organization_management (organization_id, valid_from);
CREATE INDEX targets_year ON targets (year, position);
CREATE INDEX care_activities_held ON care_activities (held_on);
