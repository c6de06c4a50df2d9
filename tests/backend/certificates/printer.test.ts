import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { certificateOffice, makeDecision, RECIPIENTS } from './fixtures';
import { textLines } from './pdfProbe';

const temp = useTempDirs();

const office = () => certificateOffice(temp);

describe('certificates straight to a printer', () => {
  it('lays out the chosen sheets in order exactly as the PDF prints them', async () => {
    const { backend, dir, decisionId, awardIds, templates } = await office();
    const bangKhen = templates.find((t) => t.paper === '400x300')!;
    const request = { decisionId, awardIds: [awardIds[2]!, awardIds[0]!], templateId: bangKhen.id, offset: { dxMm: 1.5, dyMm: -1 } };
    const sheets = await call(backend, 'certificates:sheets', request);
    expect(sheets).toMatchObject({ templateId: bangKhen.id, widthMm: 400, heightMm: 300, decisionNumber: '123/QĐ-LĐLĐ' });
    expect(sheets.sheets.map((s) => [s.awardId, s.recipientName])).toEqual([
      [awardIds[2], RECIPIENTS[2]!.name],
      [awardIds[0], RECIPIENTS[0]!.name],
    ]);

    // The same layout the editor's preview shows for that award…
    const { id: _id, hasBackground: _b, backgroundMime: _m, updatedAt: _u, ...draft } = bangKhen;
    const preview = await call(backend, 'certificates:layout', { draft, decisionId, awardId: awardIds[2]!, offset: request.offset });
    expect(sheets.sheets[0]!.fields).toEqual(preview.fields);

    // …and the one the PDF prints: the name's line starts where the PDF draws it.
    const pdf = await call(backend, 'certificates:print', { ...request, target: path.join(dir, 'bk.pdf') });
    const lines = textLines(pdf.file);
    sheets.sheets.forEach((sheet, i) => {
      const name = sheet.fields.find((f) => f.key === 'recipientName')!.lines[0]!;
      const printed = lines.find((l) => l.page === i + 1 && l.text === sheet.recipientName)!;
      expect(Math.abs(printed.xMin - name.xMm)).toBeLessThan(0.3);
      expect(name.baselineMm).toBeGreaterThan(printed.yMin);
      expect(name.baselineMm).toBeLessThan(printed.yMax);
    });
  });

  it('records printed-at for the printed awards only, without writing a file', async () => {
    const { backend, dir, decisionId, awardIds, templates } = await office();
    const giayKhen = templates.find((t) => t.paper === 'A4')!;
    const first = await call(backend, 'certificates:recordPrinted', { decisionId, awardIds: [awardIds[0]!, awardIds[1]!], templateId: giayKhen.id, offset: {} });
    expect(first.awards).toBe(2);
    await call(backend, 'certificates:recordPrinted', { decisionId, awardIds: [awardIds[1]!], offset: { dxMm: 0.5 } });
    const rows = readDb(path.join(dir, 'uniondesk.db'), (db) => ({
      awards: db.prepare('SELECT certificate_printed_at FROM awards ORDER BY id').pluck().all(),
      prints: db.prepare('SELECT award_id, template_id, reprint, dx_mm FROM certificate_prints ORDER BY id').all(),
      audit: db.prepare("SELECT after FROM audit_log WHERE action = 'print_certificates' ORDER BY id").pluck().all() as string[],
    }));
    expect(rows.awards).toEqual([first.printedAt, first.printedAt, null]);
    expect(rows.prints).toEqual([
      { award_id: awardIds[0], template_id: giayKhen.id, reprint: 0, dx_mm: 0 },
      { award_id: awardIds[1], template_id: giayKhen.id, reprint: 0, dx_mm: 0 },
      { award_id: awardIds[1], template_id: giayKhen.id, reprint: 1, dx_mm: 0.5 },
    ]);
    expect(JSON.parse(rows.audit[0]!)).toMatchObject({ file: null, printer: true, awards: [awardIds[0], awardIds[1]] });
    expect(fs.existsSync(path.join(dir, 'exports'))).toBe(false);
  });

  it('refuses awards of another decision and unknown fields, recording nothing', async () => {
    const { backend, dir, decisionId } = await office();
    const other = makeDecision(path.join(dir, 'uniondesk.db'), { number: '124/QĐ-LĐLĐ' });
    expect((await callError(backend, 'certificates:recordPrinted', { decisionId, awardIds: [other.awardIds[0]!], offset: {} })).code).toBe(
      'CERTIFICATE_AWARD_NOT_IN_DECISION',
    );
    expect((await callError(backend, 'certificates:sheets', { decisionId, target: '/tmp/x.pdf' })).code).toBe('VALIDATION');
    expect(readDb(path.join(dir, 'uniondesk.db'), (db) => db.prepare('SELECT count(*) FROM certificate_prints').pluck().get())).toBe(0);
  });
});
