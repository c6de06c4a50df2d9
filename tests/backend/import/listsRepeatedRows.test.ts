import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { importList, listOffice, type Row } from './listHelpers';

const temp = useTempDirs();

/*
 * Two rows of one list file that are the same entry (folded title or name, same CĐCS, same
 * contest) are refused with both sheet row numbers; the import writes nothing.
 */
describe('repeated rows within one list import file', () => {
  it('works: the same title (folded) for the same CĐCS is refused with both rows, in vi and en; another CĐCS is not a repeat', async () => {
    const { backend, campaignId } = await listOffice(temp);
    const rows: Row[] = [
      ['STT', 'Tên công trình', 'CĐCS', 'Giá trị (đồng)'],
      [1, 'Nhà văn hóa công nhân', 'Sao Mai', '120.000.000'],
      [2, 'Nhà văn hóa công nhân', 'Phụng Châu', '80.000.000'],
      [3, 'Sân bóng', null, null],
      [4, 'NHA VAN HOA  CONG NHAN', 'cong ty tnhh sao mai', '120.000.000'],
      [5, 'sân bóng', null, '5 triệu'],
    ];
    const { preview, result } = await importList(backend, 'works', campaignId, rows);
    expect(preview).toMatchObject({ dataRows: 5, validRows: 3, rejectedRows: 2 });
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'Tên công trình'],
      [6, 'Tên công trình'],
    ]);
    expect(result.errors[0]!.message).toBe(
      "Dòng 5 và dòng 2 của tệp cùng là 'NHA VAN HOA CONG NHAN' (cùng tên, cùng CĐCS). Hãy xóa một trong hai dòng hoặc sửa lại tên.",
    );
    expect(result.errors[1]!.message).toContain('Dòng 6 và dòng 4');
    expect((await call(backend, 'campaignWorks:list', { campaignId })).total).toBe(0);

    await call(backend, 'settings:update', { 'ui.language': 'en' });
    const en = await importList(backend, 'works', campaignId, rows);
    expect(en.result.errors[0]!.message).toBe(
      "Rows 2 and 5 of the file are both 'NHA VAN HOA CONG NHAN' (same name, same grassroots union). Delete one of the two rows or correct the name.",
    );

    const fixed = await importList(backend, 'works', campaignId, rows.slice(0, 4));
    expect(fixed.result).toMatchObject({ imported: 3, errors: [] });
  });

  it('initiatives: the same title for the same CĐCS repeats, whatever the authors', async () => {
    const { backend, campaignId } = await listOffice(temp);
    const { result } = await importList(backend, 'initiatives', campaignId, [
      ['Tên sáng kiến', 'Tác giả', 'CĐCS'],
      ['Cải tiến dây chuyền may', 'Nguyễn Thị Lan', 'Sao Mai'],
      ['Cải tiến dây chuyền may', 'Nguyễn Thị Lan', 'Phụng Châu'],
      ['Cải tiến khuôn ép', 'Trần Văn Bình', 'Sao Mai'],
      ['cai tien day chuyen may', 'Trần Văn Bình', 'Sao Mai'],
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[5, 'Tên sáng kiến']]);
    expect(result.errors[0]!.message).toContain('Dòng 5 và dòng 2');
    expect((await call(backend, 'initiatives:list', { campaignId })).total).toBe(0);
  });

  it('honours: the same person with the same title repeats; another title is another honour', async () => {
    const { backend, campaignId } = await listOffice(temp);
    const { result } = await importList(backend, 'honours', campaignId, [
      ['Họ và tên / Tập thể', 'Danh hiệu', 'CĐCS'],
      ['Nguyễn Thị Lan', 'Lao động giỏi tiêu biểu', 'Sao Mai'],
      ['Nguyễn Thị Lan', 'Gương mặt tiêu biểu', 'Sao Mai'],
      ['nguyen thi lan', 'Lao động giỏi tiêu biểu', 'Sao Mai'],
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[4, 'Họ và tên / Tập thể']]);
    expect(result.errors[0]!.message).toContain('Dòng 4 và dòng 2');
    expect((await call(backend, 'campaignHonours:list', { campaignId })).total).toBe(0);
  });

  it('contestants: the same contestant in the same contest repeats; the same name in another contest does not', async () => {
    const { backend, campaignId } = await listOffice(temp);
    const welding = await call(backend, 'contests:save', { campaignId, draft: { name: 'Hội thi thợ giỏi' } });
    await call(backend, 'contests:save', { campaignId, draft: { name: 'Hội thi nấu ăn' } });
    const { result } = await importList(backend, 'contestants', campaignId, [
      ['Hội thi', 'Họ và tên thí sinh', 'CĐCS'],
      ['Hội thi thợ giỏi', 'Trần Văn Bình', null],
      ['Hội thi nấu ăn', 'Trần Văn Bình', null],
      ['hoi thi tho gioi', 'TRẦN VĂN BÌNH', null],
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[4, 'Họ và tên thí sinh']]);
    expect(result.errors[0]!.message).toContain('Dòng 4 và dòng 2');
    expect((await call(backend, 'contestEntries:list', { contestId: welding.id })).total).toBe(0);
  });
});
