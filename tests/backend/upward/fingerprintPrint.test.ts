import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { reportPrintBody } from '../../../shared/reports/printHtml';
import { call, useTempDirs } from '../../fixtures/backend';
import { buildPackage, lowerOffice, repack, YEAR } from './offices';

const temp = useTempDirs();
const documentXml = (docx: Buffer | Uint8Array) => new PizZip(docx).file('word/document.xml')!.asText();

describe('the key fingerprint on the report and the tờ trình', () => {
  it('is printed on the last page of the report (print layout, Word, PDF) and on the tờ trình, in the package too', async () => {
    const office = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 5, members: 100 });
    // Before any key exists, nothing is printed and nothing is made by printing.
    expect((await call(office.backend, 'reports:document', { year: YEAR, version: 1 })).signingKey).toBeNull();
    expect((await call(office.backend, 'upward:fingerprint', {})).grouped).toBeNull();

    // Only proposals sent upward go in the package, each with its tờ trình.
    for (const p of await call(office.backend, 'proposals:list', { year: YEAR })) await call(office.backend, 'proposals:send', { id: p.id });
    const { bytes } = await buildPackage(office);
    const grouped = (await call(office.backend, 'upward:fingerprint', {})).grouped!;
    expect(grouped).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

    const doc = await call(office.backend, 'reports:document', { year: YEAR, version: 1 });
    expect(doc.signingKey).toBe(grouped);
    const html = reportPrintBody(doc);
    expect(html.lastIndexOf(grouped)).toBeGreaterThan(html.indexOf('PHỤ LỤC'));

    const docx = path.join(office.dir, 'bc.docx');
    await call(office.backend, 'reports:export', { year: YEAR, version: 1, format: 'docx', target: docx });
    const xml = documentXml(fs.readFileSync(docx));
    expect(xml).toContain(grouped);
    expect(xml.indexOf(grouped)).toBeGreaterThan(xml.lastIndexOf('PHỤ LỤC'));

    // Inside the package: the report and each tờ trình carry it.
    const parts = new Map<string, Uint8Array>();
    repack(bytes, (list) => (list.forEach((p) => parts.set(p.path, p.data)), list));
    expect(documentXml(parts.get('documents/bao-cao-tong-ket.docx')!)).toContain(grouped);
    const letters = [...parts.keys()].filter((p) => p.startsWith('documents/to-trinh-'));
    expect(letters.length).toBeGreaterThan(0);
    for (const letter of letters) expect(documentXml(parts.get(letter)!)).toContain(grouped);

    const pdf = path.join(office.dir, 'bc.pdf');
    await call(office.backend, 'reports:export', { year: YEAR, version: 1, format: 'pdf', target: pdf });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    const lastPage = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-']).toString();
    expect(lastPage.replace(/\s+/g, ' ')).toContain(grouped);
    expect(lastPage).toContain('Vân tay khóa ký số');
  }, 120_000);
});
