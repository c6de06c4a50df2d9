import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import type { CertificateTemplate } from '../../../shared/certificates/template';
import { fieldText, type CertificateValues } from '../../../shared/certificates/values';
import { certificateOffice, makeDecision, RECIPIENTS } from './fixtures';
import { fonts, pageSizesPt, pdfText, printScaling, PT_PER_MM, textLines, type TextLine } from './pdfProbe';

const temp = useTempDirs();
const TOLERANCE_MM = 0.5;

const office = () => certificateOffice(temp);

const valuesOf = (i: number): CertificateValues => ({
  recipientName: RECIPIENTS[i]!.name,
  recipientUnit: RECIPIENTS[i]!.unit,
  achievement: RECIPIENTS[i]!.achievement,
  decisionNumber: '123/QĐ-LĐLĐ',
  decidedOn: '2025-12-05',
  placeName: 'Hà Nội',
  signerBlock: 'TM. BAN THƯỜNG VỤ',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Trần Văn Minh',
});

/** The PDF lines that make up one field's text on one page, with their common box. */
function fieldLines(lines: TextLine[], page: number, text: string): TextLine[] {
  const wanted = text.replace(/\s+/g, ' ').trim();
  const onPage = lines.filter((l) => l.page === page);
  // A field's lines are consecutive in reading order and together spell its text.
  for (let start = 0; start < onPage.length; start++) {
    let joined = '';
    for (let end = start; end < onPage.length; end++) {
      joined = joined ? `${joined} ${onPage[end]!.text}` : onPage[end]!.text;
      if (joined === wanted) return onPage.slice(start, end + 1);
      if (!wanted.startsWith(joined)) break;
    }
  }
  throw new Error(`"${wanted}" not found on page ${page}: ${onPage.map((l) => l.text).join(' | ')}`);
}

function expectInsideBox(found: TextLine[], box: { xMm: number; yMm: number; wMm: number; hMm: number; align: string }, d = { dx: 0, dy: 0 }) {
  for (const line of found) {
    expect(line.xMin).toBeGreaterThanOrEqual(box.xMm + d.dx - TOLERANCE_MM);
    expect(line.xMax).toBeLessThanOrEqual(box.xMm + box.wMm + d.dx + TOLERANCE_MM);
    expect(line.yMin).toBeGreaterThanOrEqual(box.yMm + d.dy - TOLERANCE_MM);
    expect(line.yMax).toBeLessThanOrEqual(box.yMm + box.hMm + d.dy + TOLERANCE_MM);
    if (box.align === 'center') expect(Math.abs((line.xMin + line.xMax) / 2 - (box.xMm + box.wMm / 2 + d.dx))).toBeLessThan(TOLERANCE_MM);
    if (box.align === 'left') expect(Math.abs(line.xMin - (box.xMm + d.dx))).toBeLessThan(TOLERANCE_MM);
    if (box.align === 'right') expect(Math.abs(line.xMax - (box.xMm + box.wMm + d.dx))).toBeLessThan(TOLERANCE_MM);
  }
}

function checkFields(file: string, template: CertificateTemplate, d = { dx: 0, dy: 0 }) {
  const lines = textLines(file);
  for (let page = 1; page <= RECIPIENTS.length; page++) {
    for (const field of template.fields) {
      const text = fieldText(field, valuesOf(page - 1));
      if (!text) continue;
      expectInsideBox(fieldLines(lines, page, text), field, d);
    }
  }
  return lines;
}

