import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../../fixtures/cli';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from './helpers';
import { newProposal, proposalOffice } from '../proposals/helpers';

const temp = useTempDirs();

async function office() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  return { dir, backend, ...(await awardsOffice(backend)) };
}

describe('a title must fit its recipient', () => {
  it('the catalogue says who each title is for (data): CSTDCS individuals, TTLDXS collectives', async () => {
    const { backend } = await office();
    const kinds = await call(backend, 'awardKinds:list', {});
    const of = (code: string) => kinds.find((k) => k.code === code)?.recipientKind;
    expect([of('CSTDCS'), of('LDTT'), of('TTLDXS'), of('TTLDTT'), of('GK')]).toEqual(['individual', 'individual', 'collective', 'collective', 'both']);
  });

  it('the decision screen refuses "Chiến sĩ thi đua cơ sở" to a collective and "Tập thể lao động xuất sắc" to a person, naming the row', async () => {
    const { backend, a, kind } = await office();
    const toCollective = await callError(backend, 'awardDecisions:save', {
      draft: { number: '3/QĐ-CĐP', decidedOn: '2025-12-10', titleKindId: kind('CSTDCS') },
      recipients: [person('Nguyễn Văn An'), { recipientKind: 'collective', organizationId: a.id, recipientName: a.name }],
    });
    expect(toCollective.code).toBe('AWARD_KIND_WRONG_RECIPIENT');
    expect(toCollective.message).toBe(
      `Dòng 2 (${a.name}): "Chiến sĩ thi đua cơ sở" chỉ tặng cho cá nhân, không tặng cho tập thể. Hãy đổi danh hiệu/hình thức hoặc đối tượng của dòng này.`,
    );
    const toPerson = await callError(backend, 'awardDecisions:save', {
      draft: { number: '4/QĐ-CĐP', decidedOn: '2025-12-10', titleKindId: kind('TTLDXS') },
      recipients: [person('Nguyễn Văn An')],
    });
    expect(toPerson.message).toContain('Dòng 1 (Nguyễn Văn An): "Tập thể lao động xuất sắc" chỉ tặng cho tập thể, không tặng cho cá nhân.');
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM award_decisions'))).toBe(0);
  });

  it('an award already saved cannot be switched to a recipient its title is not for', async () => {
    const { backend, kind } = await office();
    const saved = await call(backend, 'awardDecisions:save', { draft: { number: '5/QĐ-CĐP', decidedOn: '2025-12-10', titleKindId: kind('LDTT') }, recipients: [person('Nguyễn Văn An')] });
    const error = await callError(backend, 'awardDecisions:save', {
      id: saved.id,
      draft: { number: '5/QĐ-CĐP', decidedOn: '2025-12-10', titleKindId: kind('LDTT') },
      recipients: [{ id: saved.awards[0]!.id, recipientKind: 'collective', recipientName: 'Nguyễn Văn An' }],
    });
    expect(error.code).toBe('AWARD_KIND_WRONG_RECIPIENT');
    expect((await call(backend, 'awardDecisions:get', { id: saved.id })).awards[0]!.recipientKind).toBe('individual');
  });

  it('follows the catalogue: once the office allows both, the same row is accepted', async () => {
    const { backend, kind } = await office();
    const kinds = await call(backend, 'awardKinds:list', {});
    const cstdcs = kinds.find((k) => k.code === 'CSTDCS')!;
    await call(backend, 'awardKinds:save', {
      id: cstdcs.id,
      draft: { category: cstdcs.category, code: cstdcs.code, name: cstdcs.name, issuerLevel: cstdcs.issuerLevel, recipientKind: 'both', position: cstdcs.position, active: true },
    });
    const saved = await call(backend, 'awardDecisions:save', {
      draft: { number: '6/QĐ-CĐP', decidedOn: '2025-12-10', titleKindId: kind('CSTDCS') },
      recipients: [{ recipientKind: 'collective', recipientName: 'CĐCS Trường Mầm non Hoa Sen' }],
    });
    expect(saved.awards).toHaveLength(1);
  });

  it('`import awards --form CSTDCS` lists the collective rows by sheet row and writes nothing', async () => {
    const { dir, backend } = await office();
    backend.close();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['DANH SÁCH']);
    sheet.addRow(['TT', 'Họ và tên', 'Đơn vị', 'Thành tích', 'Loại']);
    sheet.addRow([1, 'Nguyễn Văn Một', 'Công ty May', '', 'Cá nhân']);
    sheet.addRow([2, 'Công đoàn cơ sở Trường Mầm non Hoa Sen', '', '', 'Tập thể']);
    const file = path.join(temp.dir(), 'cstdcs.xlsx');
    await book.xlsx.writeFile(file);
    const run = await cli(['import', 'awards', file, '--decision', '7/QĐ-CĐP', '--date', '2025-12-10', '--form', 'CSTDCS', '--data-dir', dir, '--json']);
    const result = run.json<{ imported: number; errors: { row: number; column: string; message: string }[] }>();
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'Loại',
        message: 'Dòng 4 (Công đoàn cơ sở Trường Mầm non Hoa Sen): "Chiến sĩ thi đua cơ sở" chỉ tặng cho cá nhân, không tặng cho tập thể. Hãy đổi danh hiệu/hình thức hoặc đối tượng của dòng này.',
      },
    ]);
    expect(readDb(path.join(dir, 'uniondesk.db'), (db) => count(db, 'SELECT count(*) FROM awards'))).toBe(0);
  });

  it('proposals: a row that does not fit the proposed title is refused on adding, editing and when the title changes', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const o = await proposalOffice(backend);
    const kinds = await call(backend, 'awardKinds:list', {});
    const kid = (code: string) => kinds.find((k) => k.code === code)!.id;
    const proposal = await newProposal(backend, { formKindId: null, titleKindId: kid('TTLDXS') });
    const added = await callError(backend, 'proposalItems:add', {
      proposalId: proposal.id,
      items: [
        { recipientKind: 'collective', organizationId: o.may.id, recipientName: o.may.name },
        { recipientKind: 'individual', memberId: o.duc, recipientName: 'Nguyễn Văn Đức' },
      ],
    });
    expect(added.code).toBe('AWARD_KIND_WRONG_RECIPIENT');
    expect(added.message).toContain('Dòng 2 (Nguyễn Văn Đức): "Tập thể lao động xuất sắc" chỉ tặng cho tập thể');
    expect((await call(backend, 'proposals:get', { id: proposal.id })).items).toEqual([]);

    const filled = await call(backend, 'proposalItems:add', { proposalId: proposal.id, items: [{ recipientKind: 'collective', organizationId: o.may.id, recipientName: o.may.name }] });
    const item = filled.items[0]!;
    const edited = await callError(backend, 'proposalItems:update', { id: item.id, item: { recipientKind: 'individual', recipientName: 'Nguyễn Văn Đức' } });
    expect(edited.code).toBe('AWARD_KIND_WRONG_RECIPIENT');
    const retitled = await callError(backend, 'proposals:save', {
      id: proposal.id,
      draft: { year: 2025, toIssuerLevel: 'province', formKindId: null, titleKindId: kid('CSTDCS'), number: '25/TTr-LĐLĐ', submittedOn: '2025-11-20' },
    });
    expect(retitled.message).toContain(`Dòng 1 (${o.may.name}): "Chiến sĩ thi đua cơ sở" chỉ tặng cho cá nhân`);
  });
});
