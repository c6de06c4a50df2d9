-- Mức lương cơ sở 2.530.000 đồng/tháng from 01/07/2026 (Nghị định 161/2026/NĐ-CP ngày 15/05/2026,
-- khoản 2 Điều 3). Added unless the office already entered its own row from that date; awards
-- already decided keep the money they stored. The 2024 row gets its full legal basis when it still
-- has the text this app shipped.
INSERT INTO base_salaries (effective_from, amount, legal_basis)
SELECT '2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP ngày 15/05/2026, khoản 2 Điều 3'
 WHERE NOT EXISTS (SELECT 1 FROM base_salaries WHERE effective_from = '2026-07-01');

UPDATE base_salaries SET legal_basis = 'Nghị định 73/2024/NĐ-CP ngày 30/06/2024, khoản 2 Điều 3'
 WHERE effective_from = '2024-07-01' AND amount = 2340000 AND legal_basis = 'Nghị định 73/2024/NĐ-CP';
