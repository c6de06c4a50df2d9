import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { MemberFilter } from '../../../shared/members/query';
import { call, useTempDirs } from '../../fixtures/backend';
import { admit, emptyOffice } from './helpers';

const temp = useTempDirs();

const PEOPLE = [
  { fullName: 'Nguyễn Văn Đức', cccd: '001085777001', birthDate: '1985-03-15', sex: 'male', phone: '0912345678', joinedOn: '2010-06-15' },
  { fullName: 'Trần Thị Dung', cccd: '001190777002', birthDate: '1990-06-05', sex: 'female', joinedOn: '2015-09-01' },
  { fullName: 'Lê Văn Cường', cccd: '036078777003', birthDate: '1978', sex: 'male' },
  { fullName: 'Đỗ Văn Hùng', cccd: '001088777008', birthDate: '1988-11-20', sex: 'male', cardNumber: 'HN00012345' },
  { fullName: 'Ưng Thị Ánh', cccd: '001192000010', birthDate: '1992-01-31', sex: 'female' },
  { fullName: 'Nguyễn Văn An', birthDate: '2001-12-01', sex: 'male', unionPosition: 'chair' },
  { fullName: 'Hà Văn Nam', cccd: '000000000007', birthDate: '1999-02-28', sex: 'male' },
  { fullName: 'Bùi Thị Ẩn', cccd: '001180000011', sex: 'female' },
] as const;

async function office(backend: Backend) {
  const [a, b] = await emptyOffice(backend, ['Công đoàn cơ sở Trường Tiểu học Đông Phương Yên', 'Công đoàn cơ sở Công ty May Đức Giang']);
  const ids: number[] = [];
  for (const person of PEOPLE) ids.push(await admit(backend, a!.id, person.fullName, person, '2020-01-02'));
  await admit(backend, b!.id, 'Nguyễn Thị Ngọc', { cccd: '001190123456' });
  // One who left: not in an export of active members.
  const left = await admit(backend, a!.id, 'Phạm Thị Hoa', { cccd: '001190777004' });
  await call(backend, 'members:end', { memberIds: [left], kind: 'left', date: '2025-01-15' });
  return { a: a!, b: b!, ids };
}

async function read(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const column = (label: string) => header.indexOf(label) + 1;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return { sheet, header, column, rows };
}

async function exportTo(backend: Backend, filter: MemberFilter, personalData?: boolean) {
  const target = path.join(temp.dir(), 'doan-vien.xlsx');
  const result = await call(backend, 'export:members', { filter, target, ...(personalData === undefined ? {} : { personalData }) });
  expect(result.file).toBe(target);
  expect(fs.existsSync(`${target}.partial`)).toBe(false);
  return { result, ...(await read(target)) };
}

