-- The member ledger kept as data: movements counted per half-year (01/12–31/05, 01/06–30/11: both
-- default cut-offs end one), kind and CĐCS pair, with the women and Party members among them by the
-- members' current sex and Party flag — what the statistics of a year used to rebuild from every
-- movement. Derived data, kept by the triggers below; statistics/memberLedger.ts reads it, and reads
-- raw movements only for a cut-off that is not a half-year's end. members/bulk.ts turns these
-- triggers off during bulk writes and rebuilds the ledger at their end.

CREATE TABLE member_movement_ledger (
  bucket   TEXT NOT NULL,      -- the half-year's last day, YYYY-05-31 or YYYY-11-30
  kind     TEXT NOT NULL,
  to_org   INTEGER NOT NULL,   -- to_organization_id, 0 for none
  from_org INTEGER NOT NULL,   -- from_organization_id, 0 for none
  n        INTEGER NOT NULL,
  female   INTEGER NOT NULL,
  party    INTEGER NOT NULL,
  PRIMARY KEY (bucket, kind, to_org, from_org)
) STRICT, WITHOUT ROWID;

INSERT INTO member_movement_ledger (bucket, kind, to_org, from_org, n, female, party)
SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
              WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END AS b, mv.kind, coalesce(mv.to_organization_id, 0), coalesce(mv.from_organization_id, 0),
       count(*), sum(coalesce(m.sex IS 'female', 0)), sum(coalesce(m.party_member, 0))
  FROM member_movements mv LEFT JOIN members m ON m.id = mv.member_id
 GROUP BY b, mv.kind, mv.to_organization_id, mv.from_organization_id;

CREATE TRIGGER member_movement_ledger_insert AFTER INSERT ON member_movements BEGIN
  INSERT INTO member_movement_ledger (bucket, kind, to_org, from_org, n, female, party)
  SELECT CASE WHEN substr(new.date, 6) <= '05-31' THEN substr(new.date, 1, 4) || '-05-31'
              WHEN substr(new.date, 6) <= '11-30' THEN substr(new.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(new.date, 1, 4) AS INTEGER) + 1) || '-05-31' END, new.kind, coalesce(new.to_organization_id, 0), coalesce(new.from_organization_id, 0), 1,
         coalesce(m.sex IS 'female', 0), coalesce(m.party_member, 0)
    FROM (SELECT 1) LEFT JOIN members m ON m.id = new.member_id
   WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1, female = female + excluded.female, party = party + excluded.party;
END;

CREATE TRIGGER member_movement_ledger_delete AFTER DELETE ON member_movements BEGIN
  UPDATE member_movement_ledger
     SET n = n - 1,
         female = female - coalesce((SELECT sex IS 'female' FROM members WHERE id = old.member_id), 0),
         party = party - coalesce((SELECT party_member FROM members WHERE id = old.member_id), 0)
   WHERE bucket = CASE WHEN substr(old.date, 6) <= '05-31' THEN substr(old.date, 1, 4) || '-05-31'
              WHEN substr(old.date, 6) <= '11-30' THEN substr(old.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(old.date, 1, 4) AS INTEGER) + 1) || '-05-31' END
     AND kind = old.kind AND to_org = coalesce(old.to_organization_id, 0) AND from_org = coalesce(old.from_organization_id, 0);
  DELETE FROM member_movement_ledger WHERE n = 0 AND bucket = CASE WHEN substr(old.date, 6) <= '05-31' THEN substr(old.date, 1, 4) || '-05-31'
              WHEN substr(old.date, 6) <= '11-30' THEN substr(old.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(old.date, 1, 4) AS INTEGER) + 1) || '-05-31' END
     AND kind = old.kind AND to_org = coalesce(old.to_organization_id, 0) AND from_org = coalesce(old.from_organization_id, 0);
END;

