import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TemplateKind } from '../../../shared/exchange/import';
import { cli } from '../../fixtures/cli';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { emptyOffice } from '../members/helpers';

const temp = useTempDirs();

const SAO_MAI = 'Công đoàn cơ sở Công ty TNHH Sao Mai';

/** Two rows for each template, by header: what a clerk types into the blank list. */
const FILL: Record<TemplateKind, Record<string, string>[]> = {
  members: [
    { STT: '1', 'Họ và tên': 'Nguyễn Thị Lan', 'Ngày sinh': '05/12/1990', 'Giới tính': 'Nữ', 'Công đoàn cơ sở': SAO_MAI },
    { STT: '2', 'Họ và tên': 'Trần Văn Bình', 'Ngày sinh': '1985', 'Giới tính': 'Nam', 'Công đoàn cơ sở': SAO_MAI },
  ],
  unions: [
    { STT: '1', 'Tên CĐCS': 'Công đoàn cơ sở Trường Mầm non Hoa Sen', 'Khu vực': 'Hành chính sự nghiệp' },
    { STT: '2', 'Tên CĐCS': 'Công đoàn cơ sở Công ty May Tiên Sơn', 'Ngày thành lập': '12/03/2015' },
  ],
  awards: [
    { STT: '1', 'Họ và tên': 'Nguyễn Thị Lan', 'Đơn vị': SAO_MAI, 'Thành tích': 'Hoàn thành xuất sắc nhiệm vụ' },
    { STT: '2', 'Họ và tên': SAO_MAI, Loại: 'Tập thể' },
  ],
  works: [
    { STT: '1', 'Tên công trình': 'Nhà văn hóa công nhân', CĐCS: SAO_MAI, 'Giá trị (đồng)': '120.000.000', 'Ngày hoàn thành': '26/12/2025' },
    { STT: '2', 'Tên công trình': 'Đường điện chiếu sáng', Cấp: 'Cấp trên', 'Gắn biển': 'x' },
  ],
  initiatives: [
    { STT: '1', 'Tên sáng kiến': 'Cải tiến dây chuyền may', 'Tác giả': 'Nguyễn Thị Lan', 'Giá trị làm lợi (đồng)': '250 triệu' },
    { STT: '2', 'Tên sáng kiến': 'Tiết kiệm điện', 'Ngày công nhận': '15/06/2025' },
  ],
  honours: [
    { STT: '1', 'Họ và tên / Tập thể': 'Nguyễn Thị Lan', 'Cá nhân / Tập thể': 'Cá nhân', 'Danh hiệu': 'Lao động giỏi tiêu biểu' },
    { STT: '2', 'Họ và tên / Tập thể': SAO_MAI, 'Cá nhân / Tập thể': 'Tập thể', 'Danh hiệu': 'Tập thể tiêu biểu' },
  ],
  contestants: [
    { STT: '1', 'Hội thi': 'Hội thi thợ giỏi', 'Họ và tên thí sinh': 'Nguyễn Thị Lan', Giải: 'Nhất', 'Tiền thưởng (đồng)': '2.000.000' },
    { STT: '2', 'Hội thi': 'Hội thi thợ giỏi', 'Họ và tên thí sinh': 'Trần Văn Bình', 'Nghề thi': 'Hàn' },
  ],
  criteria: [
    { TT: 'I', 'Nội dung tiêu chí': 'Công tác tổ chức', Loại: 'Mục' },
    { TT: '1', 'Nội dung tiêu chí': 'Phát triển đoàn viên', 'Điểm tối đa': '10' },
  ],
};

/** The two rows written into the template under its own headers, with ExcelJS as a clerk's Excel would. */
async function fill(file: string, rows: Record<string, string>[]): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  for (const key of rows.flatMap(Object.keys)) expect(headers, key).toContain(key);
  rows.forEach((row, i) => {
    const line = sheet.getRow(i + 2);
    headers.forEach((header, c) => {
      if (row[header] !== undefined) line.getCell(c + 1).value = row[header];
    });
    line.commit();
  });
  await workbook.xlsx.writeFile(file);
  return headers;
}

async function office(dir: string) {
  const backend = temp.open({ dataDir: dir });
  const [saoMai] = await emptyOffice(backend, [SAO_MAI]);
  await call(backend, 'members:admit', { draft: { organizationId: saoMai!.id, fullName: 'Nguyễn Thị Lan' }, date: '2024-05-01', decisionNo: '' });
  const campaign = await call(backend, 'campaigns:save', { draft: { year: 2025, name: 'Thi đua 2025', kind: 'regular' } });
  await call(backend, 'contests:save', { campaignId: campaign.id, draft: { name: 'Hội thi thợ giỏi' } });
  const cluster = await call(backend, 'clusters:save', { draft: { year: 2025, name: 'Cụm 1', kind: 'cluster', scope: 'own_unions' } });
  const sheet = await call(backend, 'scoreSheets:create', { clusterId: cluster.id, copyFrom: null });
  return { backend, campaignId: campaign.id, sheetId: sheet.id };
}

