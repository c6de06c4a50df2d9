import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { letterTemplateBytes } from '../../../electron/backend/proposals/template/buildLetterTemplate';
import { halfPoints, mmToTwips, OFFICIAL_PAGE } from '../../../shared/domain/documents/officialPage';
import { call, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from '../awards/helpers';
import { newProposal, proposalOffice } from '../proposals/helpers';
import { attr, sections } from '../reports/wordLayout';

const temp = useTempDirs();
const SIZE_13 = String(halfPoints(13));

const parts = (file: string) => new PizZip(fs.readFileSync(file));

/** The w:sz of the run whose text starts with `start`. */
function runSize(xml: string, start: string): string | undefined {
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
  const run = runs.find((r) => (/<w:t[^>]*>([^<]*)<\/w:t>/.exec(r)?.[1] ?? '').startsWith(start));
  return run ? /<w:sz w:val="(\d+)"\/>/.exec(run)?.[1] : undefined;
}

/** Page size, margins and page numbers of every section, read back from the .docx. */
function expectOfficialPage(zip: PizZip) {
  const xml = zip.file('word/document.xml')!.asText();
  const m = OFFICIAL_PAGE.marginMm;
  const [first] = sections(xml);
  const size = /<w:pgSz\b[^>]*\/>/.exec(first!)![0];
  const margins = /<w:pgMar\b[^>]*\/>/.exec(first!)![0];
  expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual([mmToTwips(210), mmToTwips(297)]);
  expect([attr(margins, 'w:top'), attr(margins, 'w:bottom'), attr(margins, 'w:left'), attr(margins, 'w:right')]).toEqual(
    [m.top, m.bottom, m.left, m.right].map(mmToTwips),
  );
  // The page number is a PAGE field in a header (top centre), 13 pt, not on the first page.
  expect(first).toContain('<w:titlePg/>');
  expect(first).not.toContain('footerReference');
  const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"\/>/.exec(first!)![1];
  const rels = zip.file('word/_rels/document.xml.rels')!.asText();
  const target = new RegExp(`Id="${headerId}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  const header = zip.file(`word/${target}`)!.asText();
  expect(header).toContain(' PAGE ');
  expect(header).toContain('<w:jc w:val="center"/>');
  expect(header).toContain(`<w:sz w:val="${halfPoints(OFFICIAL_PAGE.pt.pageNumber)}"/>`);
  return xml;
}

describe('Word documents take the official page from one module', () => {
  it('decision: A4, margins, page number at the top, "Số:" and the upper body name at 13 pt', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const o = await awardsOffice(backend);
    await call(backend, 'settings:update', { 'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội', 'office.placeName': 'Hà Nội' });
    const detail = await call(backend, 'awardDecisions:save', {
      draft: { number: '123/QĐ-CĐP', decidedOn: '2025-12-05', formKindId: o.kind('GK'), signerName: 'Nguyễn Thị Thu Hà', signerTitle: 'CHỦ TỊCH' },
      recipients: [person('Nguyễn Thị Hằng', { memberId: o.hang })],
    });
    const target = path.join(temp.dir(), 'qd.docx');
    await call(backend, 'export:awardDecisionDocx', { id: detail.id, target });
    const xml = expectOfficialPage(parts(target));
    expect(runSize(xml, 'Số: 123/QĐ-CĐP')).toBe(SIZE_13);
    expect(runSize(xml, 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI')).toBe(SIZE_13);
  });

  it('cover letter (tờ trình): the same page, "Số:" and the upper body name at 13 pt; the shipped template is the built one', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await proposalOffice(backend);
    const proposal = await newProposal(backend, { number: '25/TTr-LĐLĐ', submittedOn: '2025-02-05', signerName: 'Nguyễn Thị Hằng' });
    const target = path.join(dir, 'to-trinh.docx');
    await call(backend, 'proposals:exportLetter', { id: proposal.id, target });
    const xml = expectOfficialPage(parts(target));
    expect(runSize(xml, 'Số: 25/TTr-LĐLĐ')).toBe(SIZE_13);
    expect(runSize(xml, 'Liên đoàn Lao động thành phố Hà Nội')).toBe(SIZE_13);
    const shipped = new PizZip(fs.readFileSync(path.join('resources', 'templates', 'proposal-letter.docx')));
    expect(shipped.file('word/document.xml')!.asText()).toBe(new PizZip(letterTemplateBytes()).file('word/document.xml')!.asText());
  });

  it('year-end report: the same page, "Số:" and the upper body name at 13 pt', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await call(backend, 'setup:start', { mode: 'demo', unions: 3, members: 40, year: 2025, seed: 5 });
    await call(backend, 'settings:update', { 'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội' });
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const { file } = await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'bc.docx') });
    const xml = expectOfficialPage(parts(file));
    expect(runSize(xml, 'Số: ')).toBe(SIZE_13);
    expect(runSize(xml, 'Liên đoàn Lao động thành phố Hà Nội')).toBe(SIZE_13);
  }, 60_000);
});
