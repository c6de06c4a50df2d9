import fs from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { reportPrintBody } from '../../../shared/reports/printHtml';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { ACTOR, M, admit, union } from '../statistics/office';

const temp = useTempDirs();
const CARE_HINT = 'Kết quả chương trình "Tết Sum vầy", xây dựng "Mái ấm Công đoàn"';
const SITUATION_HINT = 'Tình hình kinh tế - xã hội trên địa bàn năm 2025';

/** An office with one CĐCS of 2 members at 30/11/2025, and the 2025 report from the template. */
async function office() {
  const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR, now: () => new Date('2025-12-05T08:00:00.000Z') });
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
  const a = await union(backend, { name: 'CĐCS Trường A', foundedOn: '2010-01-01' });
  await admit(backend, a, 'Nguyễn Văn Một', M, '2020-01-01');
  await admit(backend, a, 'Trần Văn Hai', M, '2021-01-01');
  await call(backend, 'reports:create', { year: 2025, from: 'template' });
  return { backend, a };
}

const docxText = (file: string) =>
  new PizZip(fs.readFileSync(file))
    .file('word/document.xml')!
    .asText()
    .replace(/<[^>]+>/g, '');

describe('template hints are placeholders, not the office’s words', () => {
  it('starts every section empty with its guidance as a hint, and reads a stored guidance as unwritten', async () => {
    const { backend } = await office();
    const state = await call(backend, 'reports:get', { year: 2025 });
    const care = state.draft!.sections.find((s) => s.key === 'results.care')!;
    expect(care.html).toBe('');
    expect(care.hint).toContain(CARE_HINT);
    // A draft made when the template wrote its guidance as text.
    await call(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'results.care', html: `<p>${care.hint}</p>` }] });
    expect((await call(backend, 'reports:get', { year: 2025 })).draft!.sections.find((s) => s.key === 'results.care')!.html).toBe('');
  });

  it('prints and exports only what was written; an empty area prints not even its heading', async () => {
    const { backend } = await office();
    await call(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'results.membership', html: '<p>Đã kết nạp đoàn viên mới.</p>' }] });
    const doc = await call(backend, 'reports:document', { year: 2025 });
    const html = reportPrintBody(doc);
    expect(html).toContain('Đã kết nạp đoàn viên mới.');
    expect(html).toContain('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(html).toContain('4. Công tác phát triển đoàn viên');
    for (const absent of [CARE_HINT, SITUATION_HINT, '2. Công tác chăm lo', 'I. ĐẶC ĐIỂM TÌNH HÌNH', 'III. ĐÁNH GIÁ CHUNG']) expect(html).not.toContain(absent);
    const { file } = await call(backend, 'reports:export', { year: 2025, format: 'docx' });
    const text = docxText(file);
    expect(text).toContain('Đã kết nạp đoàn viên mới.');
    expect(text).not.toContain(CARE_HINT);
    expect(text).not.toContain(SITUATION_HINT);
    expect(text).not.toContain('2. Công tác chăm lo');
  });

  it('flags the unwritten sections before finalising and finalises only when told to go on', async () => {
    const { backend } = await office();
    const error = await callError(backend, 'reports:finalize', { year: 2025 });
    expect(error.code).toBe('REPORT_SECTIONS_UNWRITTEN');
    expect(error.message).toContain('I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(error.message).toContain('2. Công tác chăm lo đời sống đoàn viên, người lao động');
    // "II. KẾT QUẢ …" has areas under it: only the areas are named.
    expect(error.message).not.toContain('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect((await call(backend, 'reports:get', { year: 2025 })).versions).toEqual([]);
    expect((await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true })).version).toBe(1);
  });

  it('inserts a computed figure: live in the draft, frozen in the finalised version', async () => {
    const { backend, a } = await office();
    await call(backend, 'reports:saveSections', { year: 2025, sections: [{ key: 'results.membership', html: '<p>Toàn phường có {{members.total}} đoàn viên.</p>' }] });
    const stored = (await call(backend, 'reports:get', { year: 2025 })).draft!.sections.find((s) => s.key === 'results.membership')!;
    expect(stored.html).toBe('<p>Toàn phường có {{members.total}} đoàn viên.</p>');
    expect(reportPrintBody(await call(backend, 'reports:document', { year: 2025 }))).toContain('Toàn phường có 2 đoàn viên.');
    await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true });
    await admit(backend, a, 'Lê Văn Ba', M, '2025-06-01');
    expect(reportPrintBody(await call(backend, 'reports:document', { year: 2025 }))).toContain('Toàn phường có 3 đoàn viên.');
    const frozen = await call(backend, 'reports:document', { year: 2025, version: 1 });
    expect(frozen.sections.find((s) => s.key === 'results.membership')!.html).toBe('<p>Toàn phường có 2 đoàn viên.</p>');
    expect(reportPrintBody(frozen)).toContain('Toàn phường có 2 đoàn viên.');
    const { file } = await call(backend, 'reports:export', { year: 2025, format: 'docx' });
    expect(docxText(file)).toContain('Toàn phường có 3 đoàn viên.');
  });
});

describe('the report’s title and appendix (Nghị định 30)', () => {
  it('puts "BÁO CÁO" on its own line with the subject under it, and heads the appendix "(Kèm theo Báo cáo số …)" that the body refers to', async () => {
    const { backend } = await office();
    const state = await call(backend, 'reports:get', { year: 2025 });
    await call(backend, 'reports:saveHeader', { year: 2025, header: { ...state.draft!.header, number: '15/BC-CĐP', issuedOn: '2025-12-05' } });
    const doc = await call(backend, 'reports:document', { year: 2025 });
    const html = reportPrintBody(doc);
    expect(html).toContain('<div class="report-kind">BÁO CÁO</div>\n<h1 class="report-title">Tổng kết phong trào CNVCLĐ và hoạt động công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026</h1>');
    expect(html).toContain('Số liệu thống kê chi tiết tại Phụ lục kèm theo Báo cáo này.');
    expect(html).toContain('(Kèm theo Báo cáo số 15/BC-CĐP ngày 05 tháng 12 năm 2025 của Công đoàn phường Chương Mỹ)');
    const { file } = await call(backend, 'reports:export', { year: 2025, format: 'docx' });
    const xml = new PizZip(fs.readFileSync(file)).file('word/document.xml')!.asText();
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    const kind = paragraphs.indexOf('BÁO CÁO');
    expect(kind).toBeGreaterThan(0);
    expect(paragraphs[kind + 1]).toBe('Tổng kết phong trào CNVCLĐ và hoạt động công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026');
    expect(paragraphs).toContain('Số liệu thống kê chi tiết tại Phụ lục kèm theo Báo cáo này.');
    const appendix = paragraphs.indexOf('PHỤ LỤC');
    expect(paragraphs.slice(appendix, appendix + 3)).toEqual(['PHỤ LỤC', 'SỐ LIỆU THỐNG KÊ NĂM 2025', '(Kèm theo Báo cáo số 15/BC-CĐP ngày 05 tháng 12 năm 2025 của Công đoàn phường Chương Mỹ)']);
  });
});
