import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { docxText } from '../../fixtures/docx';
import { newProposal, proposalOffice } from './helpers';

const temp = useTempDirs();

async function sentProposal() {
  const backend = temp.open({ dataDir: temp.dir() });
  const o = await proposalOffice(backend);
  const proposal = await newProposal(backend);
  const filled = await call(backend, 'proposalItems:add', {
    proposalId: proposal.id,
    items: [
      { recipientKind: 'collective', organizationId: o.may.id, recipientName: o.may.name },
      { recipientKind: 'collective', organizationId: o.truong.id, recipientName: o.truong.name },
      { recipientKind: 'individual', memberId: o.duc, recipientName: 'Nguyễn Văn Đức' },
      { recipientKind: 'individual', memberId: o.dung, recipientName: 'Trần Thị Dung' },
      { recipientKind: 'individual', memberId: o.hung, recipientName: 'Đỗ Văn Hùng' },
    ],
  });
  return { backend, o, proposal: filled };
}

describe('a proposal once sent is a numbered snapshot', () => {
  it('approving and rejecting rows later never rewrites the letter or the list that went up', async () => {
    const { backend, proposal } = await sentProposal();
    const sent = await call(backend, 'proposals:send', { id: proposal.id });
    expect(sent.sent).toMatchObject({ version: 1 });
    const [a, , c, d] = proposal.items;
    await call(backend, 'proposalItems:approve', { ids: [a!.id, c!.id], decision: { number: '1234/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    await call(backend, 'proposalItems:reject', { ids: [d!.id], reason: 'Chưa đủ điều kiện' });

    const letter = path.join(temp.dir(), 'to-trinh.docx');
    await call(backend, 'proposals:exportLetter', { id: proposal.id, target: letter });
    const text = docxText(letter);
    expect(text).toContain('2 tập thể và 3 cá nhân');
    expect(text).toContain('Trần Thị Dung');
    expect(text).not.toContain('V/v');
    expect(text).toContain('- Như trên;');
    expect(text.trimEnd()).toMatch(/- Lưu: VT\.\s/u);
    expect(text).not.toContain('Lưu: VT;');
    expect(text).toContain('(Kèm theo Tờ trình số 25/TTr-LĐLĐ ngày 20 tháng 11 năm 2025 của');

    const list = path.join(temp.dir(), 'ds.xlsx');
    await call(backend, 'proposals:exportList', { id: proposal.id, target: list });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(list);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(' | ');
    for (const name of ['Nguyễn Văn Đức', 'Trần Thị Dung', 'Đỗ Văn Hùng']) expect(cells).toContain(name);

    const copy = await call(backend, 'proposals:sentCopy', { id: proposal.id });
    expect(copy?.proposal.items.map((i) => i.status)).toEqual(['proposed', 'proposed', 'proposed', 'proposed', 'proposed']);
    // The live proposal shows the results; only the sent copy is frozen.
    expect((await call(backend, 'proposals:get', { id: proposal.id })).items.map((i) => i.status)).toEqual(['approved', 'proposed', 'approved', 'rejected', 'proposed']);
  });

  it('sending again makes copy 2; a letter without number or date is not sent', async () => {
    const { backend, proposal } = await sentProposal();
    await call(backend, 'proposals:send', { id: proposal.id });
    expect((await call(backend, 'proposals:send', { id: proposal.id })).sent?.version).toBe(2);
    const unnumbered = await newProposal(backend, { number: '', submittedOn: null });
    await call(backend, 'proposalItems:add', { proposalId: unnumbered.id, items: [{ recipientKind: 'individual', recipientName: 'Lê Văn Ngoài' }] });
    const error = await callError(backend, 'proposals:send', { id: unnumbered.id });
    expect(error.code).toBe('PROPOSAL_SEND_INCOMPLETE');
    expect(error.message).toContain('chưa có số hoặc ngày ký');
    expect(await call(backend, 'proposals:sentCopy', { id: unnumbered.id })).toBeNull();
  });
});
