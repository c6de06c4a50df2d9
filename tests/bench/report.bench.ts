import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/backend/backend';
import { fmt, report, time } from './measure';
import { withGrantedTarget } from '../../electron/backend/files/targets';

const PARAGRAPH =
  'Trong năm, Ban Thường vụ đã tập trung chỉ đạo các công đoàn cơ sở đẩy mạnh phong trào thi đua, chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động; phối hợp với người sử dụng lao động tổ chức đối thoại, thương lượng, ký kết thỏa ước lao động tập thể, bảo đảm việc làm và thu nhập ổn định.';

function sectionHtml(i: number): string {
  const rows = Array.from({ length: 14 }, (_, r) => `<tr><td>${r + 1}</td><td>Nội dung ${i}.${r + 1} — Công đoàn cơ sở số ${r + 1}</td><td>${(r + 1) * 37}</td><td>${(r + 1) * 1_250_000}</td></tr>`).join('');
  return `${Array.from({ length: 11 }, () => `<p>${PARAGRAPH}</p>`).join('')}<ul><li>Tết Sum vầy</li><li>Mái ấm Công đoàn</li></ul><table><thead><tr><th>TT</th><th>Nội dung</th><th>Số lượng</th><th>Số tiền</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A ~30-page year-end report to PDF through the export path the CLI uses (reports:export). */
export async function benchReportPdf(workDir: string): Promise<void> {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((c) => fs.existsSync(c));
  if (!chromium && !process.env.UNIONDESK_CHROMIUM) {
    report([['report pdf', 'skipped: no Chromium found (set UNIONDESK_CHROMIUM)']]);
    return;
  }
  const dataDir = path.join(workDir, 'report-bench');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const backend = openBackend({ dataDir, actor: 'bench' });
  const invoke = async (channel: string, input: unknown) => {
    const result = await backend.invoke(channel, withGrantedTarget(input));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Record<string, unknown>;
  };
  try {
    await invoke('setup:start', { mode: 'demo', unions: 60, members: 3000, year: 2025, seed: 1 });
    const state = (await invoke('reports:create', { year: 2025, from: 'template' })) as { draft: { sections: { key: string }[] } };
    await invoke('reports:saveSections', { year: 2025, sections: state.draft.sections.map((s, i) => ({ key: s.key, html: sectionHtml(i + 1) })) });
    const file = path.join(dataDir, 'bao-cao.pdf');
    const run = await time(() => invoke('reports:export', { year: 2025, format: 'pdf', target: file }));
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';
    report([
      ['report pages (pdfinfo)', pages],
      ['report to PDF (s)', `${fmt(run.ms / 1000, 2)}  (target ≤ 10 s for ~30 pages)`],
      ['PDF size (KB)', fmt(fs.statSync(file).size / 1024, 0)],
    ]);
  } finally {
    backend.close();
  }
}
