import ExcelJS from 'exceljs';
import type { Sector } from '../../../shared/organizations/levels';
import type { BackendContext } from '../core/context';
import { addListSheet, DATE_FORMAT, excelDate, MONEY_FORMAT, writeWorkbook } from '../exchange';
import { exportTarget } from '../files';
import { listOwnUnions } from './unionRepository';
import { sortUnions } from './unionService';

const SECTOR_NAMES: Record<Sector, { vi: string; en: string }> = {
  public_service: { vi: 'Hành chính sự nghiệp', en: 'Public service' },
  state_enterprise: { vi: 'Doanh nghiệp nhà nước', en: 'State enterprise' },
  private_enterprise: { vi: 'Doanh nghiệp ngoài nhà nước', en: 'Private enterprise' },
  fdi_enterprise: { vi: 'Doanh nghiệp FDI', en: 'FDI enterprise' },
  professional_union: { vi: 'Nghiệp đoàn', en: 'Professional union' },
};

const HEADERS = {
  vi: ['Mã', 'Tên công đoàn cơ sở', 'Tên viết tắt', 'Khu vực', 'Ngày thành lập', 'Ngày giải thể', 'CNVCLĐ', 'Trong đó nữ', 'Đoàn viên', 'Chủ tịch', 'Điện thoại'],
  en: ['Code', 'Grassroots union', 'Short name', 'Sector', 'Founded', 'Dissolved', 'Workers', 'Of whom women', 'Members', 'Chairperson', 'Phone'],
};
const WIDTHS = [10, 50, 28, 26, 14, 14, 10, 12, 10, 24, 14];
const DATE_COLUMNS = new Set([4, 5]);
const NUMBER_COLUMNS = new Set([6, 7, 8]);

/** The CĐCS list as filtered on screen (all of it, in the screen's order) to an .xlsx workbook. */
export async function exportUnionsXlsx(
  ctx: BackendContext,
  filter: { search?: string | undefined; sector?: Sector | undefined; includeDissolved: boolean },
  target: string | undefined,
): Promise<{ file: string; rows: number }> {
  const unions = sortUnions(listOwnUnions(ctx.db, filter));
  const locale = ctx.locale === 'vi' ? 'vi' : 'en';
  const workbook = new ExcelJS.Workbook();
  const sheet = addListSheet(
    workbook,
    locale === 'vi' ? 'Danh sách CĐCS' : 'Grassroots unions',
    { header: locale === 'vi' ? 'STT' : 'No.', width: 6 },
    HEADERS[locale].map((header, i) => ({ header, width: WIDTHS[i] ?? 12, numFmt: DATE_COLUMNS.has(i) ? DATE_FORMAT : NUMBER_COLUMNS.has(i) ? MONEY_FORMAT : undefined })),
  );
  unions.forEach((u, index) => {
    sheet.addRow([
      index + 1,
      u.code ?? '',
      u.name,
      u.shortName,
      u.sector ? SECTOR_NAMES[u.sector][locale] : '',
      u.foundedOn ? excelDate(u.foundedOn) : null,
      u.dissolvedOn ? excelDate(u.dissolvedOn) : null,
      u.workersTotal,
      u.workersFemale,
      u.activeMembers,
      u.chairName,
      u.phone,
    ]);
  });
  const file = exportTarget(ctx, target, locale === 'vi' ? 'danh-sach-cdcs' : 'grassroots-unions', 'xlsx');
  await writeWorkbook(workbook, file);
  return { file, rows: unions.length };
}
