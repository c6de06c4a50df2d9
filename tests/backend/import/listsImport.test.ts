import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { excelSerial } from '../../fixtures/messyMemberWorkbook';
import { emptyOffice } from '../members/helpers';
import { cancellingBackend } from './cancellingBackend';
import { importList, listOffice, workbook, type Row } from './listHelpers';

const temp = useTempDirs();

const office = () => listOffice(temp);

const importAudits = (backend: Backend, entity: string) =>
  readDb(backend.dbFile, (db) => count(db, "SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = ?", entity));

describe('campaign list imports (works, initiatives, honours, contestants, criteria)', () => {
  it('imports works read by header label in any order, money and dates as a clerk types them', async () => {
    const { backend, saoMai, campaignId } = await office();
    const { inspection, preview, result } = await importList(backend, 'works', campaignId, [
      ['DANH SÁCH CÔNG TRÌNH CHÀO MỪNG 2025'],
      [],
      ['Giá trị (đồng)', 'Ngày hoàn thành', 'TÊN CONG TRINH', 'Đơn vị', 'Cấp', 'Gắn biển'],
      ['120.000.000', '26/12/25', 'Nhà văn hóa công nhân', 'cong ty tnhh sao mai', 'cơ sở', 'x'],
      ['1,5 tỷ', excelSerial('2025-09-02'), 'Đường điện chiếu sáng', null, 'Cấp trên', null],
    ]);
    expect(inspection.headerRow).toBe(3);
    expect(inspection.mapping).toMatchObject({ value: 0, completedOn: 1, name: 2, union: 3, level: 4, plaque: 5 });
    expect(preview).toMatchObject({ dataRows: 2, validRows: 2, rejectedRows: 0, problems: [] });
    expect(result).toMatchObject({ imported: 2, errors: [], rejectedFile: null });
    const works = (await call(backend, 'campaignWorks:list', { campaignId })).items;
    expect(works.map((w) => [w.name, w.value, w.completedOn, w.organizationId, w.level, w.plaque, w.status])).toEqual([
      ['Nhà văn hóa công nhân', 120_000_000, '2025-12-26', saoMai.id, 'grassroots', true, 'completed'],
      ['Đường điện chiếu sáng', 1_500_000_000, '2025-09-02', null, 'upper', false, 'completed'],
    ]);
    expect(importAudits(backend, 'campaign_works')).toBe(1);
  });

  it('refuses a works file with errors by sheet row and column, in vi and en, and writes nothing', async () => {
    const { backend, campaignId } = await office();
    const rows: Row[] = [
      ['STT', 'Tên công trình', 'Giá trị (đồng)', 'Ngày hoàn thành', 'CĐCS'],
      [1, 'Nhà văn hóa', '1,500,000', '31/02/2025', 'Sao Mai'],
      [2, 'Sân bóng', 'năm triệu', '01/03/2025', 'CĐCS không có'],
      [3, null, '5 triệu', null, null],
    ];
    const { preview, result } = await importList(backend, 'works', campaignId, rows);
    expect(preview).toMatchObject({ dataRows: 3, validRows: 0, rejectedRows: 3 });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Giá trị (đồng)'],
      [2, 'Ngày hoàn thành'],
      [3, 'Giá trị (đồng)'],
      [3, 'CĐCS'],
      [4, 'Tên công trình'],
    ]);
    expect(result.errors[0]!.message).toContain('dấu phẩy');
    expect(result.errors[1]!.message).toBe("Ngày hoàn thành '31/02/2025' không có thật. Hãy kiểm tra lại ngày và tháng.");
    expect(result.errors[3]!.message).toContain("'CĐCS không có'");
    expect(result.errors[4]!.message).toBe('Thiếu Tên công trình. Hãy điền Tên công trình cho dòng này.');
    expect(result.imported).toBe(0);
    expect(result.rejectedFile).toMatch(/\.xlsx$/);
    // The rejected-rows file carries the sheet's own row numbers, after the reasons.
    const rejected = XLSX.read(fs.readFileSync(result.rejectedFile!));
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(rejected.Sheets[rejected.SheetNames[0]!]!, { header: 1 });
    expect(sheet[0]).toEqual(['STT', 'Tên công trình', 'Giá trị (đồng)', 'Ngày hoàn thành', 'CĐCS', 'Lý do', 'Dòng trong tệp gốc']);
    expect(sheet.slice(1).map((row) => [row[1] ?? null, row[6]])).toEqual([
      ['Nhà văn hóa', 2],
      ['Sân bóng', 3],
      [null, 4],
    ]);
    expect((await call(backend, 'campaignWorks:list', { campaignId })).total).toBe(0);
    expect(importAudits(backend, 'campaign_works')).toBe(1);

    // The same file's problems in English.
    await call(backend, 'settings:update', { 'ui.language': 'en' });
    const en = await importList(backend, 'works', campaignId, rows);
    expect(en.result.errors[1]!.message).toBe("Ngày hoàn thành '31/02/2025' does not exist. Check the day and the month.");
    expect(en.result.errors[0]!.message).toContain('commas');
  });

  it('imports initiatives with their authors linked to members (folded names)', async () => {
    const { backend, saoMai, lan, campaignId } = await office();
    const { result } = await importList(backend, 'initiatives', campaignId, [
      ['Tên sáng kiến', 'Tác giả', 'CĐCS', 'Ngày công nhận', 'Giá trị làm lợi (đồng)'],
      ['Cải tiến dây chuyền may', 'nguyen thi lan; Trần Văn Bình', 'Sao Mai', '15/06/2025', 250_000_000],
    ]);
    expect(result).toMatchObject({ imported: 1, errors: [] });
    const [item] = (await call(backend, 'initiatives:list', { campaignId })).items;
    expect(item).toMatchObject({ title: 'Cải tiến dây chuyền may', organizationId: saoMai.id, recognizedOn: '2025-06-15', value: 250_000_000 });
    expect(item!.authors).toEqual([
      { memberId: lan, name: 'Nguyễn Thị Lan' },
      { memberId: null, name: 'Trần Văn Bình' },
    ]);
  });

  it('imports honours: a person linked to the member, a collective to its CĐCS', async () => {
    const { backend, phungChau, lan, campaignId } = await office();
    const { result } = await importList(backend, 'honours', campaignId, [
      ['Họ và tên / Tập thể', 'Cá nhân / Tập thể', 'Danh hiệu', 'Ngày tôn vinh'],
      ['Nguyễn Thị Lan', 'Cá nhân', 'Lao động giỏi tiêu biểu', '20/11/2025'],
      ['Công đoàn cơ sở Trường THCS Phụng Châu', 'tap the', 'Tập thể tiêu biểu', '20112025'],
      ['Lê Văn Tám', 'Hộ gia đình', 'Tiêu biểu', null],
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[4, 'Cá nhân / Tập thể']]);
    expect(result.errors[0]!.message).toContain('Cá nhân, Tập thể');
    expect(result.imported).toBe(0);
    expect((await call(backend, 'campaignHonours:list', { campaignId })).total).toBe(0);

    const again = await importList(backend, 'honours', campaignId, [
      ['Họ và tên / Tập thể', 'Cá nhân / Tập thể', 'Danh hiệu', 'Ngày tôn vinh'],
      ['Nguyễn Thị Lan', 'Cá nhân', 'Lao động giỏi tiêu biểu', '20/11/2025'],
      ['Công đoàn cơ sở Trường THCS Phụng Châu', 'tap the', 'Tập thể tiêu biểu', '20112025'],
    ]);
    expect(again.result).toMatchObject({ imported: 2, errors: [] });
    const items = (await call(backend, 'campaignHonours:list', { campaignId })).items;
    expect(items.map((h) => [h.recipientKind, h.memberId, h.organizationId, h.honouredOn])).toEqual([
      ['individual', lan, null, '2025-11-20'],
      ['collective', null, phungChau.id, '2025-11-20'],
    ]);
  });

  it('imports contestants into the campaign contest named on each row; an unknown contest is refused', async () => {
    const { backend, saoMai, lan, campaignId } = await office();
    const contest = await call(backend, 'contests:save', { campaignId, draft: { name: 'Hội thi thợ giỏi' } });
    const rows: Row[] = [
      ['Hội thi', 'Họ và tên thí sinh', 'Nghề thi', 'CĐCS', 'Giải', 'Tiền thưởng (đồng)'],
      ['hoi thi tho gioi', 'Nguyễn Thị Lan', 'May công nghiệp', 'Sao Mai', 'Nhất', '2 triệu'],
      ['Hội thi thợ giỏi', 'Trần Văn Bình', 'Hàn', null, 'khuyen khich', 500_000],
    ];
    const { result } = await importList(backend, 'contestants', campaignId, [...rows, ['Hội thi nấu ăn', 'Lê Thị Hoa', null, null, null, null]]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[4, 'Hội thi']]);
    expect(result.errors[0]!.message).toContain('Hội thi thợ giỏi');
    expect((await call(backend, 'contestEntries:list', { contestId: contest.id })).total).toBe(0);

    expect((await importList(backend, 'contestants', campaignId, rows)).result).toMatchObject({ imported: 2, errors: [] });
    const entries = (await call(backend, 'contestEntries:list', { contestId: contest.id })).items;
    expect(entries.map((e) => [e.contestantName, e.memberId, e.organizationId, e.result, e.prizeAmount, e.trade])).toEqual([
      ['Nguyễn Thị Lan', lan, saoMai.id, 'first', 2_000_000, 'May công nghiệp'],
      ['Trần Văn Bình', null, null, 'consolation', 500_000, 'Hàn'],
    ]);
    expect(importAudits(backend, 'contest_entries')).toBe(2);
  });

  it('appends scoring criteria under their sections; a criterion without points is refused', async () => {
    const { backend } = await office();
    const cluster = await call(backend, 'clusters:save', { draft: { year: 2025, name: 'Cụm 1', kind: 'cluster', scope: 'own_unions' } });
    const sheet = await call(backend, 'scoreSheets:create', { clusterId: cluster.id, copyFrom: null });
    const bad = await importList(backend, 'criteria', sheet.id, [
      ['TT', 'Nội dung tiêu chí', 'Loại', 'Điểm tối đa'],
      ['I', 'Công tác tổ chức', 'Mục', null],
      ['1', 'Phát triển đoàn viên', 'Tiêu chí', null],
    ]);
    expect(bad.result.errors.map((e) => [e.row, e.column])).toEqual([[3, 'Điểm tối đa']]);
    const good = await importList(backend, 'criteria', sheet.id, [
      ['TT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Văn bản chứng minh'],
      ['I', 'Công tác tổ chức', null, null],
      ['1', 'Phát triển đoàn viên', 10, 'Báo cáo'],
      ['2', 'Thu đoàn phí', '2,5', null],
    ]);
    expect(good.result).toMatchObject({ imported: 3, errors: [] });
    const detail = await call(backend, 'scoreSheets:get', { id: sheet.id });
    const criteria = detail.criteria.map((c) => [c.kind, c.code, c.content, c.maxPoints, c.parentId === null ? null : 'child']);
    expect(criteria).toEqual([
      ['section', 'I', 'Công tác tổ chức', 0, null],
      ['criterion', '1', 'Phát triển đoàn viên', 10, 'child'],
      ['criterion', '2', 'Thu đoàn phí', 2.5, 'child'],
    ]);
  });

  it('needs the campaign the list goes to', async () => {
    const { backend } = await office();
    const rows = workbook([['Tên công trình'], ['Nhà văn hóa']]);
    await expect(call(backend, 'import:inspect', { kind: 'works', fileName: 'a.xlsx', base64: rows })).rejects.toThrow(/phong trào/);
    await expect(call(backend, 'import:inspect', { kind: 'works', fileName: 'a.xlsx', base64: rows, targetId: 999 })).rejects.toThrow(/999/);
  });
});

