import ExcelJS from 'exceljs';
import type { MemberFilter } from '../../../../shared/members/query';
import { memberLabels } from '../../../../shared/members/labels';
import type { BackendContext } from '../../core/context';
import type { Db } from '../../db/connection';
import type { Job } from '../../core/jobs';
import { MEMBER_SELECT_LIST, memberColumns, memberFilterSql, searchMemberIds } from '../../members';
import { int, query, type RowOf, scalar, text, textOrNull } from '../../db/rows';
import { addListSheet } from './xlsxSheet';
import { DATE_FORMAT, excelDate } from './xlsxValues';

const CHUNK = 5_000;

const exportRow = { ...memberColumns, union_code: textOrNull, union_name: text } as const;
type ExportRow = RowOf<typeof exportRow>;

interface Column {
  header: string;
  width: number;
  value(row: ExportRow): ExcelJS.CellValue;
  date?: boolean;
  personal?: boolean;
}

function columns(ctx: BackendContext): Column[] {
  const l = memberLabels[ctx.locale];
  const vi = ctx.locale === 'vi';
  const h = (v: string, e: string) => (vi ? v : e);
  return [
    { header: h('Họ và tên', 'Full name'), width: 26, value: (r) => r.full_name },
    { header: h('Ngày sinh', 'Date of birth'), width: 12, value: (r) => excelDate(r.birth_date), date: true, personal: true },
    { header: h('Giới tính', 'Sex'), width: 8, value: (r) => (r.sex ? l.sex[r.sex] : '') },
    { header: h('Dân tộc', 'Ethnicity'), width: 9, value: (r) => r.ethnicity },
    { header: h('Tôn giáo', 'Religion'), width: 10, value: (r) => r.religion, personal: true },
    { header: h('Quê quán', 'Home town'), width: 14, value: (r) => r.hometown, personal: true },
    { header: h('Số CCCD', 'ID number'), width: 14, value: (r) => r.cccd ?? '', personal: true },
    { header: h('Điện thoại', 'Phone'), width: 12, value: (r) => r.phone, personal: true },
    { header: h('Chuyên môn', 'Qualification'), width: 14, value: (r) => r.qualification },
    { header: h('Đảng viên', 'Party member'), width: 9, value: (r) => (r.party_member ? l.yes : '') },
    { header: h('Nghề nghiệp, chức danh', 'Occupation'), width: 18, value: (r) => r.occupation },
    { header: h('Chức vụ công đoàn', 'Union position'), width: 14, value: (r) => l.position[r.union_position] },
    { header: h('Ngày vào công đoàn', 'Joined'), width: 12, value: (r) => excelDate(r.joined_on), date: true },
    { header: h('Số thẻ đoàn viên', 'Card number'), width: 13, value: (r) => r.card_number },
    { header: h('Mã CĐCS', 'Union code'), width: 9, value: (r) => r.union_code ?? '' },
    { header: h('Công đoàn cơ sở', 'Grassroots union'), width: 40, value: (r) => r.union_name },
    { header: h('Trạng thái', 'Status'), width: 14, value: (r) => l.status[r.status] },
  ];
}


/** Search hits come in search-key order; the export promises the official order. */
function inOfficialOrder(db: Db, ids: number[]): number[] {
  const keys = new Map<number, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = query(db, `SELECT id, sort_key FROM members WHERE id IN (${part.map(() => '?').join(',')})`, { id: int, sort_key: text }).all(...part);
    for (const row of rows) keys.set(row.id, row.sort_key);
  }
  const key = (id: number) => keys.get(id) ?? '';
  return [...ids].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
}

/**
 * The filtered list in the official order, streamed to .xlsx: Vietnamese headers, real dates shown
 * dd/mm/yyyy, CCCD as text, frozen header. Personal data (NĐ 13/2023) only when asked for.
 */
export async function exportMembersXlsx(
  ctx: BackendContext,
  job: Job,
  filter: MemberFilter,
  file: string,
  options: { personalData: boolean },
): Promise<{ file: string; rows: number }> {
  const cols = columns(ctx).filter((c) => options.personalData || !c.personal);
  const sqlFilter = memberFilterSql(filter, ctx.now().getFullYear());
  const select = `SELECT ${MEMBER_SELECT_LIST}, o.code AS union_code, o.name AS union_name FROM members m JOIN organizations o ON o.id = m.organization_id`;
  const searchIds = filter.search ? inOfficialOrder(ctx.db, searchMemberIds(ctx.db, filter.search, sqlFilter, 0, 10_000).ids) : null;
  const total = searchIds?.length ?? scalar(ctx.db, `SELECT count(*) FROM members m WHERE ${sqlFilter.where}`, int).one(sqlFilter.params);

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.partial`, useStyles: true, useSharedStrings: false });
  const sheet = addListSheet(
    workbook,
    ctx.locale === 'vi' ? 'Đoàn viên' : 'Members',
    { header: ctx.locale === 'vi' ? 'STT' : 'No.', width: 7 },
    cols.map((c) => ({ header: c.header, width: c.width, numFmt: c.date ? DATE_FORMAT : undefined })),
  );

  let written = 0;
  const writeRows = (rows: ExportRow[]) => {
    for (const row of rows) sheet.addRow([++written, ...cols.map((c) => c.value(row))]).commit();
  };
  if (searchIds) {
    for (let i = 0; i < searchIds.length; i += CHUNK) {
      const ids = searchIds.slice(i, i + CHUNK);
      const rows = query(ctx.db, `${select} WHERE m.id IN (${ids.map(() => '?').join(',')})`, exportRow).all(...ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      writeRows(ids.map((id) => byId.get(id)).filter((r): r is ExportRow => r !== undefined));
      job.progress('export.members', written, total);
      await job.checkpoint();
    }
  } else {
    let after: [string, number] = ['', 0];
    const page = query(ctx.db, `${select} WHERE ${sqlFilter.where} AND (m.sort_key, m.id) > (@key, @id) ORDER BY m.sort_key, m.id LIMIT ${CHUNK}`, exportRow);
    for (;;) {
      const rows = page.all({ ...sqlFilter.params, key: after[0], id: after[1] });
      if (rows.length === 0) break;
      writeRows(rows);
      const last = rows[rows.length - 1]!;
      after = [last.sort_key, last.id];
      job.progress('export.members', written, total);
      await job.checkpoint();
    }
  }
  await workbook.commit();
  const fs = await import('node:fs');
  fs.renameSync(`${file}.partial`, file);
  return { file, rows: written };
}
