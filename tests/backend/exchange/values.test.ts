import { describe, expect, it } from 'vitest';
import { readDate } from '../../../electron/backend/exchange/values/date';
import { readCccd, readPhone } from '../../../electron/backend/exchange/values/identity';
import { readBoolean, readSex } from '../../../electron/backend/exchange/values/choices';
import { normalizePersonName } from '../../../electron/backend/exchange/values/personName';
import { readCount } from '../../../electron/backend/exchange/values/count';
import { readUnionPosition } from '../../../electron/backend/exchange/members/position';
import { readSector } from '../../../electron/backend/exchange/unions/sector';
import { serialOf } from './helpers/workbooks';

const birth = { allowYear: true, today: '2025-12-05' };
const full = { allowYear: false, today: '2025-12-05' };

describe('readDate', () => {
  it('reads Excel serials without a time zone, fractions of a day dropped', () => {
    expect(readDate(serialOf('1985-03-15'), full)).toEqual({ ok: true, value: '1985-03-15' });
    expect(readDate(serialOf('2000-02-29') + 0.75, full)).toEqual({ ok: true, value: '2000-02-29' });
    expect(readDate(45996, full)).toEqual({ ok: true, value: '2025-12-05' });
  });

  it('reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and ISO text', () => {
    expect(readDate('05/06/1990', full)).toEqual({ ok: true, value: '1990-06-05' });
    expect(readDate('5/6/1990', full)).toEqual({ ok: true, value: '1990-06-05' });
    expect(readDate('05-06-1990', full)).toEqual({ ok: true, value: '1990-06-05' });
    expect(readDate('05.06.1990', full)).toEqual({ ok: true, value: '1990-06-05' });
    expect(readDate(' 05 / 06 / 1990 ', full)).toEqual({ ok: true, value: '1990-06-05' });
    expect(readDate('1990-06-05', full)).toEqual({ ok: true, value: '1990-06-05' });
  });

  it('takes a bare year only for birth dates', () => {
    expect(readDate(1978, birth)).toEqual({ ok: true, value: '1978' });
    expect(readDate('1978', birth)).toEqual({ ok: true, value: '1978' });
    expect(readDate(1978, full)).toEqual({ ok: false, code: 'invalidDate', params: { value: '1978', reason: 'yearOnly' } });
  });

  it('tells impossible, future and unreadable dates apart', () => {
    expect(readDate('31/02/1990', birth)).toEqual({ ok: false, code: 'impossibleDate', params: { value: '31/02/1990' } });
    expect(readDate('29/02/2023', birth)).toMatchObject({ ok: false, code: 'impossibleDate' });
    expect(readDate('29/02/2024', birth)).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate('06/12/2025', birth)).toEqual({ ok: false, code: 'futureDate', params: { value: '06/12/2025' } });
    expect(readDate('05/12/2025', birth)).toEqual({ ok: true, value: '2025-12-05' });
    expect(readDate(2026, birth)).toMatchObject({ ok: false, code: 'futureDate' });
    expect(readDate(serialOf('2030-01-01'), birth)).toEqual({ ok: false, code: 'futureDate', params: { value: '01/01/2030' } });
    expect(readDate('13/13/1990', birth)).toMatchObject({ ok: false, code: 'invalidDate' });
    expect(readDate('5/6/90', birth)).toMatchObject({ ok: false, code: 'invalidDate' });
    expect(readDate('05/06-1990', birth)).toMatchObject({ ok: false, code: 'invalidDate' });
    expect(readDate('tháng 6', birth)).toMatchObject({ ok: false, code: 'invalidDate' });
    expect(readDate(25, birth)).toMatchObject({ ok: false, code: 'invalidDate' });
    expect(readDate('01/01/1850', birth)).toMatchObject({ ok: false, code: 'invalidDate', params: { reason: 'tooEarly' } });
    expect(readDate(true, birth)).toMatchObject({ ok: false, code: 'invalidDate' });
  });
});