describe('a campaign list import shows progress and can be cancelled', () => {
  it('cancelled while writing 450 works: nothing written, no import recorded', async () => {
    const { backend, events, cancels } = cancellingBackend(temp, 'works-cancel', 'import.works', (event) => event.done > 0);
    await emptyOffice(backend);
    const campaign = await call(backend, 'campaigns:save', { draft: { year: 2025, name: 'Thi đua 2025', kind: 'regular' } });
    const rows: Row[] = [['STT', 'Tên công trình', 'Giá trị (đồng)']];
    for (let i = 1; i <= 450; i++) rows.push([i, `Công trình số ${i}`, `${i} triệu`]);
    const inspection = await call(backend, 'import:inspect', { kind: 'works', fileName: 'nhieu.xlsx', base64: workbook(rows), targetId: campaign.id });

    const result = await backend.invoke('import:run', { token: inspection.token, mapping: inspection.mapping, jobId: 'works-cancel' });
    expect(cancels).toHaveLength(1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    // Progress comes per chunk of 200 rows (at most one event per 50 ms, so which chunk speaks first
    // depends on the machine): the cancel came before the last row.
    const [done0, total0] = events.filter((e) => e.phase === 'import.works' && e.done > 0).map((e) => [e.done, e.total])[0]!;
    expect(total0).toBe(450);
    expect(done0! % 200).toBe(0);
    expect(done0).toBeLessThan(450);
    expect((await call(backend, 'campaignWorks:list', { campaignId: campaign.id })).total).toBe(0);
    expect(importAudits(backend, 'campaign_works')).toBe(0);

    const done = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
    expect(done).toMatchObject({ imported: 450, errors: [] });
    expect((await call(backend, 'campaignWorks:list', { campaignId: campaign.id, limit: 1 })).total).toBe(450);
  });
});
