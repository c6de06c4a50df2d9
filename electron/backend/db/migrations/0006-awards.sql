-- Awards (khen thưởng): the catalogue of titles and forms with dated money coefficients, decisions
-- (ours and the upper levels'), and the awards they grant. Owned by the awards domain.

-- Titles (danh hiệu) and forms of reward (hình thức) are kept apart by `category`.
CREATE TABLE award_kinds (
  id             INTEGER PRIMARY KEY,
  category       TEXT NOT NULL CHECK (category IN ('title', 'form')),
  code           TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),   -- e.g. "GK-CS", "LDTT"
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),          -- "Giấy khen", "Lao động tiên tiến"
  issuer_level   TEXT NOT NULL CHECK (issuer_level IN ('national', 'government', 'province_government', 'province', 'own_office', 'grassroots')),
  -- national = Tổng LĐLĐ VN, government = Chính phủ/Thủ tướng, province_government = UBND tỉnh/thành phố,
  -- province = LĐLĐ tỉnh/thành phố, own_office = our office, grassroots = a CĐCS
  recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective', 'both')),
  position       INTEGER NOT NULL DEFAULT 0,
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

-- Hệ số tiền thưởng, dated. `collective` NULL means twice the individual coefficient.
CREATE TABLE award_coefficients (
  id             INTEGER PRIMARY KEY,
  award_kind_id  INTEGER NOT NULL REFERENCES award_kinds (id) ON DELETE CASCADE,
  effective_from TEXT NOT NULL,
  individual     REAL NOT NULL CHECK (individual >= 0),
  collective     REAL CHECK (collective IS NULL OR collective >= 0),
  legal_basis    TEXT NOT NULL DEFAULT '',
  UNIQUE (award_kind_id, effective_from)
) STRICT;

-- Quyết định khen thưởng: our own (issuer_level 'own_office') or an upper level's, e.g. the one
-- that approves a proposal.
CREATE TABLE award_decisions (
  id            INTEGER PRIMARY KEY,
  year          INTEGER NOT NULL,
  number        TEXT NOT NULL CHECK (length(trim(number)) > 0),   -- "123/QĐ-LĐLĐ"
  sequence      INTEGER,                                          -- 123, for the next-number suggestion
  decided_on    TEXT NOT NULL,
  issuer_level  TEXT NOT NULL CHECK (issuer_level IN ('national', 'government', 'province_government', 'province', 'own_office', 'grassroots')),
  issuer_name   TEXT NOT NULL DEFAULT '',
  signer_name   TEXT NOT NULL DEFAULT '',
  signer_title  TEXT NOT NULL DEFAULT '',      -- "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
  signer_block  TEXT NOT NULL DEFAULT '',      -- "TM. BAN THƯỜNG VỤ"
  scope         TEXT NOT NULL DEFAULT 'all_round' CHECK (scope IN ('all_round', 'thematic')),  -- toàn diện | chuyên đề
  campaign_id   INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
  form_kind_id  INTEGER REFERENCES award_kinds (id),   -- the decision's default form
  title_kind_id INTEGER REFERENCES award_kinds (id),   -- and title, if any
  subject       TEXT NOT NULL DEFAULT '',              -- "Về việc khen thưởng …"
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (issuer_level, number, decided_on)
) STRICT;

CREATE INDEX award_decisions_year ON award_decisions (year, issuer_level);

-- One award to one recipient. Money is frozen when decided: coefficient, base salary and amount
-- are stored, so a later change of the tables never rewrites it.
CREATE TABLE awards (
  id                     INTEGER PRIMARY KEY,
  decision_id            INTEGER NOT NULL REFERENCES award_decisions (id) ON DELETE CASCADE,
  year                   INTEGER NOT NULL,
  form_kind_id           INTEGER REFERENCES award_kinds (id),
  title_kind_id          INTEGER REFERENCES award_kinds (id),
  recipient_kind         TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective')),
  member_id              INTEGER REFERENCES members (id) ON DELETE SET NULL,
  organization_id        INTEGER REFERENCES organizations (id),
  recipient_name         TEXT NOT NULL CHECK (length(trim(recipient_name)) > 0),
  recipient_unit         TEXT NOT NULL DEFAULT '',     -- the person's unit as printed
  achievement            TEXT NOT NULL DEFAULT '',     -- thành tích
  coefficient            REAL,
  base_salary            INTEGER,
  amount                 INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),  -- đồng, rounded up to 10,000
  warning_override       TEXT NOT NULL DEFAULT '',     -- the reason given when a warning was overridden
  position               INTEGER NOT NULL DEFAULT 0,
  certificate_printed_at TEXT,
  created_at             TEXT NOT NULL,
  CHECK (form_kind_id IS NOT NULL OR title_kind_id IS NOT NULL)
) STRICT;

CREATE INDEX awards_decision ON awards (decision_id, position);
CREATE INDEX awards_year ON awards (year, form_kind_id);
CREATE INDEX awards_member ON awards (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX awards_organization ON awards (organization_id) WHERE organization_id IS NOT NULL;
