-- Active members per CĐCS now, with the women and Party members among them: what the statistics of a
-- year used to count over every member row. Derived data, kept by the triggers below (members/bulk.ts
-- turns them off during bulk writes and rebuilds the table at their end); statistics/memberFigures.ts reads it.

CREATE TABLE member_counts (
  organization_id INTEGER NOT NULL PRIMARY KEY,
  total           INTEGER NOT NULL,
  female          INTEGER NOT NULL,
  party           INTEGER NOT NULL
) STRICT, WITHOUT ROWID;  -- without row ids, an import's undo does not record it (imports/tables.ts): the triggers put it back

INSERT INTO member_counts (organization_id, total, female, party)
SELECT organization_id, count(*), sum(sex IS 'female'), sum(party_member)
  FROM members WHERE status = 'active' GROUP BY organization_id;

CREATE TRIGGER members_counts_insert AFTER INSERT ON members WHEN new.status = 'active' BEGIN
  INSERT INTO member_counts (organization_id, total, female, party)
  VALUES (new.organization_id, 1, new.sex IS 'female', new.party_member)
  ON CONFLICT DO UPDATE SET total = total + 1, female = female + excluded.female, party = party + excluded.party;
END;

CREATE TRIGGER members_counts_delete AFTER DELETE ON members WHEN old.status = 'active' BEGIN
  UPDATE member_counts SET total = total - 1, female = female - (old.sex IS 'female'), party = party - old.party_member
   WHERE organization_id = old.organization_id;
  DELETE FROM member_counts WHERE organization_id = old.organization_id AND total = 0;
END;

CREATE TRIGGER members_counts_update AFTER UPDATE OF organization_id, status, sex, party_member ON members
  WHEN old.status = 'active' OR new.status = 'active' BEGIN
  UPDATE member_counts SET total = total - 1, female = female - (old.sex IS 'female'), party = party - old.party_member
   WHERE old.status = 'active' AND organization_id = old.organization_id;
  DELETE FROM member_counts WHERE old.status = 'active' AND organization_id = old.organization_id AND total = 0;
  INSERT INTO member_counts (organization_id, total, female, party)
  SELECT new.organization_id, 1, new.sex IS 'female', new.party_member WHERE new.status = 'active'
  ON CONFLICT DO UPDATE SET total = total + 1, female = female + excluded.female, party = party + excluded.party;
END;
