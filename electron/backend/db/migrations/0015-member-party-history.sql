-- Party membership over time: a row says from which day a member is (1) or is not (0) a Party
-- member. A member without rows has been what members.party_member says all along; the first
-- change writes the value before it (from 0001-01-01) and the new one from its date.

CREATE TABLE member_party_history (
  id           INTEGER PRIMARY KEY,
  member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  valid_from   TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  party_member INTEGER NOT NULL CHECK (party_member IN (0, 1)),
  UNIQUE (member_id, valid_from)
) STRICT;