describe('certificates to PDF', () => {
  it('places every field inside its box in mm, on pages exactly the paper size, marked print at actual size', async () => {
    const { backend, dir, decisionId, awardIds, templates } = await office();
    const giayKhen = templates.find((t) => t.paper === 'A4')!;
    const result = await call(backend, 'certificates:print', { decisionId });
    expect(result.templateId).toBe(giayKhen.id);
    expect(result.pages).toBe(3);
    expect(path.dirname(result.file)).toBe(path.join(dir, 'exports'));

    const sizes = pageSizesPt(result.file);
    expect(sizes).toHaveLength(3);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(297 * PT_PER_MM, 1);
      expect(size.height).toBeCloseTo(210 * PT_PER_MM, 1);
    }
    checkFields(result.file, giayKhen);
    const text = pdfText(result.file);
    for (const r of RECIPIENTS) expect(text).toContain(r.name);
    expect(text).toContain('Số: 123/QĐ-LĐLĐ');
    expect(text).toContain('Hà Nội, ngày 05 tháng 12 năm 2025');
    expect(await printScaling(result.file)).toBe('/None');

    const embedded = fonts(result.file);
    expect(embedded.every((f) => f.embedded && f.subset)).toBe(true);
    expect(new Set(embedded.map((f) => f.name)).size).toBe(embedded.length);
    expect(embedded.map((f) => f.name.split('+')[1]).sort()).toEqual(['Tinos-Bold', 'Tinos-Italic', 'Tinos-Regular']);

    const rows = readDb(path.join(dir, 'uniondesk.db'), (db) => ({
      printed: db.prepare('SELECT id, certificate_printed_at FROM awards ORDER BY id').all() as { id: number; certificate_printed_at: string }[],
      prints: db.prepare('SELECT award_id, template_id, reprint, dx_mm, dy_mm FROM certificate_prints ORDER BY award_id').all(),
      audit: db.prepare("SELECT count(*) FROM audit_log WHERE action = 'print_certificates'").pluck().get(),
      // The decision's history (entity award_decisions, as the awards domain writes it) shows the print.
      decisionAudit: db.prepare("SELECT action FROM audit_log WHERE entity = 'award_decisions' AND entity_id = ? ORDER BY id").pluck().all(String(decisionId)),
    }));
    expect(rows.printed.map((r) => r.certificate_printed_at)).toEqual(awardIds.map(() => result.printedAt));
    expect(rows.prints).toEqual(awardIds.map((id) => ({ award_id: id, template_id: giayKhen.id, reprint: 0, dx_mm: 0, dy_mm: 0 })));
    expect(rows.audit).toBe(1);
    expect(rows.decisionAudit).toContain('print_certificates');
  });

  it('shifts every field by exactly the calibration dx, dy in mm', async () => {
    const { backend, decisionId, templates, dir } = await office();
    const giayKhen = templates.find((t) => t.paper === 'A4')!;
    const plain = await call(backend, 'certificates:print', { decisionId, target: path.join(dir, 'plain.pdf') });
    const calibration = await call(backend, 'certificates:saveCalibration', { draft: { name: 'Canon LBP 2900', dxMm: 1.5, dyMm: -2 } });
    const shifted = await call(backend, 'certificates:print', { decisionId, offset: { calibrationId: calibration.id }, target: path.join(dir, 'shifted.pdf') });
    expect([shifted.dxMm, shifted.dyMm]).toEqual([1.5, -2]);
    checkFields(shifted.file, giayKhen, { dx: 1.5, dy: -2 });
    const before = textLines(plain.file);
    const after = textLines(shifted.file);
    expect(after.map((l) => l.text)).toEqual(before.map((l) => l.text));
    for (const [i, line] of after.entries()) {
      expect(line.xMin - before[i]!.xMin).toBeCloseTo(1.5, 1);
      expect(line.yMin - before[i]!.yMin).toBeCloseTo(-2, 1);
    }
  });

  it('prints a 400 × 300 mm Bằng khen and reprints one spoiled sheet alone', async () => {
    const { backend, dir, decisionId, awardIds, templates } = await office();
    const bangKhen = templates.find((t) => t.paper === '400x300')!;
    const first = await call(backend, 'certificates:print', { decisionId, templateId: bangKhen.id, offset: { dxMm: -1, dyMm: 0.5 } });
    for (const size of pageSizesPt(first.file)) {
      expect(size.width).toBeCloseTo(400 * PT_PER_MM, 1);
      expect(size.height).toBeCloseTo(300 * PT_PER_MM, 1);
    }
    checkFields(first.file, bangKhen, { dx: -1, dy: 0.5 });

    const again = await call(backend, 'certificates:print', { decisionId, templateId: bangKhen.id, awardIds: [awardIds[1]!], reprint: true });
    expect(again.pages).toBe(1);
    const text = pdfText(again.file);
    expect(text).toContain(RECIPIENTS[1]!.name);
    expect(text).not.toContain(RECIPIENTS[0]!.name);
    const prints = readDb(path.join(dir, 'uniondesk.db'), (db) =>
      db.prepare('SELECT award_id, reprint FROM certificate_prints ORDER BY id').all(),
    );
    expect(prints).toEqual([...awardIds.map((id) => ({ award_id: id, reprint: 0 })), { award_id: awardIds[1], reprint: 1 }]);
    const awards = await call(backend, 'certificates:awards', { decisionId });
    expect(awards.map((a) => a.prints)).toEqual([1, 2, 1]);
  });

  it('shrinks a long achievement to fit its lines and never cuts it', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const long = 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước, lao động giỏi, lao động sáng tạo, xây dựng tổ chức công đoàn vững mạnh, chăm lo đời sống vật chất và tinh thần cho đoàn viên, người lao động, góp phần hoàn thành thắng lợi nhiệm vụ chính trị của đơn vị, được đồng nghiệp và nhân dân địa phương ghi nhận, biểu dương trong Hội nghị tổng kết phong trào công nhân, viên chức, lao động năm 2025';
    const { decisionId } = makeDecision(path.join(dir, 'uniondesk.db'), { recipients: [{ name: 'Lê Văn Đức', unit: 'Công đoàn cơ sở Xã Yên Hòa', achievement: long }] });
    const template = (await call(backend, 'certificates:templates', {})).find((t) => t.paper === 'A4');
    const { id: _id, hasBackground: _b, backgroundMime: _m, updatedAt: _u, ...draft } = template!;
    const layout = await call(backend, 'certificates:layout', { draft, decisionId });
    const achievement = layout.fields.find((f) => f.key === 'achievement')!;
    expect(achievement.shrunk).toBe(true);
    expect(achievement.overflow).toBe(false);
    expect(achievement.lines.length).toBeLessThanOrEqual(4);
    expect(achievement.lines.map((l) => l.text).join(' ')).toBe(long);
    const result = await call(backend, 'certificates:print', { decisionId, templateId: template!.id });
    expect(result.overflow).toEqual([]);
    expect(pdfText(result.file).replace(/\s+/g, ' ')).toContain(long);
  });

  it('refuses unknown decisions and awards of another decision', async () => {
    const { backend, decisionId, dir } = await office();
    expect((await callError(backend, 'certificates:findDecision', { number: '999/QĐ-LĐLĐ' })).code).toBe('CERTIFICATE_DECISION_NOT_FOUND');
    const other = makeDecision(path.join(dir, 'uniondesk.db'), { number: '124/QĐ-LĐLĐ' });
    const error = await callError(backend, 'certificates:print', { decisionId, awardIds: [other.awardIds[0]!] });
    expect(error.code).toBe('CERTIFICATE_AWARD_NOT_IN_DECISION');
    expect((await call(backend, 'certificates:findDecision', { number: '124/QĐ-LĐLĐ' })).id).toBe(other.decisionId);
  });

  it('stops a cancelled batch and records nothing', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const recipients = Array.from({ length: 120 }, (_, i) => ({ name: `Nguyễn Văn Người ${i + 1}`, unit: 'Công đoàn cơ sở', achievement: 'Hoàn thành xuất sắc nhiệm vụ' }));
    const { decisionId } = makeDecision(path.join(dir, 'uniondesk.db'), { recipients });
    const printing = backend.invoke('certificates:print', { decisionId, jobId: 'job-cancel-1' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await backend.invoke('jobs:cancel', { jobId: 'job-cancel-1' });
    const result = await printing;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    const printed = readDb(path.join(dir, 'uniondesk.db'), (db) => db.prepare('SELECT count(*) FROM certificate_prints').pluck().get());
    expect(printed).toBe(0);
    expect(fs.existsSync(path.join(dir, 'exports')) ? fs.readdirSync(path.join(dir, 'exports')).filter((f) => f.endsWith('.pdf')) : []).toEqual([]);
  });
});
