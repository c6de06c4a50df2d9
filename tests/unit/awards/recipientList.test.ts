import { describe, expect, it } from 'vitest';
import { LIST_MESSAGES, readRecipientGrid, tabGrid } from '../../../shared/awards/recipientList';

const read = (grid: string[][]) => readRecipientGrid(grid, LIST_MESSAGES.vi);

describe('recipient lists', () => {
  it('finds the header below a title and maps the columns by name, accents optional', () => {
    const { rows, errors } = read([
      ['DANH SÁCH'],
      [],
      ['STT', 'Ho va ten', 'Don vi', 'Thanh tich', 'Doi tuong'],
      ['1', 'Nguyễn Văn A', 'Tổ 1', 'Giỏi', 'Tập thể'],
    ]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ recipientName: 'Nguyễn Văn A', recipientUnit: 'Tổ 1', achievement: 'Giỏi', recipientKind: 'collective' }]);
  });

  it('a "Tập thể" column makes collectives', () => {
    expect(read([['Tập thể', 'Thành tích'], ['CĐCS Trường A', 'Vững mạnh']]).rows).toEqual([
      { recipientName: 'CĐCS Trường A', recipientUnit: '', achievement: 'Vững mạnh', recipientKind: 'collective' },
    ]);
  });

  it('names the row and column of each problem', () => {
    const { errors } = read([['Họ và tên', 'Loại', 'Thành tích'], ['', 'Cá nhân', 'x'], ['B', 'Nhóm', ''], ['C', '', 'y'.repeat(2001)]]);
    expect(errors).toEqual([
      { row: 2, column: 'Họ và tên', message: 'Thiếu họ tên hoặc tên tập thể.' },
      { row: 3, column: 'Loại', message: '"Nhóm" không phải "Cá nhân" hoặc "Tập thể".' },
      { row: 4, column: 'Thành tích', message: 'Thành tích dài quá 2000 ký tự.' },
    ]);
  });

  it('splits text copied from Excel, with quoted cells', () => {
    expect(tabGrid('a\tb\r\n"c ""d"""\te\n')).toEqual([
      ['a', 'b'],
      ['c "d"', 'e'],
    ]);
  });
});
