-- Proposals from below: the upper office keeps each received package's proposal rows, its own
-- decision on each row (by lower office and the lower office's row id, so a new revision keeps
-- it) and the draft award decision the approved rows became. The lower office keeps the outcome
-- each row got in the upper level's receipt. Owned by the upperRollup domain (the last table by upward).

CREATE TABLE received_proposal_rows (
  id              INTEGER PRIMARY KEY,
  package_id      INTEGER NOT NULL REFERENCES received_packages (id) ON DELETE CASCADE,
  lower_item_id   INTEGER NOT NULL,
  position        INTEGER NOT NULL,
  proposal_number TEXT NOT NULL DEFAULT '',
  submitted_on    TEXT,
  form_name       TEXT,
  title_name      TEXT,
  recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective')),
  recipient_name  TEXT NOT NULL,
  recipient_unit  TEXT NOT NULL DEFAULT '',
  achievement     TEXT NOT NULL DEFAULT '',
  UNIQUE (package_id, lower_item_id)
) STRICT;

CREATE TABLE upper_proposal_decisions (
  office_id     INTEGER NOT NULL REFERENCES lower_offices (id) ON DELETE CASCADE,
  lower_item_id INTEGER NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('approved', 'rejected')),
  reason        TEXT NOT NULL DEFAULT '',
  decided_at    TEXT NOT NULL,
  award_id      INTEGER REFERENCES awards (id) ON DELETE SET NULL,
  PRIMARY KEY (office_id, lower_item_id),
  CHECK (status = 'approved' OR length(trim(reason)) > 0)
) STRICT;

CREATE TABLE upper_draft_decisions (
  year        INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES award_decisions (id) ON DELETE CASCADE
) STRICT;

CREATE TABLE proposal_item_outcomes (
  item_id    INTEGER PRIMARY KEY REFERENCES award_proposal_items (id) ON DELETE CASCADE,
  status     TEXT NOT NULL CHECK (status IN ('approved', 'rejected')),
  reason     TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL,
  upper_name TEXT NOT NULL DEFAULT ''
) STRICT;
