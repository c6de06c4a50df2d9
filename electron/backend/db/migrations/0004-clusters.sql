-- Clusters and blocks (cụm, khối thi đua) of a year, their pledge, the scoring tables, the agreed
-- scores and the ratings they give. Owned by the clusters domain.

CREATE TABLE clusters (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind       TEXT NOT NULL DEFAULT 'cluster' CHECK (kind IN ('cluster', 'block')),
  -- own_unions: our office groups its CĐCS; peers: our office among its peer offices
  scope      TEXT NOT NULL DEFAULT 'own_unions' CHECK (scope IN ('own_unions', 'peers')),
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (year, name)
) STRICT;

-- A unit of the cluster: one of our records (organization_id) or a peer entered by name.
CREATE TABLE cluster_members (
  id              INTEGER PRIMARY KEY,
  cluster_id      INTEGER NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  organization_id INTEGER REFERENCES organizations (id),
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),  -- the unit's name as printed
  role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'deputy', 'member')),  -- cụm trưởng | cụm phó
  position        INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id, position);
CREATE UNIQUE INDEX cluster_members_org ON cluster_members (cluster_id, organization_id) WHERE organization_id IS NOT NULL;

-- Giao ước thi đua: signed once a year per cluster.
CREATE TABLE cluster_pledges (
  cluster_id   INTEGER PRIMARY KEY REFERENCES clusters (id) ON DELETE CASCADE,
  number       TEXT NOT NULL DEFAULT '',
  signed_on    TEXT,
  place        TEXT NOT NULL DEFAULT '',
  body         TEXT NOT NULL DEFAULT '',   -- the pledge's text (plain text, paragraphs by blank lines)
  updated_at   TEXT NOT NULL
) STRICT;

-- A criteria table (bảng tiêu chí chấm điểm) for a year, for one cluster or for the whole office.
CREATE TABLE score_sheets (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  cluster_id  INTEGER REFERENCES clusters (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- how ties are broken, in order, e.g. ["agreed_total","deductions_asc","bonus_desc","name"]
  tie_rules   TEXT NOT NULL DEFAULT '["agreed_total","deductions_asc","bonus_desc","name"]',
  flag_count  INTEGER NOT NULL DEFAULT 1 CHECK (flag_count >= 0),  -- how many top units are proposed for the flag
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX score_sheets_year ON score_sheets (year, cluster_id);

-- Rows of the table: sections (no points of their own), criteria, bonus and deduction lines.
CREATE TABLE score_criteria (
  id          INTEGER PRIMARY KEY,
  sheet_id    INTEGER NOT NULL REFERENCES score_sheets (id) ON DELETE CASCADE,
  parent_id   INTEGER REFERENCES score_criteria (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('section', 'criterion', 'bonus', 'deduction')),
  code        TEXT NOT NULL DEFAULT '',    -- TT as printed: "I", "1", "1.2"
  content     TEXT NOT NULL CHECK (length(trim(content)) > 0),
  condition   TEXT NOT NULL DEFAULT '',    -- điều kiện chấm điểm
  evidence    TEXT NOT NULL DEFAULT '',    -- văn bản chứng minh
  max_points  REAL NOT NULL DEFAULT 0 CHECK (max_points >= 0),
  levels      TEXT NOT NULL DEFAULT '[]'   -- graded levels, JSON [{"label","points"}]
) STRICT;

CREATE INDEX score_criteria_sheet ON score_criteria (sheet_id, position);

-- Classification bands (≥ 90 "vững mạnh" …); validated for gaps and overlaps before saving.
CREATE TABLE score_bands (
  id         INTEGER PRIMARY KEY,
  sheet_id   INTEGER NOT NULL REFERENCES score_sheets (id) ON DELETE CASCADE,
  rating     TEXT NOT NULL,               -- a union_ratings.rating value, or a free label for peers
  label      TEXT NOT NULL,
  min_points REAL NOT NULL,
  max_points REAL NOT NULL,               -- inclusive
  CHECK (max_points >= min_points)
) STRICT;

CREATE INDEX score_bands_sheet ON score_bands (sheet_id, min_points);

CREATE TABLE scores (
  id                INTEGER PRIMARY KEY,
  criterion_id      INTEGER NOT NULL REFERENCES score_criteria (id) ON DELETE CASCADE,
  cluster_member_id INTEGER NOT NULL REFERENCES cluster_members (id) ON DELETE CASCADE,
  self_score        REAL,   -- điểm tự chấm
  agreed_score      REAL,   -- điểm thống nhất
  note              TEXT NOT NULL DEFAULT '',
  updated_at        TEXT NOT NULL,
  UNIQUE (criterion_id, cluster_member_id)
) STRICT;

CREATE INDEX scores_member ON scores (cluster_member_id);

-- The year's rating of a CĐCS (xếp loại): from scoring, or typed in. The statistics count these.
CREATE TABLE union_ratings (
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  year            INTEGER NOT NULL,
  rating          TEXT NOT NULL CHECK (rating IN ('strong', 'good', 'completed', 'not_completed')),
  -- strong = vững mạnh, good = hoàn thành tốt nhiệm vụ, completed = hoàn thành nhiệm vụ, not_completed = không hoàn thành
  source          TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('scoring', 'manual')),
  sheet_id        INTEGER REFERENCES score_sheets (id) ON DELETE SET NULL,
  points          REAL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (organization_id, year)
) STRICT;

CREATE INDEX union_ratings_year ON union_ratings (year, rating);
