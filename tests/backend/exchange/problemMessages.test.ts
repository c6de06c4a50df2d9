import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../electron/backend/exchange/problems/messages';
import type { ImportProblem, ProblemCode } from '../../../electron/backend/exchange/problems/types';

const at = { row: 14, column: 'Ngày sinh', field: 'birthDate' };

describe('problemMessage', () => {
  it('says in Vietnamese what is wrong, naming the column as in the file', () => {
    expect(problemMessage({ ...at, code: 'impossibleDate', params: { value: '31/02/1990' } }, 'vi')).toBe(
      "Ngày sinh '31/02/1990' không có thật. Hãy kiểm tra lại ngày và tháng.",
    );
    expect(
      problemMessage({ row: 3, column: 'Số CCCD', field: 'cccd', code: 'invalidCccd', params: { value: '0010850001', reason: 'length', digits: 10 } }, 'vi'),
    ).toBe('Số CCCD phải có đúng 12 chữ số (đang có 10). Hãy ghi đủ 12 số như trên thẻ căn cước.');
    expect(
      problemMessage({ row: 3, column: 'CMND', field: 'cccd', code: 'invalidCccd', params: { value: '123456789', reason: 'oldCmnd', digits: 9 } }, 'vi'),
    ).toContain('Số CCCD phải có đúng 12 chữ số (đang có 9)');
  });

  it('and in English', () => {
    expect(problemMessage({ ...at, code: 'impossibleDate', params: { value: '31/02/1990' } }, 'en')).toBe(
      "Ngày sinh '31/02/1990' does not exist. Check the day and the month.",
    );
    expect(problemMessage({ ...at, code: 'futureDate', params: { value: '01/01/2030' } }, 'en')).toContain('in the future');
  });

  it('names a field that has no column by its label', () => {
    expect(problemMessage({ row: 2, column: '', field: 'fullName', code: 'required' }, 'vi')).toBe(
      'Thiếu Họ và tên. Hãy điền Họ và tên cho dòng này.',
    );
    expect(problemMessage({ row: 2, column: '', field: 'union', code: 'missingUnion' }, 'en')).toContain('grassroots union');
  });

  it('picks the variant by reason or by', () => {
    const dup = (by: string): ImportProblem => ({ row: 17, column: 'Số CCCD', field: 'cccd', code: 'duplicateInFile', params: { firstRow: 10, by, value: '001234567890' } });
    expect(problemMessage(dup('cccd'), 'vi')).toBe('Số CCCD 001234567890 trùng với dòng 10 của tệp. Hãy xóa dòng trùng hoặc sửa lại số.');
    expect(problemMessage(dup('nameAndBirthDate'), 'vi')).toContain('Họ tên và ngày sinh trùng với dòng 10');
    expect(problemMessage({ row: 19, column: 'Nam / Nữ', field: 'sex', code: 'invalidSex', params: { reason: 'both' } }, 'vi')).toContain('cả cột Nam và cột Nữ');
  });

  it('has a complete message, with no placeholder left, for every code in both languages', () => {
    const codes: ProblemCode[] = [
      'required', 'invalidDate', 'impossibleDate', 'futureDate', 'invalidCccd', 'invalidPhone', 'unknownUnion', 'missingUnion',
      'invalidSex', 'invalidBoolean', 'invalidPosition', 'invalidNumber', 'invalidSector', 'femaleExceedsTotal', 'tooLong',
      'duplicateInFile', 'invalidValue',
    ];
    const params = { value: 'abc', digits: 9, max: 50, firstRow: 3, female: 5, total: 4, reason: 'x' };
    for (const locale of ['vi', 'en'] as const) {
      for (const code of codes) {
        const message = problemMessage({ row: 1, column: 'Cột', field: 'x', code, params }, locale);
        expect(message, `${locale} ${code}`).not.toMatch(/\{\{|undefined/u);
        expect(message.length, `${locale} ${code}`).toBeGreaterThan(20);
      }
    }
  });
});
