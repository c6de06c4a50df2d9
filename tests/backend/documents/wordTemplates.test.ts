import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_BYTES } from '../../../electron/backend/documents/writeDefaultTemplates';
import { WORD_TEMPLATES, type WordTemplateKind } from '../../../electron/backend/documents/wordTemplates';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from '../awards/helpers';

const temp = useTempDirs();
const documentXml = (bytes: Buffer) => new PizZip(bytes).file('word/document.xml')!.asText();
const shipped = (kind: WordTemplateKind) => fs.readFileSync(path.join('resources', 'templates', WORD_TEMPLATES[kind].file));

/** The default decision template with one text edited as an office would in Word. */
function edited(from: string, to: string): string {
  const zip = new PizZip(shipped('decision'));
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' }).toString('base64');
}

async function decision() {
  const backend = temp.open({ dataDir: temp.dir() });
  const o = await awardsOffice(backend);
  const detail = await call(backend, 'awardDecisions:save', {
    draft: { number: '123/QĐ-CĐP', decidedOn: '2025-12-05', formKindId: o.kind('GK'), signerName: 'Nguyễn Thị Thu Hà', signerTitle: 'CHỦ TỊCH' },
    recipients: [person('Nguyễn Thị Hằng', { memberId: o.hang })],
  });
  const exported = async () => {
    const target = path.join(temp.dir(), 'qd.docx');
    await call(backend, 'export:awardDecisionDocx', { id: detail.id, target });
    return documentXml(fs.readFileSync(target));
  };
  return { backend, exported };
}

describe('Word templates: one module for every document kind', () => {
  it('ships each default template as its builder makes it', () => {
    for (const kind of Object.keys(WORD_TEMPLATES) as WordTemplateKind[]) {
      expect(documentXml(shipped(kind)), kind).toBe(documentXml(DEFAULT_TEMPLATE_BYTES[kind]()));
    }
  });

  it('decision: the office\'s own copy is used by the export, the default comes back on restore, both audited', async () => {
    const { backend, exported } = await decision();
    expect(await call(backend, 'awardDecisions:templateStatus', {})).toEqual({ custom: false });
    const base64 = edited('>QUYẾT ĐỊNH:<', '>QUYẾT ĐỊNH (MẪU CỦA ĐƠN VỊ):<');
    expect(await call(backend, 'awardDecisions:templateReplace', { fileName: 'mau-qd.docx', base64 })).toEqual({ custom: true });
    expect(await call(backend, 'awardDecisions:templateStatus', {})).toEqual({ custom: true });
    const own = await exported();
    expect(own).toContain('QUYẾT ĐỊNH (MẪU CỦA ĐƠN VỊ):');
    expect(own).toContain('Số: 123/QĐ-CĐP');

    expect(await call(backend, 'awardDecisions:templateRestore', {})).toEqual({ custom: false });
    const restored = await exported();
    expect(restored).not.toContain('MẪU CỦA ĐƠN VỊ');
    expect(restored).toContain('Số: 123/QĐ-CĐP');
    const audited = readDb(backend.dbFile, (db) => db.prepare("SELECT action FROM audit_log WHERE entity = 'decision_template' ORDER BY id").pluck().all());
    expect(audited).toEqual(['update', 'delete']);
  });

  it('decision: refuses a broken template naming the file and the tag, and keeps the one in use', async () => {
    const { backend, exported } = await decision();
    const notWord = await callError(backend, 'awardDecisions:templateReplace', { fileName: 'hong.docx', base64: Buffer.from('không phải tệp Word').toString('base64') });
    expect(notWord.code).toBe('AWARD_TEMPLATE_INVALID');
    expect(notWord.message).toContain('hong.docx');
    const brokenTag = await callError(backend, 'awardDecisions:templateReplace', { fileName: 'sai-truong.docx', base64: edited('Số: {number}', 'Số: {number') });
    expect(brokenTag.code).toBe('AWARD_TEMPLATE_INVALID');
    expect(brokenTag.message).toContain('sai-truong.docx');
    expect(brokenTag.message).toContain('{number');
    expect(brokenTag.message).toMatch(/mẫu quyết định/);
    const notDocx = await callError(backend, 'awardDecisions:templateReplace', { fileName: 'mau.doc', base64: edited('>QUYẾT ĐỊNH:<', '>X<') });
    expect(notDocx.message).toContain('.docx');
    expect(await call(backend, 'awardDecisions:templateStatus', {})).toEqual({ custom: false });
    expect(await exported()).toContain('QUYẾT ĐỊNH:');
  });
});
