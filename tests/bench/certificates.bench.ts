import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/backend/backend';
import { makeDecision } from '../backend/certificates/fixtures';
import { fmt, report, time } from './measure';
import { withGrantedTarget } from '../../electron/backend/files/targets';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Thị', 'Văn', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quốc', 'Hữu'];
const GIVEN = ['Hương', 'Ước', 'Ánh', 'Dũng', 'Hằng', 'Tuấn', 'Nguyệt', 'Khải', 'Quỳnh', 'Thủy', 'Đạt', 'Yến', 'Lộc', 'Trường'];

/** Benchmark of the certificates slice; prints figures with report() from ./measure, never asserts a time. */
export async function benchCertificates(workDir: string): Promise<void> {
  const dataDir = path.join(workDir, 'certificates');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const backend = openBackend({ dataDir });
  try {
    const init = await backend.invoke('settings:update', { 'office.placeName': 'Hà Nội' });
    if (!init.ok) throw new Error(init.error.message);
    const recipients = Array.from({ length: 500 }, (_, i) => ({
      name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 11) % GIVEN.length]}`,
      unit: `Công đoàn cơ sở Trường Trung học cơ sở số ${i + 1} phường Đống Đa`,
      achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, lao động sáng tạo" và xây dựng tổ chức công đoàn vững mạnh năm 2025',
    }));
    const { decisionId } = makeDecision(path.join(dataDir, 'uniondesk.db'), { recipients });
    const out = path.join(dataDir, 'bench-500.pdf');
    const run = await time(async () => {
      const result = await backend.invoke('certificates:print', withGrantedTarget({ decisionId, target: out }));
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { pages: number };
    });
    const bytes = fs.statSync(out).size;
    report([
      ['certificates (pages)', String(run.value.pages)],
      ['500 certificates to one PDF (s)', `${fmt(run.ms / 1000, 2)}  (target ≤ 10)`],
      ['PDF size (MB)', `${fmt(bytes / 1e6, 2)}  (target ≤ 2; Tinos embedded once per face, subset)`],
    ]);
  } finally {
    backend.close();
  }
}