const TABLES: Record<TemplateKind, string> = {
  members: "SELECT count(*) FROM members WHERE full_name = 'Trần Văn Bình'",
  unions: "SELECT count(*) FROM organizations WHERE name LIKE '%Hoa Sen' OR name LIKE '%Tiên Sơn'",
  awards: 'SELECT count(*) FROM awards',
  works: 'SELECT count(*) FROM campaign_works',
  initiatives: 'SELECT count(*) FROM initiatives',
  honours: 'SELECT count(*) FROM campaign_honours',
  contestants: 'SELECT count(*) FROM contest_entries',
  criteria: 'SELECT count(*) FROM score_criteria',
};
const EXPECTED: Record<TemplateKind, number> = { members: 1, unions: 2, awards: 2, works: 2, initiatives: 2, honours: 2, contestants: 2, criteria: 2 };

describe('blank templates: written, filled with two rows, imported, read back', () => {
  for (const kind of Object.keys(FILL) as TemplateKind[]) {
    it(`template ${kind}`, async () => {
      const dir = temp.dir();
      const { backend, campaignId, sheetId } = await office(dir);
      backend.close();
      const file = path.join(temp.dir(), `${kind}.xlsx`);
      const written = await cli(['template', kind, '--out', file, '--json', '--data-dir', dir]);
      expect(written.code, written.stderr.join('\n')).toBe(0);
      expect(written.json<{ file: string }>().file).toBe(file);
      await fill(file, FILL[kind]);

      const target =
        kind === 'awards'
          ? ['--decision', '12/QĐ-LĐLĐ', '--date', '2025-12-20', '--form', 'GK']
          : kind === 'criteria'
            ? ['--sheet', String(sheetId)]
            : kind === 'members' || kind === 'unions'
              ? []
              : ['--campaign', String(campaignId)];
      const run = await cli(['import', kind, file, ...target, '--json', '--data-dir', dir]);
      expect(run.code, run.stdout.join('\n') + run.stderr.join('\n')).toBe(0);
      const result = run.json<{ imported: number; errors: unknown[] }>();
      expect(result.errors).toEqual([]);
      expect(result.imported).toBe(2);
      readDb(path.join(dir, 'uniondesk.db'), (db) => expect(count(db, TABLES[kind])).toBe(EXPECTED[kind]));
    });
  }

  it('a template has one header row, frozen, and money and text columns formatted', async () => {
    const dir = temp.dir();
    temp.open({ dataDir: dir }).close();
    const file = path.join(temp.dir(), 'works.xlsx');
    expect((await cli(['template', 'works', '--out', file, '--data-dir', dir])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Tên công trình',
      'CĐCS',
      'Cấp',
      'Giá trị (đồng)',
      'Tình trạng',
      'Gắn biển',
      'Ngày hoàn thành',
      'Ghi chú',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(5).numFmt).toBe('#,##0');
    expect(sheet.getColumn(8).numFmt).toBe('@');
    expect(fs.existsSync(file)).toBe(true);
  });

  it('template and list imports refuse a missing kind, file or campaign in one line', async () => {
    const dir = temp.dir();
    temp.open({ dataDir: dir }).close();
    expect((await cli(['template', 'salaries', '--out', 'a.xlsx', '--data-dir', dir])).code).toBe(2);
    expect((await cli(['template', 'works', '--data-dir', dir])).code).toBe(2);
    const noCampaign = await cli(['import', 'works', 'a.xlsx', '--data-dir', dir]);
    expect(noCampaign.code).toBe(2);
    expect(noCampaign.stderr.join('\n')).toContain('--campaign');
  });

  it('import works --json has the shape of import members; a bad row names its sheet row and column, nothing written', async () => {
    const dir = temp.dir();
    const { backend, campaignId } = await office(dir);
    backend.close();
    const file = path.join(temp.dir(), 'works.xlsx');
    expect((await cli(['template', 'works', '--out', file, '--data-dir', dir])).code).toBe(0);
    await fill(file, [FILL.works[0]!, { STT: '2', 'Tên công trình': 'Sân bóng', 'Giá trị (đồng)': '1,500,000' }]);
    const run = await cli(['import', 'works', file, '--campaign', String(campaignId), '--json', '--data-dir', dir]);
    const out = run.json<Record<string, unknown>>();
    expect(Object.keys(out).sort()).toEqual(['errors', 'imported', 'possibleDuplicates', 'skipped', 'updated']);
    expect(out).toMatchObject({ imported: 0, updated: 0, skipped: 0, possibleDuplicates: [] });
    expect(out.errors).toEqual([{ row: 3, column: 'Giá trị (đồng)', message: expect.stringContaining('1,500,000') as unknown }]);
    readDb(path.join(dir, 'uniondesk.db'), (db) => expect(count(db, 'SELECT count(*) FROM campaign_works')).toBe(0));
  });
});
