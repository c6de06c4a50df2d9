-- Members (đoàn viên), their movement history and the search keys.

CREATE TABLE members (
  id               INTEGER PRIMARY KEY,
  organization_id  INTEGER NOT NULL REFERENCES organizations (id),  -- the CĐCS they belong to now
  full_name        TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
  family_name      TEXT NOT NULL DEFAULT '',
  middle_name      TEXT NOT NULL DEFAULT '',
  given_name       TEXT NOT NULL DEFAULT '',
  name_fold        TEXT NOT NULL,
  sort_key         TEXT NOT NULL,   -- official order: given name, family name, middle name
  birth_date       TEXT CHECK (birth_date IS NULL OR length(birth_date) IN (4, 10)),  -- 'YYYY' or 'YYYY-MM-DD'
  sex              TEXT CHECK (sex IN ('male', 'female')),
  ethnicity        TEXT NOT NULL DEFAULT '',
  religion         TEXT NOT NULL DEFAULT '',
  hometown         TEXT NOT NULL DEFAULT '',
  cccd             TEXT CHECK (cccd IS NULL OR (length(cccd) = 12 AND cccd NOT GLOB '*[^0-9]*')),
  cccd_issued_on   TEXT,
  cccd_issued_by   TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  education        TEXT NOT NULL DEFAULT '',
  qualification    TEXT NOT NULL DEFAULT '',
  political_theory TEXT NOT NULL DEFAULT '',
  party_member     INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1)),
  occupation       TEXT NOT NULL DEFAULT '',
  union_position   TEXT NOT NULL DEFAULT 'none'
                   CHECK (union_position IN ('chair', 'vice_chair', 'executive_member', 'inspection_member', 'group_leader', 'group_deputy', 'none')),
  joined_on        TEXT,
  card_number      TEXT NOT NULL DEFAULT '',
  card_issued_on   TEXT,
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'transferred_out', 'left', 'deceased')),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX members_order ON members (sort_key, id);
CREATE INDEX members_union_order ON members (organization_id, sort_key, id);
CREATE INDEX members_status_order ON members (status, sort_key, id);
CREATE INDEX members_union_status ON members (organization_id, status);
CREATE INDEX members_cccd ON members (cccd) WHERE cccd IS NOT NULL;
CREATE INDEX members_name_birth ON members (name_fold, birth_date);

-- Kết nạp, chuyển đến, chuyển đi, ra khỏi tổ chức, từ trần: appended, never rewritten.
CREATE TABLE member_movements (
  id                   INTEGER PRIMARY KEY,
  member_id            INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  kind                 TEXT NOT NULL CHECK (kind IN ('admitted', 'transferred_in', 'transferred_out', 'left', 'deceased')),
  date                 TEXT NOT NULL,
  decision_no          TEXT NOT NULL DEFAULT '',
  from_organization_id INTEGER REFERENCES organizations (id),
  to_organization_id   INTEGER REFERENCES organizations (id),
  note                 TEXT NOT NULL DEFAULT '',   -- e.g. the outside union a member came from
  created_at           TEXT NOT NULL
) STRICT;

CREATE INDEX member_movements_member ON member_movements (member_id, date);
CREATE INDEX member_movements_kind_date ON member_movements (kind, date);

-- Every word-suffix of the folded name ("nguyen van duc", "van duc", "duc"), the CCCD, the card
-- number and the phone: a prefix search is one B-tree range scan (see README, "Search").
-- Derived data: the members repository recomputes a member's keys on every write.
CREATE TABLE member_search_keys (
  key       TEXT NOT NULL,
  member_id INTEGER NOT NULL,
  PRIMARY KEY (key, member_id)
) STRICT, WITHOUT ROWID;
