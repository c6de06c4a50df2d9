-- Dated facts of a CĐCS (workers, women workers, sector): a value holds from valid_from until the
-- next row of the same fact, so editing today's figure never moves a past cut-off. The first row
-- of a fact counts from the CĐCS's founding. organizations.workers_total/… keep the latest value.

CREATE TABLE organization_facts (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  fact            TEXT NOT NULL CHECK (fact IN ('workers_total', 'workers_female', 'sector')),
  valid_from      TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  value           ANY,
  UNIQUE (organization_id, fact, valid_from)
) STRICT;

INSERT INTO organization_facts (organization_id, fact, valid_from, value)
SELECT id, 'workers_total', coalesce(founded_on, substr(created_at, 1, 10)), workers_total FROM organizations
 WHERE level = 'grassroots' AND workers_total IS NOT NULL;
INSERT INTO organization_facts (organization_id, fact, valid_from, value)
SELECT id, 'workers_female', coalesce(founded_on, substr(created_at, 1, 10)), workers_female FROM organizations
 WHERE level = 'grassroots' AND workers_female IS NOT NULL;
INSERT INTO organization_facts (organization_id, fact, valid_from, value)
SELECT id, 'sector', coalesce(founded_on, substr(created_at, 1, 10)), sector FROM organizations
 WHERE level = 'grassroots' AND sector IS NOT NULL;