describe('readCccd', () => {
  it('keeps 12-digit text, dropping spaces, dots and a leading apostrophe', () => {
    expect(readCccd('001085000111')).toEqual({ ok: true, value: '001085000111' });
    expect(readCccd('001 085 000 111')).toEqual({ ok: true, value: '001085000111' });
    expect(readCccd('001.085.000.111')).toEqual({ ok: true, value: '001085000111' });
    expect(readCccd("'001085000111")).toEqual({ ok: true, value: '001085000111' });
  });

  it('pads numbers of 9 to 11 digits that lost their leading zeros', () => {
    expect(readCccd(1085000111)).toEqual({ ok: true, value: '001085000111' });
    expect(readCccd(12345678901)).toEqual({ ok: true, value: '012345678901' });
    expect(readCccd(123456789)).toEqual({ ok: true, value: '000123456789' });
    expect(readCccd(123456789012)).toEqual({ ok: true, value: '123456789012' });
  });

  it('rejects old 9-digit CMND text, wrong lengths and letters, with a reason', () => {
    expect(readCccd('123456789')).toEqual({ ok: false, code: 'invalidCccd', params: { value: '123456789', reason: 'oldCmnd', digits: 9 } });
    expect(readCccd('0010850001')).toEqual({ ok: false, code: 'invalidCccd', params: { value: '0010850001', reason: 'length', digits: 10 } });
    expect(readCccd(12345678)).toEqual({ ok: false, code: 'invalidCccd', params: { value: '12345678', reason: 'length', digits: 8 } });
    expect(readCccd('B1234567890')).toMatchObject({ ok: false, params: { reason: 'notDigits' } });
    expect(readCccd('001-085-000-111')).toMatchObject({ ok: false, params: { reason: 'notDigits' } });
  });
});

describe('readPhone', () => {
  it('normalises and accepts Vietnamese numbers', () => {
    expect(readPhone('0912 345 678')).toEqual({ ok: true, value: '0912345678' });
    expect(readPhone('0912.345.678')).toEqual({ ok: true, value: '0912345678' });
    expect(readPhone('+84 912 345 678')).toEqual({ ok: true, value: '0912345678' });
    expect(readPhone(912345678)).toEqual({ ok: true, value: '0912345678' });
    expect(readPhone('(024) 3825 1234')).toEqual({ ok: true, value: '02438251234' });
  });

  it('rejects what is not a phone number', () => {
    expect(readPhone('12345')).toEqual({ ok: false, code: 'invalidPhone', params: { value: '12345' } });
    expect(readPhone('0912345678 - 0987654321')).toMatchObject({ ok: false, code: 'invalidPhone' });
    expect(readPhone('không có')).toMatchObject({ ok: false, code: 'invalidPhone' });
  });
});

