import path from 'node:path';
import Database from 'better-sqlite3';
import { call, type useTempDirs } from '../../fixtures/backend';

export const RECIPIENTS = [
  { name: 'Nguyễn Thị Hương', unit: 'Công đoàn cơ sở Trường Tiểu học Đống Đa', achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2025' },
  { name: 'Đặng Văn Ước', unit: 'Công đoàn Công ty Cổ phần Dệt may Hòa Bình', achievement: 'Đã có thành tích tiêu biểu trong xây dựng tổ chức công đoàn vững mạnh' },
  { name: 'Trịnh Thị Ngọc Ánh', unit: 'Công đoàn Bệnh viện Đa khoa Quỳnh Lưu', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025' },
];

/** A form of reward, a decision and its awards, written straight into the awards tables. */
export function makeDecision(
  dbFile: string,
  options: { number?: string; decidedOn?: string; form?: string; recipients?: { name: string; unit: string; achievement: string }[] } = {},
): { decisionId: number; awardIds: number[]; formKindId: number } {
  const db = new Database(dbFile);
  try {
    const at = '2025-03-15T08:00:00.000Z';
    const form = options.form ?? 'Giấy khen';
    const code = form === 'Giấy khen' ? 'TEST-GK' : 'TEST-BK';
    const existing = db.prepare(`SELECT id FROM award_kinds WHERE category = 'form' AND name = ? ORDER BY id LIMIT 1`).pluck().get(form);
    if (existing === undefined) db.prepare(
      `INSERT OR IGNORE INTO award_kinds (category, code, name, issuer_level, recipient_kind, created_at, updated_at)
       VALUES ('form', ?, ?, 'own_office', 'both', ?, ?)`,
    ).run(code, form, at, at);
    const formKindId = (existing ?? db.prepare('SELECT id FROM award_kinds WHERE code = ?').pluck().get(code)) as number;
    const decidedOn = options.decidedOn ?? '2025-12-05';
    const decisionId = Number(
      db
        .prepare(
          `INSERT INTO award_decisions (year, number, sequence, decided_on, issuer_level, issuer_name, signer_name, signer_title, signer_block,
             form_kind_id, subject, created_at, updated_at)
           VALUES (?, ?, 123, ?, 'own_office', 'Liên đoàn Lao động quận Đống Đa', 'Trần Văn Minh', 'CHỦ TỊCH', 'TM. BAN THƯỜNG VỤ', ?, 'Về việc khen thưởng', ?, ?)`,
        )
        .run(Number(decidedOn.slice(0, 4)), options.number ?? '123/QĐ-LĐLĐ', decidedOn, formKindId, at, at).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO awards (decision_id, year, form_kind_id, recipient_kind, recipient_name, recipient_unit, achievement, position, created_at)
       VALUES (?, ?, ?, 'individual', ?, ?, ?, ?, ?)`,
    );
    const awardIds = db.transaction(() =>
      (options.recipients ?? RECIPIENTS).map((r, i) =>
        Number(insert.run(decisionId, Number(decidedOn.slice(0, 4)), formKindId, r.name, r.unit, r.achievement, i + 1, at).lastInsertRowid),
      ),
    )();
    return { decisionId, awardIds, formKindId };
  } finally {
    db.close();
  }
}

/** A fresh office in Hà Nội holding the sample decision (`makeDecision`), with the certificate templates it offers. */
export async function certificateOffice(temp: ReturnType<typeof useTempDirs>) {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'settings:update', { 'office.placeName': 'Hà Nội' });
  const made = makeDecision(path.join(dir, 'uniondesk.db'));
  const templates = await call(backend, 'certificates:templates', {});
  return { dir, backend, ...made, templates };
}