CREATE TRIGGER member_movement_ledger_update AFTER UPDATE OF member_id, kind, date, to_organization_id, from_organization_id ON member_movements BEGIN
  UPDATE member_movement_ledger
     SET n = n - 1,
         female = female - coalesce((SELECT sex IS 'female' FROM members WHERE id = old.member_id), 0),
         party = party - coalesce((SELECT party_member FROM members WHERE id = old.member_id), 0)
   WHERE bucket = CASE WHEN substr(old.date, 6) <= '05-31' THEN substr(old.date, 1, 4) || '-05-31'
              WHEN substr(old.date, 6) <= '11-30' THEN substr(old.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(old.date, 1, 4) AS INTEGER) + 1) || '-05-31' END
     AND kind = old.kind AND to_org = coalesce(old.to_organization_id, 0) AND from_org = coalesce(old.from_organization_id, 0);
  DELETE FROM member_movement_ledger WHERE n = 0 AND bucket = CASE WHEN substr(old.date, 6) <= '05-31' THEN substr(old.date, 1, 4) || '-05-31'
              WHEN substr(old.date, 6) <= '11-30' THEN substr(old.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(old.date, 1, 4) AS INTEGER) + 1) || '-05-31' END
     AND kind = old.kind AND to_org = coalesce(old.to_organization_id, 0) AND from_org = coalesce(old.from_organization_id, 0);
  INSERT INTO member_movement_ledger (bucket, kind, to_org, from_org, n, female, party)
  SELECT CASE WHEN substr(new.date, 6) <= '05-31' THEN substr(new.date, 1, 4) || '-05-31'
              WHEN substr(new.date, 6) <= '11-30' THEN substr(new.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(new.date, 1, 4) AS INTEGER) + 1) || '-05-31' END, new.kind, coalesce(new.to_organization_id, 0), coalesce(new.from_organization_id, 0), 1,
         coalesce(m.sex IS 'female', 0), coalesce(m.party_member, 0)
    FROM (SELECT 1) LEFT JOIN members m ON m.id = new.member_id
   WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1, female = female + excluded.female, party = party + excluded.party;
END;

-- A member's movements count them as a woman or a Party member by what the member row says now.
CREATE TRIGGER members_ledger_insert AFTER INSERT ON members BEGIN
  UPDATE member_movement_ledger
     SET female = female + (new.sex IS 'female') * x.n, party = party + (new.party_member) * x.n
    FROM (SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
              WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END AS bucket, mv.kind, coalesce(mv.to_organization_id, 0) AS to_org,
                 coalesce(mv.from_organization_id, 0) AS from_org, count(*) AS n
            FROM member_movements mv WHERE mv.member_id = new.id
           GROUP BY 1, 2, 3, 4) AS x
   WHERE member_movement_ledger.bucket = x.bucket AND member_movement_ledger.kind = x.kind
     AND member_movement_ledger.to_org = x.to_org AND member_movement_ledger.from_org = x.from_org;
END;

CREATE TRIGGER members_ledger_update AFTER UPDATE OF sex, party_member ON members
  WHEN (old.sex IS 'female') <> (new.sex IS 'female') OR old.party_member <> new.party_member BEGIN
  UPDATE member_movement_ledger
     SET female = female + ((new.sex IS 'female') - (old.sex IS 'female')) * x.n, party = party + (new.party_member - old.party_member) * x.n
    FROM (SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
              WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END AS bucket, mv.kind, coalesce(mv.to_organization_id, 0) AS to_org,
                 coalesce(mv.from_organization_id, 0) AS from_org, count(*) AS n
            FROM member_movements mv WHERE mv.member_id = new.id
           GROUP BY 1, 2, 3, 4) AS x
   WHERE member_movement_ledger.bucket = x.bucket AND member_movement_ledger.kind = x.kind
     AND member_movement_ledger.to_org = x.to_org AND member_movement_ledger.from_org = x.from_org;
END;

-- Before: the movements a deleted member takes with them (ON DELETE CASCADE) no longer find them.
CREATE TRIGGER members_ledger_delete BEFORE DELETE ON members BEGIN
  UPDATE member_movement_ledger
     SET female = female + (-(old.sex IS 'female')) * x.n, party = party + (-old.party_member) * x.n
    FROM (SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
              WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END AS bucket, mv.kind, coalesce(mv.to_organization_id, 0) AS to_org,
                 coalesce(mv.from_organization_id, 0) AS from_org, count(*) AS n
            FROM member_movements mv WHERE mv.member_id = old.id
           GROUP BY 1, 2, 3, 4) AS x
   WHERE member_movement_ledger.bucket = x.bucket AND member_movement_ledger.kind = x.kind
     AND member_movement_ledger.to_org = x.to_org AND member_movement_ledger.from_org = x.from_org;
END;
