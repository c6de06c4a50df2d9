-- Where the year-end report takes its statistics from: the office's own data, or (an upper office)
-- the roll-up of its lower offices' packages. Owned by the reports domain.
ALTER TABLE reports ADD COLUMN figures_from TEXT NOT NULL DEFAULT 'own' CHECK (figures_from IN ('own', 'rollup'));
