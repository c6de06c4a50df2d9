import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { cli, expectOneLineFailure } from '../../fixtures/cli';

const temp = useTempDirs();

async function demo() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 8, members: 300, year: 2025, seed: 5 });
  return { dir, backend };
}

const figure = (figures: { code: string; value: number | null }[], code: string) => figures.find((f) => f.code === code)?.value;

describe('the year-end report', () => {
  it('starts from the template, autosaves sanitised text and keeps it across reopening', async () => {
    const { dir, backend } = await demo();
    await callError(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'situation', html: '<p>x</p>' }] });
    const state = await call(backend, 'reports:create', { year: 2025, from: 'template' });
    expect(state.draft!.sections.map((s) => s.key)).toContain('results.care');
    expect(state.draft!.header).toMatchObject({ cutoffOn: '2025-11-30', signerBlock: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH' });
    expect(state.draft!.header.number).toMatch(/^01\/BC-/);
    await call(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'situation', html: '<p style="x">Tình hình <b>năm</b> nay<script>x</script></p>' }] });
    backend.close();
    const reopened = temp.open({ dataDir: dir });
    const again = await call(reopened, 'reports:get', { year: 2025 });
    expect(again.draft!.sections.find((s) => s.key === 'situation')!.html).toBe('<p>Tình hình <strong>năm</strong> nay</p>');
    expect((await callError(reopened, 'reports:create', { year: 2025, from: 'template' })).code).toBe('REPORT_EXISTS');
  });

  it("starts next year's report from a copy of this year's sections", async () => {
    const { backend } = await demo();
    expect((await callError(backend, 'reports:create', { year: 2026, from: 'lastYear' })).code).toBe('REPORT_LAST_YEAR_MISSING');
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    await call(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'results.care', html: '<p>Tết Sum vầy 2025</p>' }] });
    const state2025 = await call(backend, 'reports:get', { year: 2025 });
    await call(backend, 'reports:saveHeader', { year: 2025, header: { ...state2025.draft!.header, signerName: 'Trần Thị Bình', recipients: ['- Nơi A;'] } });
    const next = await call(backend, 'reports:create', { year: 2026, from: 'lastYear' });
    expect(next.draft!.sections.find((s) => s.key === 'results.care')!.html).toBe('<p>Tết Sum vầy 2025</p>');
    expect(next.draft!.sections.find((s) => s.key === 'directions')!.heading).toBe('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027');
    expect(next.draft!.header).toMatchObject({ signerName: 'Trần Thị Bình', recipients: ['- Nơi A;'], cutoffOn: '2026-11-30', issuedOn: null });
    expect(next.draft!.header.title).toContain('năm 2026');
    expect(next.lastYearAvailable).toBe(true);
  });

  it('freezes the figures of a finalised version; the draft follows the data', async () => {
    const { backend, dir } = await demo();
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const before = await call(backend, 'reports:stats', { year: 2025 });
    const admittedBefore = figure(before, 'members.admitted')!;
    expect(admittedBefore).toBeGreaterThan(0);
    const { version } = await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true });
    expect(version).toBe(1);
    const unionId = readDb(path.join(dir, 'uniondesk.db'), (db) => db.prepare("SELECT id FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL LIMIT 1").pluck().get() as number);
    for (const name of ['Nguyễn Thị Hoa', 'Trần Văn Nam', 'Lê Thị Mai']) {
      await call(backend, 'members:admit', { draft: { organizationId: unionId, fullName: name, sex: 'female' }, date: '2025-06-10', decisionNo: '' });
    }
    const draft = await call(backend, 'reports:document', { year: 2025 });
    const frozen = await call(backend, 'reports:document', { year: 2025, version: 1 });
    expect(figure(draft.figures, 'members.admitted')).toBe(admittedBefore + 3);
    expect(figure(frozen.figures, 'members.admitted')).toBe(admittedBefore);
    expect(frozen.version).toBe(1);
    const state = await call(backend, 'reports:get', { year: 2025 });
    expect(state.versions.map((v) => v.version)).toEqual([1]);
    await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true });
    expect((await call(backend, 'reports:get', { year: 2025 })).versions.map((v) => v.version)).toEqual([2, 1]);
    expect(figure((await call(backend, 'reports:document', { year: 2025, version: 2 })).figures, 'members.admitted')).toBe(admittedBefore + 3);
  });

  it('refuses an override without a reason and reports the sources', async () => {
    const { backend, dir } = await demo();
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const stats = await call(backend, 'reports:stats', { year: 2025 });
    const computed = stats.find((f) => f.value !== null)!;
    const missing = stats.find((f) => f.value === null);
    const refused = await callError(backend, 'reports:setFigure', { year: 2025, code: computed.code, value: 1234, reason: '' });
    expect(refused.code).toBe('REPORT_OVERRIDE_REASON');
    await call(backend, 'reports:setFigure', { year: 2025, code: computed.code, value: 1234, reason: 'Theo số liệu LĐLĐ thành phố' });
    if (missing) await call(backend, 'reports:setFigure', { year: 2025, code: missing.code, value: 42, note: 'Sổ theo dõi' });
    const run = await cli(['report', 'stats', '--year', '2025', '--json', '--data-dir', dir]);
    backend.close();
    expect(run.code).toBe(0);
    const rows = run.json<{ code: string; value: number | null; source: string; label: string; unit: string }[]>();
    expect(rows.find((r) => r.code === computed.code)).toMatchObject({ value: 1234, source: 'override' });
    if (missing) expect(rows.find((r) => r.code === missing.code)).toMatchObject({ value: 42, source: 'manual' });
    expect(rows.filter((r) => r.source === 'data').length).toBeGreaterThan(5);
    expect(Object.keys(rows[0]!)).toEqual(['code', 'label', 'unit', 'value', 'lastYear', 'target', 'source']);
  });

  it('exports a real Word document and the statistics to Excel (read back)', async () => {
    const { backend, dir } = await demo();
    await call(backend, 'settings:update', { 'office.placeName': 'Hà Nội' });
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const state = await call(backend, 'reports:get', { year: 2025 });
    await call(backend, 'reports:saveHeader', { year: 2025, header: { ...state.draft!.header, number: '15/BC-LĐLĐ', issuedOn: '2025-12-05', signerName: 'Nguyễn Văn An' } });
    await call(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'results.care', html: '<p>Chương trình <strong>Tết Sum vầy</strong> đã trao quà.</p><ol><li>Thăm hỏi</li><li>Hỗ trợ</li></ol><table><tr><th>Nội dung</th><th>Số tiền</th></tr><tr><td>Quà Tết</td><td>500.000</td></tr></table>' }] });
    const stats = await call(backend, 'reports:stats', { year: 2025 });
    backend.close();
    const docx = path.join(dir, 'bc.docx');
    expect((await cli(['report', 'export', '--year', '2025', '--format', 'docx', '--out', docx, '--data-dir', dir])).code).toBe(0);
    const zip = new PizZip(fs.readFileSync(docx));
    const xmlText = zip.file('word/document.xml')!.asText();
    const text = xmlText.replace(/<[^>]+>/g, '');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/BC-LĐLĐ', 'Hà Nội, ngày 05 tháng 12 năm 2025', 'Tết Sum vầy', 'Nguyễn Văn An', 'PHỤ LỤC', 'Nơi nhận:', 'TM. BAN THƯỜNG VỤ']) {
      expect(text).toContain(expected);
    }
    expect(xmlText).toContain('<w:tblHeader/>');
    expect(xmlText).toContain('<w:cantSplit/>');
    expect(xmlText).toContain('<w:numPr>');
    expect(xmlText).toContain('<w:titlePg/>');
    expect(xmlText).not.toMatch(/\{[a-zA-Z@]+\}/);
    expect((xmlText.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(3);
    expect(zip.file('word/header1.xml')!.asText()).toContain('PAGE');
    // Charts: an SVG picture with a PNG fallback for Word versions without SVG.
    expect(xmlText).toContain('asvg:svgBlip');
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    expect(rels).toContain('Target="media/udchart1.svg"');
    expect(rels).toContain('Target="media/udchart1.png"');
    expect(zip.file('word/media/udchart1.svg')!.asText()).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(zip.file('word/media/udchart1.png')!.asUint8Array().subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    expect(text).toContain('Biểu đồ 1. Số đoàn viên');
    const admitted = stats.find((f) => f.code === 'members.admitted')!;
    expect(text).toContain(admitted.label);

    const xlsx = path.join(dir, 'bc.xlsx');
    expect((await cli(['report', 'export', '--year', '2025', '--format', 'xlsx', '--out', xlsx, '--data-dir', dir])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === 'TT')).toEqual(['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Chỉ tiêu', 'Năm trước', 'Ghi chú']);
    const row = rows.find((r) => r[1] === admitted.label)!;
    expect(row[3]).toBe(admitted.value);
    expect(row[2]).toBe(admitted.unit);
  });

  it('exports the PDF with a Chromium, and says plainly when there is none', async () => {
    const { backend, dir } = await demo();
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    backend.close();
    expect(expectOneLineFailure(await cli(['report', 'export', '--year', '2025', '--format', 'odt', '--out', 'x', '--data-dir', dir]), 2)).toContain('docx|xlsx|pdf');
    expect(expectOneLineFailure(await cli(['report', 'stats', '--data-dir', dir]), 2)).toContain('--year');
    const bad = await cli(['report', 'export', '--year', '2025', '--format', 'pdf', '--out', path.join(dir, 'x.pdf'), '--chromium', path.join(dir, 'no-browser'), '--data-dir', dir]);
    expect(expectOneLineFailure(bad)).toMatch(/Chromium/);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    if (!fs.existsSync('/usr/bin/chromium')) return;
    const pdf = path.join(dir, 'bc.pdf');
    const run = await cli(['report', 'export', '--year', '2025', '--format', 'pdf', '--out', pdf, '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('replaces the Word template with an edited copy and restores the default', async () => {
    const { backend, dir } = await demo();
    const original = fs.readFileSync(path.resolve('resources/templates/report.docx'));
    const zip = new PizZip(original);
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{subject}', 'MẪU RIÊNG {subject}'));
    const edited = Buffer.from(zip.generate({ type: 'uint8array' })).toString('base64');
    expect((await callError(backend, 'reports:templateReplace', { fileName: 'x.docx', base64: Buffer.from('not a zip').toString('base64') })).code).toBe('REPORT_TEMPLATE_INVALID');
    expect(await call(backend, 'reports:templateReplace', { fileName: 'mau.docx', base64: edited })).toEqual({ custom: true });
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const out1 = await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'a.docx') });
    expect(new PizZip(fs.readFileSync(out1.file)).file('word/document.xml')!.asText()).toContain('MẪU RIÊNG');
    expect(await call(backend, 'reports:templateRestore', {})).toEqual({ custom: false });
    const out2 = await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'b.docx') });
    expect(new PizZip(fs.readFileSync(out2.file)).file('word/document.xml')!.asText()).not.toContain('MẪU RIÊNG');
  }, 60_000);
});