describe('export:members', () => {
  it('writes the filtered members in the official order with Vietnamese headers, dates as dates, a frozen header', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { a } = await office(backend);
    const filter: MemberFilter = { organizationId: a.id, status: 'active' };
    const listed = await call(backend, 'members:list', { ...filter, limit: 500 });
    const { result, sheet, header, column, rows } = await exportTo(backend, filter, true);

    expect(result.rows).toBe(PEOPLE.length);
    expect(listed.total).toBe(PEOPLE.length);
    expect(rows).toHaveLength(PEOPLE.length);
    expect(header.slice(0, 2)).toEqual(['STT', 'Họ và tên']);
    expect(header).toEqual(expect.arrayContaining(['Ngày sinh', 'Giới tính', 'Số CCCD', 'Điện thoại', 'Ngày vào công đoàn', 'Số thẻ đoàn viên', 'Mã CĐCS', 'Công đoàn cơ sở', 'Trạng thái', 'Chức vụ công đoàn']));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);

    // Rows in the official order, the same as the list, numbered from 1.
    expect(rows.map((r) => r.getCell(column('Họ và tên')).value)).toEqual(listed.items.map((m) => m.fullName));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(PEOPLE.map((_, i) => i + 1));
    expect(rows.every((r) => r.getCell(column('Mã CĐCS')).value === a.code)).toBe(true);
    expect(rows.every((r) => r.getCell(column('Công đoàn cơ sở')).value === a.name)).toBe(true);

    const byName = new Map(rows.map((r) => [r.getCell(column('Họ và tên')).value as string, r]));
    // CCCD as text, leading zeros kept.
    const nam = byName.get('Hà Văn Nam')!;
    expect(nam.getCell(column('Số CCCD')).value).toBe('000000000007');
    expect(nam.getCell(column('Số CCCD')).type).toBe(ExcelJS.ValueType.String);
    expect(byName.get('Nguyễn Văn Đức')!.getCell(column('Số CCCD')).value).toBe('001085777001');
    expect(byName.get('Nguyễn Văn An')!.getCell(column('Số CCCD')).value ?? '').toBe('');
    // Dates as real dates shown dd/mm/yyyy; a bare year stays text.
    const duc = byName.get('Nguyễn Văn Đức')!;
    const birth = duc.getCell(column('Ngày sinh'));
    expect(birth.type).toBe(ExcelJS.ValueType.Date);
    expect((birth.value as Date).toISOString().slice(0, 10)).toBe('1985-03-15');
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    const joined = duc.getCell(column('Ngày vào công đoàn'));
    expect((joined.value as Date).toISOString().slice(0, 10)).toBe('2010-06-15');
    expect(joined.numFmt).toBe('dd/mm/yyyy');
    expect(byName.get('Lê Văn Cường')!.getCell(column('Ngày sinh')).value).toBe('1978');
    expect(byName.get('Lê Văn Cường')!.getCell(column('Ngày vào công đoàn')).value).toEqual(new Date(Date.UTC(2020, 0, 2)));
    expect(duc.getCell(column('Giới tính')).value).toBe('Nam');
    expect(byName.get('Trần Thị Dung')!.getCell(column('Giới tính')).value).toBe('Nữ');
    expect(duc.getCell(column('Điện thoại')).value).toBe('0912345678');
    expect(byName.get('Đỗ Văn Hùng')!.getCell(column('Số thẻ đoàn viên')).value).toBe('HN00012345');
    expect(byName.get('Nguyễn Văn An')!.getCell(column('Chức vụ công đoàn')).value).toBe('Chủ tịch');
    expect(duc.getCell(column('Trạng thái')).value).toBe('Đang sinh hoạt');
  });

  it('leaves the protected personal data out unless asked (NĐ 13/2023)', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { a } = await office(backend);
    const { header, rows, column } = await exportTo(backend, { organizationId: a.id, status: 'active' });
    for (const label of ['Số CCCD', 'Ngày sinh', 'Điện thoại']) expect(header).not.toContain(label);
    expect(rows).toHaveLength(PEOPLE.length);
    const values = rows.flatMap((r) => (r.values as unknown[]).map(String));
    for (const cccd of ['001085777001', '000000000007', '0912345678']) expect(values).not.toContain(cccd);
    // Non-personal columns are still there, dates still real dates.
    expect(header).toContain('Ngày vào công đoàn');
    expect(rows.some((r) => r.getCell(column('Ngày vào công đoàn')).type === ExcelJS.ValueType.Date)).toBe(true);
  });

  it('exports the other filters: every status of all unions, or one status', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { b } = await office(backend);
    const everyone = await exportTo(backend, {});
    expect(everyone.result.rows).toBe(PEOPLE.length + 2);
    const listed = await call(backend, 'members:list', { limit: 500 });
    expect(everyone.rows.map((r) => r.getCell(everyone.column('Họ và tên')).value)).toEqual(listed.items.map((m) => m.fullName));
    const left = await exportTo(backend, { status: 'left' });
    expect(left.rows.map((r) => r.getCell(left.column('Họ và tên')).value)).toEqual(['Phạm Thị Hoa']);
    const ofB = await exportTo(backend, { organizationId: b.id });
    expect(ofB.rows.map((r) => r.getCell(ofB.column('Họ và tên')).value)).toEqual(['Nguyễn Thị Ngọc']);
    const women = await exportTo(backend, { sex: 'female', status: 'active' });
    expect(women.rows.map((r) => r.getCell(women.column('Họ và tên')).value)).toEqual(['Ưng Thị Ánh', 'Bùi Thị Ẩn', 'Trần Thị Dung']);
  });

  it('with a search filter, writes only the hits, still in the official order', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await office(backend);
    const { result, rows, column } = await exportTo(backend, { search: 'nguyen' });
    expect(result.rows).toBe(3);
    // Official order: An, Đức (given names), then Ngọc.
    expect(rows.map((r) => r.getCell(column('Họ và tên')).value)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Đức', 'Nguyễn Thị Ngọc']);
  });
});
