import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { excelSerial } from '../../fixtures/messyMemberWorkbook';
import { OFFICE_NAME, base64, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

/** A CĐCS list as an office keeps it: a title, Vietnamese headers, the sector by its Vietnamese label. */
function unionList(): Uint8Array {
  const rows = [
    ['DANH SÁCH CÔNG ĐOÀN CƠ SỞ NĂM 2025'],
    [],
    ['STT', 'Tên công đoàn cơ sở', 'Mã CĐCS', 'Khu vực', 'Ngày thành lập', 'Tổng số CNVCLĐ', 'Nữ', 'Chủ tịch', 'Điện thoại'],
    [1, 'Công đoàn cơ sở Công ty TNHH Sao Mai', null, 'Doanh nghiệp ngoài nhà nước', '12/03/2015', 120, 80, 'nguyễn thị lan', '0912 111 222'],
    [2, 'Công đoàn cơ sở Trường THCS Phụng Châu', 'CS0100', 'Hành chính sự nghiệp', excelSerial('1998-09-05'), 45, 30, 'Trần Văn Bình', null],
    [3, 'Công đoàn cơ sở Công ty Điện lực Chương Mỹ', null, 'DNNN', null, 210, 40, null, null],
    [4, 'Công đoàn cơ sở Công ty TNHH Điện tử Hanel Display', null, 'Doanh nghiệp FDI', '01/07/2019', 900, 610, null, null],
    [5, 'Nghiệp đoàn xe ôm Chúc Sơn', null, 'Nghiệp đoàn', null, 35, 2, null, null],
    [6, 'Công đoàn cơ sở Hợp tác xã Thủy Xuân Tiên', null, 'Hợp tác xã kiểu mới', null, 12, 5, null, null],
    [7, 'Công đoàn cơ sở Công ty May Tiên Sơn', null, 'Doanh nghiệp ngoài nhà nước', null, 50, 70, null, null],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'CĐCS');
  return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

function grassroots(backend: Backend) {
  return readDb(backend.dbFile, (db) =>
    db
      .prepare(
        `SELECT o.code, o.name, o.sector, o.founded_on, o.workers_total, o.workers_female, o.chair_name, o.phone,
                (SELECT count(*) FROM organization_management h WHERE h.organization_id = o.id AND h.valid_to IS NULL AND h.manager_id = o.parent_id) AS open_rows
           FROM organizations o JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
          WHERE o.level = 'grassroots' ORDER BY o.id`,
      )
      .all(),
  ) as { code: string; name: string; sector: string; founded_on: string | null; workers_total: number; workers_female: number; chair_name: string; phone: string; open_rows: number }[];
}

describe('import unions (database side)', () => {
  it('imports a CĐCS list with sectors given by Vietnamese labels; bad rows reported by sheet row', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await emptyOffice(backend, ['Công đoàn cơ sở Trường Tiểu học Đông Phương Yên']);
    const inspection = await call(backend, 'import:inspect', { kind: 'unions', fileName: 'cdcs.xlsx', base64: base64(unionList()) });
    expect(inspection.headerRow).toBe(3);
    expect(inspection.mapping).toMatchObject({ name: 1, code: 2, sector: 3, foundedOn: 4, workersTotal: 5, workersFemale: 6, chairName: 7, phone: 8 });

    const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    expect(preview).toMatchObject({ dataRows: 7, validRows: 5, rejectedRows: 2, duplicates: [] });
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [9, 'Khu vực'],
      [10, 'Nữ'],
    ]);
    expect(preview.problems[0]!.message).toContain('Hợp tác xã kiểu mới');

    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
    expect(result).toMatchObject({ imported: 5, updated: 0, skipped: 0 });
    expect(result.errors.map((e) => e.row)).toEqual([9, 10]);

    const rows = grassroots(backend);
    expect(rows.map((r) => [r.code, r.name, r.sector])).toEqual([
      ['CS0001', 'Công đoàn cơ sở Trường Tiểu học Đông Phương Yên', null],
      ['CS0002', 'Công đoàn cơ sở Công ty TNHH Sao Mai', 'private_enterprise'],
      ['CS0100', 'Công đoàn cơ sở Trường THCS Phụng Châu', 'public_service'],
      ['CS0101', 'Công đoàn cơ sở Công ty Điện lực Chương Mỹ', 'state_enterprise'],
      ['CS0102', 'Công đoàn cơ sở Công ty TNHH Điện tử Hanel Display', 'fdi_enterprise'],
      ['CS0103', 'Nghiệp đoàn xe ôm Chúc Sơn', 'professional_union'],
    ]);
    expect(rows[1]).toMatchObject({ founded_on: '2015-03-12', workers_total: 120, workers_female: 80, chair_name: 'Nguyễn Thị Lan', phone: '0912111222' });
    expect(rows[2]).toMatchObject({ founded_on: '1998-09-05', chair_name: 'Trần Văn Bình' });
    expect(rows.every((r) => r.open_rows === 1)).toBe(true);
    const detail = await call(backend, 'unions:byCode', { code: 'CS0100' });
    expect(detail.management).toEqual([{ managerName: OFFICE_NAME, validFrom: '1998-09-05', validTo: null, decisionNo: '' }]);
    expect((await call(backend, 'unions:list', { search: 'chuc son' })).items.map((u) => u.code)).toEqual(['CS0103']);
    readDb(backend.dbFile, (db) => {
      expect(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'organizations' AND action = 'create'")).toBe(6);
      expect(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'organizations' AND action = 'import'")).toBe(1);
    });
  });

  it('a second run skips the CĐCS already there, or updates them by code or name', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await emptyOffice(backend);
    const inspection = await call(backend, 'import:inspect', { kind: 'unions', fileName: 'cdcs.xlsx', base64: base64(unionList()) });
    await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
    const sao = await call(backend, 'unions:byCode', { code: 'CS0001' });
    await call(backend, 'unions:save', { id: sao.id, draft: { name: sao.name, code: sao.code!, sector: 'fdi_enterprise', workersTotal: 999 } });

    const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    expect(preview.duplicates.map((d) => [d.row, d.reason])).toEqual([[4, 'name'], [5, 'code'], [6, 'name'], [7, 'name'], [8, 'name']]);

    const skip = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'skip' });
    expect(skip).toMatchObject({ imported: 0, updated: 0, skipped: 5 });
    expect(grassroots(backend)).toHaveLength(5);

    const dry = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'update', dryRun: true });
    expect(dry).toMatchObject({ updated: 5, dryRun: true });
    expect((await call(backend, 'unions:get', { id: sao.id })).workersTotal).toBe(999);

    const update = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'update' });
    expect(update).toMatchObject({ imported: 0, updated: 5, skipped: 0 });
    const after = await call(backend, 'unions:get', { id: sao.id });
    expect(after).toMatchObject({ code: 'CS0001', sector: 'private_enterprise', workersTotal: 120 });
    expect(grassroots(backend)).toHaveLength(5);
  });

  it('an update keeps what the file leaves empty or has no column for', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u] = await emptyOffice(backend, [
      {
        name: 'Công đoàn cơ sở Công ty Điện lực Chương Mỹ',
        shortName: 'CĐCS Điện lực CM',
        sector: 'state_enterprise',
        address: '12 Chúc Sơn',
        foundedOn: '2001-01-01',
        foundingDecision: '12/QĐ-LĐLĐ',
        workersTotal: 200,
        workersFemale: 40,
        chairName: 'Lê Văn Tám',
        phone: '0912000111',
      },
      { name: 'Công đoàn cơ sở Công ty TNHH Sao Mai', workersTotal: 100, workersFemale: 90 },
    ]);
    const book = XLSX.utils.book_new();
    const rows = [
      ['STT', 'Tên CĐCS', 'Khu vực', 'Tổng số CNVCLĐ', 'Chủ tịch'],
      [1, 'Công đoàn cơ sở Công ty Điện lực Chương Mỹ', 'Doanh nghiệp nhà nước', 210, null],
      [2, 'Công đoàn cơ sở Công ty TNHH Sao Mai', 'Ngoài nhà nước', 60, 'Phạm Thị Hoa'],
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'CĐCS');
    const bytes = new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
    const inspection = await call(backend, 'import:inspect', { kind: 'unions', fileName: 'cap-nhat.xlsx', base64: base64(bytes) });
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'update' });
    expect(result).toMatchObject({ imported: 0, updated: 2, errors: [] });

    expect(await call(backend, 'unions:get', { id: u!.id })).toMatchObject({
      code: 'CS0001',
      shortName: 'CĐCS Điện lực CM',
      sector: 'state_enterprise',
      address: '12 Chúc Sơn',
      foundedOn: '2001-01-01',
      foundingDecision: '12/QĐ-LĐLĐ',
      workersTotal: 210,
      workersFemale: 40,
      chairName: 'Lê Văn Tám',
      phone: '0912000111',
    });
    // A stored count of women above the file's new total is dropped rather than kept inconsistent.
    const sao = await call(backend, 'unions:byCode', { code: 'CS0002' });
    expect(sao).toMatchObject({ sector: 'private_enterprise', workersTotal: 60, workersFemale: null, chairName: 'Phạm Thị Hoa' });
  });
});