describe('sex, yes/no, position, counts and sectors', () => {
  it('reads sex in every usual spelling', () => {
    for (const text of ['Nam', 'nam', 'NAM', 'M']) expect(readSex(text)).toEqual({ ok: true, value: 'male' });
    for (const text of ['Nữ', 'nữ', 'nu', 'NỮ', 'F']) expect(readSex(text)).toEqual({ ok: true, value: 'female' });
    expect(readSex('khác')).toEqual({ ok: false, code: 'invalidSex', params: { value: 'khác' } });
  });

  it('reads yes/no columns', () => {
    for (const cell of ['x', 'X', 'có', '✓', 1, true, 'Đảng viên', '03/02/2010', 40000]) {
      expect(readBoolean(cell), String(cell)).toEqual({ ok: true, value: true });
    }
    for (const cell of [null, '', 'không', '-', 0, false]) expect(readBoolean(cell), String(cell)).toEqual({ ok: true, value: false });
    expect(readBoolean('có lẽ')).toMatchObject({ ok: false, code: 'invalidBoolean' });
  });

  it('reads union positions', () => {
    expect(readUnionPosition('Chủ tịch')).toEqual({ ok: true, value: 'chair' });
    expect(readUnionPosition('Chủ tịch CĐCS')).toEqual({ ok: true, value: 'chair' });
    expect(readUnionPosition('Phó Chủ tịch')).toEqual({ ok: true, value: 'vice_chair' });
    expect(readUnionPosition('PCT')).toEqual({ ok: true, value: 'vice_chair' });
    expect(readUnionPosition('Uỷ viên BCH')).toEqual({ ok: true, value: 'executive_member' });
    expect(readUnionPosition('Ủy viên Ban Chấp hành')).toEqual({ ok: true, value: 'executive_member' });
    expect(readUnionPosition('Ủy viên UBKT')).toEqual({ ok: true, value: 'inspection_member' });
    expect(readUnionPosition('Tổ trưởng công đoàn')).toEqual({ ok: true, value: 'group_leader' });
    expect(readUnionPosition('Tổ phó')).toEqual({ ok: true, value: 'group_deputy' });
    expect(readUnionPosition('Đoàn viên')).toEqual({ ok: true, value: 'none' });
    expect(readUnionPosition('Trưởng phòng')).toEqual({ ok: false, code: 'invalidPosition', params: { value: 'Trưởng phòng' } });
  });

  it('reads head counts', () => {
    expect(readCount(120)).toEqual({ ok: true, value: 120 });
    expect(readCount('1.250')).toEqual({ ok: true, value: 1250 });
    expect(readCount(-1)).toMatchObject({ ok: false, code: 'invalidNumber' });
    expect(readCount('nhiều')).toMatchObject({ ok: false, code: 'invalidNumber' });
    expect(readCount(12.5)).toMatchObject({ ok: false, code: 'invalidNumber' });
  });

  it('reads sectors by their Vietnamese labels', () => {
    expect(readSector('Hành chính sự nghiệp')).toEqual({ ok: true, value: 'public_service' });
    expect(readSector('Doanh nghiệp nhà nước')).toEqual({ ok: true, value: 'state_enterprise' });
    expect(readSector('Doanh nghiệp ngoài nhà nước')).toEqual({ ok: true, value: 'private_enterprise' });
    expect(readSector('Doanh nghiệp FDI')).toEqual({ ok: true, value: 'fdi_enterprise' });
    expect(readSector('Nghiệp đoàn')).toEqual({ ok: true, value: 'professional_union' });
    expect(readSector('HCSN')).toEqual({ ok: true, value: 'public_service' });
    expect(readSector('Khu công nghiệp')).toEqual({ ok: false, code: 'invalidSector', params: { value: 'Khu công nghiệp' } });
  });
});

describe('normalizePersonName', () => {
  it('capitalises names written in capitals or small letters, the Vietnamese way', () => {
    expect(normalizePersonName('NGUYỄN VĂN A')).toBe('Nguyễn Văn A');
    expect(normalizePersonName('ĐẶNG THỊ ÚT')).toBe('Đặng Thị Út');
    expect(normalizePersonName('  trần   thị\u00a0bình ')).toBe('Trần Thị Bình');
    expect(normalizePersonName('Lê Thị ánh')).toBe('Lê Thị Ánh');
    expect(normalizePersonName("H'HEN NIÊ")).toBe("H'Hen Niê");
  });

  it('returns NFC, and repairs the half-capitalised words of TCVN3 files', () => {
    const decomposed = 'Nguye\u0302\u0303n Văn An';
    expect(normalizePersonName(decomposed)).toBe('Nguyễn Văn An');
    expect(normalizePersonName(decomposed)).toBe(normalizePersonName(decomposed).normalize('NFC'));
    expect(normalizePersonName('NGUYễN VĂN ĐứC')).toBe('Nguyễn Văn Đức');
  });
});
