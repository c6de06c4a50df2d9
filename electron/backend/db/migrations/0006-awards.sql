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

-- The default catalogue (editable by the user). Coefficients: Nghị định 98/2023/NĐ-CP until
-- 30/06/2025, Nghị định 152/2025/NĐ-CP from 01/07/2025. `collective` is set where the kind is
-- for collectives only; NULL means twice the individual coefficient.
INSERT INTO award_kinds (category, code, name, issuer_level, recipient_kind, position, created_at, updated_at) VALUES
  ('title', 'CSTDCS',   'Chiến sĩ thi đua cơ sở',                                'own_office',          'individual', 10, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'LDTT',     'Lao động tiên tiến',                                    'own_office',          'individual', 20, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'TTLDXS',   'Tập thể lao động xuất sắc',                             'own_office',          'collective', 30, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'TTLDTT',   'Tập thể lao động tiên tiến',                            'own_office',          'collective', 40, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'DVCDXS',   'Đoàn viên công đoàn xuất sắc',                          'own_office',          'individual', 50, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'CDCSVM',   'CĐCS vững mạnh',                                        'own_office',          'collective', 60, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'CTD-TLD',  'Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam',       'national',            'collective', 70, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'CTD-UBND', 'Cờ thi đua của Ủy ban nhân dân thành phố',              'province_government', 'collective', 80, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('title', 'CTD-LDLD', 'Cờ thi đua của Liên đoàn Lao động thành phố',           'province',            'collective', 90, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'BK-TLD',   'Bằng khen của Tổng Liên đoàn Lao động Việt Nam',        'national',            'both',       110, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'BK-UBND',  'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố',      'province_government', 'both',       120, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'BK-LDLD',  'Bằng khen của Liên đoàn Lao động thành phố',            'province',            'both',       130, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'GK',       'Giấy khen',                                             'own_office',          'both',       140, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'GK-CDCS',  'Giấy khen của Công đoàn cơ sở',                         'grassroots',          'both',       150, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'KNC',      'Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn', 'national',           'individual', 160, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
  ('form',  'BLDST',    'Bằng Lao động sáng tạo',                                'national',            'both',       170, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');

INSERT INTO award_coefficients (award_kind_id, effective_from, individual, collective, legal_basis)
SELECT k.id, c.effective_from, c.individual, c.collective, c.legal_basis
  FROM (
    SELECT 'CSTDCS' AS code, '2023-12-31' AS effective_from, 1.0 AS individual, NULL AS collective, 'Nghị định 98/2023/NĐ-CP' AS legal_basis
    UNION ALL SELECT 'LDTT',     '2023-12-31', 0.3,  NULL, 'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'TTLDXS',   '2023-12-31', 1.5,  1.5,  'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'TTLDTT',   '2023-12-31', 0.8,  0.8,  'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'CTD-TLD',  '2023-12-31', 8.0,  8.0,  'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'CTD-UBND', '2023-12-31', 8.0,  8.0,  'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'CTD-LDLD', '2023-12-31', 8.0,  8.0,  'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'BK-TLD',   '2023-12-31', 1.0,  NULL, 'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'BK-UBND',  '2023-12-31', 1.0,  NULL, 'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'BK-LDLD',  '2023-12-31', 1.0,  NULL, 'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'GK',       '2023-12-31', 0.15, NULL, 'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'GK-CDCS',  '2023-12-31', 0.15, NULL, 'Nghị định 98/2023/NĐ-CP'
    UNION ALL SELECT 'CSTDCS',   '2025-07-01', 1.0,  NULL, 'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'LDTT',     '2025-07-01', 0.3,  NULL, 'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'TTLDXS',   '2025-07-01', 1.5,  1.5,  'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'TTLDTT',   '2025-07-01', 0.8,  0.8,  'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'CTD-TLD',  '2025-07-01', 8.0,  8.0,  'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'CTD-UBND', '2025-07-01', 8.0,  8.0,  'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'CTD-LDLD', '2025-07-01', 8.0,  8.0,  'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'BK-TLD',   '2025-07-01', 1.5,  NULL, 'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'BK-UBND',  '2025-07-01', 1.5,  NULL, 'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'BK-LDLD',  '2025-07-01', 1.5,  NULL, 'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'GK',       '2025-07-01', 0.3,  NULL, 'Nghị định 152/2025/NĐ-CP'
    UNION ALL SELECT 'GK-CDCS',  '2025-07-01', 0.3,  NULL, 'Nghị định 152/2025/NĐ-CP'
  ) c JOIN award_kinds k ON k.code = c.code;
