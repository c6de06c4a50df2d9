-- Proposals upward (đề nghị khen thưởng): a list sent to the upper level with its cover letter
-- (tờ trình); each row is proposed, then approved or rejected. Owned by the proposals domain.

CREATE TABLE award_proposals (
  id              INTEGER PRIMARY KEY,
  year            INTEGER NOT NULL,
  number          TEXT NOT NULL DEFAULT '',       -- the cover letter's number, "25/TTr-LĐLĐ"
  submitted_on    TEXT,
  to_issuer_level TEXT NOT NULL CHECK (to_issuer_level IN ('national', 'government', 'province_government', 'province')),
  form_kind_id    INTEGER REFERENCES award_kinds (id),
  title_kind_id   INTEGER REFERENCES award_kinds (id),
  scope           TEXT NOT NULL DEFAULT 'all_round' CHECK (scope IN ('all_round', 'thematic')),
  campaign_id     INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
  subject         TEXT NOT NULL DEFAULT '',
  body            TEXT NOT NULL DEFAULT '',       -- the cover letter's text
  signer_name     TEXT NOT NULL DEFAULT '',
  signer_title    TEXT NOT NULL DEFAULT '',
  signer_block    TEXT NOT NULL DEFAULT '',
  addressee       TEXT NOT NULL DEFAULT '',       -- "Kính gửi: Ban Thường vụ LĐLĐ thành phố …"
  recipients      TEXT NOT NULL DEFAULT '',       -- Nơi nhận, one per line
  theme_cap       INTEGER NOT NULL DEFAULT 4 CHECK (theme_cap >= 0),  -- the upper level's cap of thematic proposals per theme
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX award_proposals_year ON award_proposals (year);

CREATE TABLE award_proposal_items (
  id                 INTEGER PRIMARY KEY,
  proposal_id        INTEGER NOT NULL REFERENCES award_proposals (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL DEFAULT 0,
  recipient_kind     TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective')),
  member_id          INTEGER REFERENCES members (id) ON DELETE SET NULL,
  organization_id    INTEGER REFERENCES organizations (id),
  recipient_name     TEXT NOT NULL CHECK (length(trim(recipient_name)) > 0),
  recipient_unit     TEXT NOT NULL DEFAULT '',
  achievement        TEXT NOT NULL DEFAULT '',
  source             TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'cluster_rank', 'initiative', 'award')),
  status             TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  upper_decision_id  INTEGER REFERENCES award_decisions (id) ON DELETE SET NULL,
  award_id           INTEGER REFERENCES awards (id) ON DELETE SET NULL,
  reason             TEXT NOT NULL DEFAULT '',   -- why rejected, as the upper level said
  note               TEXT NOT NULL DEFAULT '',   -- Ghi chú of the list
  decided_at         TEXT
) STRICT;

CREATE INDEX award_proposal_items_proposal ON award_proposal_items (proposal_id, position);
CREATE INDEX award_proposal_items_member ON award_proposal_items (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX award_proposal_items_organization ON award_proposal_items (organization_id) WHERE organization_id IS NOT NULL;
