-- A proposal as it was sent upward (tờ trình and list), numbered per proposal: approving or rejecting
-- rows later never rewrites what went up; a reprint shows the last copy sent. Owned by the proposals domain.
CREATE TABLE award_proposal_sends (
  id          INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES award_proposals (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL CHECK (version >= 1),
  sent_at     TEXT NOT NULL,
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),   -- {"proposal": …, "settings": …} as printed
  UNIQUE (proposal_id, version)
) STRICT;
