-- Căn cứ ban hành quyết định khen thưởng, per issuer level and dated: a law is cited only on decisions
-- signed while it is in force (valid_from … valid_to, both inclusive, NULL = open). Editable in
-- Cài đặt; these are the defaults for our own office's decisions. Owned by the awards domain.
CREATE TABLE decision_bases (
  id           INTEGER PRIMARY KEY,
  issuer_level TEXT NOT NULL CHECK (issuer_level IN ('national', 'government', 'province_government', 'province', 'own_office', 'grassroots')),
  position     INTEGER NOT NULL DEFAULT 0,
  text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
  valid_from   TEXT CHECK (valid_from IS NULL OR valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  valid_to     TEXT CHECK (valid_to IS NULL OR valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;

CREATE INDEX decision_bases_issuer ON decision_bases (issuer_level, position);

-- Luật Công đoàn 2024 (Luật số 50/2024/QH15) took effect on 01/07/2025, replacing Luật Công đoàn 2012;
-- Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15) on 01/01/2024; Nghị định 98/2023/NĐ-CP from
-- 31/12/2023 until Nghị định 152/2025/NĐ-CP replaced it on 01/07/2025; the union's award regulation is
-- Quyết định 999/QĐ-TLĐ of 29/05/2024.
INSERT INTO decision_bases (issuer_level, position, text, valid_from, valid_to) VALUES
  ('own_office', 10, 'Căn cứ Luật Công đoàn năm 2012;', NULL, '2025-06-30'),
  ('own_office', 10, 'Căn cứ Luật Công đoàn năm 2024;', '2025-07-01', NULL),
  ('own_office', 20, 'Căn cứ Điều lệ Công đoàn Việt Nam;', NULL, NULL),
  ('own_office', 30, 'Căn cứ Luật Thi đua, khen thưởng năm 2003 và các Luật sửa đổi, bổ sung;', NULL, '2023-12-31'),
  ('own_office', 30, 'Căn cứ Luật Thi đua, khen thưởng năm 2022;', '2024-01-01', NULL),
  ('own_office', 40, 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;', '2023-12-31', '2025-06-30'),
  ('own_office', 40, 'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;', '2025-07-01', NULL),
  ('own_office', 50, 'Căn cứ Quyết định số 999/QĐ-TLĐ ngày 29/5/2024 của Tổng Liên đoàn Lao động Việt Nam ban hành Quy chế Khen thưởng của tổ chức Công đoàn;', '2024-05-29', NULL),
  ('own_office', 90, 'Xét đề nghị của Văn phòng và các ban,', NULL, NULL);
