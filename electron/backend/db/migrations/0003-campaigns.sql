-- Emulation campaigns (phong trào thi đua), who registered for them, and what they produced.
-- Owned by the campaigns domain; other domains (statistics, targets, awards, the report) read it.

CREATE TABLE campaigns (
  id            INTEGER PRIMARY KEY,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind          TEXT NOT NULL CHECK (kind IN ('regular', 'thematic', 'peak')),  -- thường xuyên | chuyên đề | đợt cao điểm
  starts_on     TEXT,
  ends_on       TEXT,
  plan_number   TEXT NOT NULL DEFAULT '',   -- "80/KH-LĐLĐ"
  plan_date     TEXT,
  launched_by   TEXT NOT NULL DEFAULT 'own_office'
                CHECK (launched_by IN ('own_office', 'upper', 'national', 'government', 'other')),
  launcher_name TEXT NOT NULL DEFAULT '',   -- e.g. "Thủ tướng Chính phủ" when launched_by = 'other'
  goals         TEXT NOT NULL DEFAULT '',
  target_groups TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
) STRICT;

CREATE INDEX campaigns_year ON campaigns (year, kind);

-- Đăng ký thi đua: a CĐCS, or a person (member_id or a typed name), registers for something.
CREATE TABLE campaign_registrations (
  id              INTEGER PRIMARY KEY,
  campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  organization_id INTEGER REFERENCES organizations (id),
  member_id       INTEGER REFERENCES members (id) ON DELETE SET NULL,
  person_name     TEXT NOT NULL DEFAULT '',
  registered_on   TEXT,
  commitment      TEXT NOT NULL DEFAULT '',  -- what they registered for
  CHECK (organization_id IS NOT NULL OR member_id IS NOT NULL OR length(person_name) > 0)
) STRICT;

CREATE INDEX campaign_registrations_campaign ON campaign_registrations (campaign_id);

-- Công trình, phần việc.
CREATE TABLE campaign_works (
  id              INTEGER PRIMARY KEY,
  campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  organization_id INTEGER REFERENCES organizations (id),
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  level           TEXT NOT NULL CHECK (level IN ('grassroots', 'upper')),
  value           INTEGER CHECK (value IS NULL OR value >= 0),   -- đồng
  status          TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('planned', 'in_progress', 'completed')),
  plaque          INTEGER NOT NULL DEFAULT 0 CHECK (plaque IN (0, 1)),  -- chọn gắn biển
  completed_on    TEXT,
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX campaign_works_campaign ON campaign_works (campaign_id, level);

-- Sáng kiến.
CREATE TABLE initiatives (
  id              INTEGER PRIMARY KEY,
  campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  organization_id INTEGER REFERENCES organizations (id),
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
  recognized_on   TEXT,
  value           INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),  -- giá trị làm lợi, đồng
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX initiatives_campaign ON initiatives (campaign_id);
CREATE INDEX initiatives_recognized ON initiatives (recognized_on);

CREATE TABLE initiative_authors (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  member_id     INTEGER REFERENCES members (id) ON DELETE SET NULL,
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0)  -- kept even when the member is gone
) STRICT;

CREATE INDEX initiative_authors_initiative ON initiative_authors (initiative_id);
CREATE INDEX initiative_authors_member ON initiative_authors (member_id) WHERE member_id IS NOT NULL;

-- Hội thi (thợ giỏi …) and its entries: one row per contestant (a person or an enterprise).
CREATE TABLE contests (
  id          INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  held_from   TEXT,
  held_to     TEXT,
  note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX contests_campaign ON contests (campaign_id);

CREATE TABLE contest_entries (
  id              INTEGER PRIMARY KEY,
  contest_id      INTEGER NOT NULL REFERENCES contests (id) ON DELETE CASCADE,
  trade           TEXT NOT NULL DEFAULT '',          -- nghề thi
  contestant_kind TEXT NOT NULL DEFAULT 'individual' CHECK (contestant_kind IN ('individual', 'collective')),
  member_id       INTEGER REFERENCES members (id) ON DELETE SET NULL,
  contestant_name TEXT NOT NULL CHECK (length(trim(contestant_name)) > 0),
  organization_id INTEGER REFERENCES organizations (id),
  enterprise_name TEXT NOT NULL DEFAULT '',          -- the contestant's enterprise, in or out of our records
  district_name   TEXT NOT NULL DEFAULT '',
  result          TEXT NOT NULL DEFAULT 'none' CHECK (result IN ('first', 'second', 'third', 'consolation', 'none')),
  prize_amount    INTEGER NOT NULL DEFAULT 0 CHECK (prize_amount >= 0)  -- đồng
) STRICT;

CREATE INDEX contest_entries_contest ON contest_entries (contest_id);

-- Tôn vinh ("Công nhân giỏi", "Chủ tịch CĐCS tiêu biểu" …).
CREATE TABLE campaign_honours (
  id              INTEGER PRIMARY KEY,
  campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
  recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective')),
  member_id       INTEGER REFERENCES members (id) ON DELETE SET NULL,
  organization_id INTEGER REFERENCES organizations (id),
  recipient_name  TEXT NOT NULL CHECK (length(trim(recipient_name)) > 0),
  honoured_on     TEXT,
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX campaign_honours_campaign ON campaign_honours (campaign_id);
