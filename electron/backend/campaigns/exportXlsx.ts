import ExcelJS from 'exceljs';
import type { CampaignWithTotals } from '../../../shared/campaigns/model';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { BackendContext } from '../core/context';
import { addListSheet, DATE_FORMAT, excelDate, MONEY_FORMAT, writeWorkbook } from '../exchange';
import { getCampaign } from './campaignService';
import { campaignLabels } from './exportLabels';
import { int, intOrNull, query, text as textColumn, textOrNull, type Shape } from '../db/rows';

type Row = Record<string, unknown>;
interface Column {
  header: string;
  width: number;
  value(row: Row): ExcelJS.CellValue;
  kind?: 'date' | 'money';
}

function addSheet(workbook: ExcelJS.Workbook, title: string, columns: Column[], rows: Row[], no: string) {
  const sheet = addListSheet(
    workbook,
    title,
    { header: no, width: 6 },
    columns.map((c) => ({ header: c.header, width: c.width, numFmt: c.kind === 'date' ? DATE_FORMAT : c.kind === 'money' ? MONEY_FORMAT : undefined })),
  );
  rows.forEach((row, index) => sheet.addRow([index + 1, ...columns.map((c) => c.value(row))]));
}

function summary(workbook: ExcelJS.Workbook, campaign: CampaignWithTotals, l: (typeof campaignLabels)['vi']) {
  const sheet = workbook.addWorksheet(l.summary);
  sheet.columns = [{ width: 34 }, { width: 70 }];
  const date = (iso: string | null) => (iso ? formatDateVi(iso) : '');
  const t = campaign.totals;
  const rows: [string, ExcelJS.CellValue][] = [
    [l.name, campaign.name],
    [l.kind, l.kinds[campaign.kind]],
    [l.period, [date(campaign.startsOn), date(campaign.endsOn)].filter(Boolean).join(' – ')],
    [l.plan, [campaign.planNumber, date(campaign.planDate)].filter(Boolean).join(', ')],
    [l.launchedBy, campaign.launchedBy === 'other' ? campaign.launcherName : l.launchers[campaign.launchedBy]],
    [l.worksGrassroots, t.works.grassroots],
    [l.worksUpper, t.works.upper],
    [l.plaques, t.works.plaque],
    [l.worksValue, t.works.value],
    [l.initiatives, t.initiatives.count],
    [l.initiativeAuthors, t.initiatives.authors],
    [l.initiativeValue, t.initiatives.value],
    [l.contestants, t.contests.contestants],
    [l.enterprises, t.contests.enterprises],
    [l.districts, t.contests.districts],
    [l.trades, t.contests.trades],
    [l.prizeWinners, t.contests.prizeWinners],
    [l.prizeMoney, t.contests.prizeMoney],
    [l.honours, t.honours.count],
    [l.registeredUnits, t.registrations.units],
  ];
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (typeof value === 'number') {
      row.getCell(2).numFmt = MONEY_FORMAT;
      row.getCell(2).alignment = { horizontal: 'left' };
    }
  }
}

/** Every outcome of one campaign, a sheet per kind, with a summary sheet of its totals. */
export async function exportCampaignXlsx(ctx: BackendContext, campaignId: number, file: string): Promise<{ file: string; rows: number }> {
  const campaign = getCampaign(ctx.db, campaignId);
  const l = campaignLabels[ctx.locale];
  const all = (sqlText: string, shape: Shape): Row[] => query(ctx.db, sqlText, shape).all(campaignId);
  const union = 'LEFT JOIN organizations o ON o.id = t.organization_id';
  const text = (key: string) => (r: Row) => (r[key] as string | null) ?? '';
  const money = (key: string) => (r: Row) => (r[key] as number | null) ?? null;
  const date = (key: string) => (r: Row) => excelDate(r[key] as string | null);

  const unionName = textOrNull;
  const registrations = all(
    `SELECT t.person_name, t.registered_on, t.commitment, o.name AS union_name, m.full_name AS member_name
       FROM campaign_registrations t ${union} LEFT JOIN members m ON m.id = t.member_id WHERE t.campaign_id = ? ORDER BY t.id`,
    { person_name: textColumn, registered_on: textOrNull, commitment: textColumn, union_name: unionName, member_name: textOrNull },
  );
  const works = all(
    `SELECT t.name, t.level, t.value, t.status, t.plaque, t.completed_on, o.name AS union_name
       FROM campaign_works t ${union} WHERE t.campaign_id = ? ORDER BY t.id`,
    { name: textColumn, level: textColumn, value: intOrNull, status: textColumn, plaque: int, completed_on: textOrNull, union_name: unionName },
  );
  const initiatives = all(
    `SELECT t.title, t.recognized_on, t.value, o.name AS union_name,
            (SELECT group_concat(a.name, ', ') FROM initiative_authors a WHERE a.initiative_id = t.id) AS authors
       FROM initiatives t ${union} WHERE t.campaign_id = ? ORDER BY t.id`,
    { title: textColumn, recognized_on: textOrNull, value: int, union_name: unionName, authors: textOrNull },
  );
  const entries = all(
    `SELECT t.contestant_name, t.trade, t.enterprise_name, t.district_name, t.result, t.prize_amount, c.name AS contest_name
       FROM contest_entries t JOIN contests c ON c.id = t.contest_id WHERE c.campaign_id = ? ORDER BY c.id, t.id`,
    {
      contestant_name: textColumn,
      trade: textColumn,
      enterprise_name: textColumn,
      district_name: textColumn,
      result: textColumn,
      prize_amount: int,
      contest_name: textColumn,
    },
  );
  const honours = all(
    `SELECT t.title, t.recipient_name, t.honoured_on, o.name AS union_name
       FROM campaign_honours t ${union} WHERE t.campaign_id = ? ORDER BY t.title, t.id`,
    { title: textColumn, recipient_name: textColumn, honoured_on: textOrNull, union_name: unionName },
  );

  const workbook = new ExcelJS.Workbook();
  summary(workbook, campaign, l);
  addSheet(workbook, l.registrationsSheet, [
    { header: l.union, width: 44, value: text('union_name') },
    { header: l.person, width: 26, value: (r) => (r.member_name as string | null) ?? (r.person_name as string) },
    { header: l.registeredOn, width: 13, value: date('registered_on'), kind: 'date' },
    { header: l.commitment, width: 50, value: text('commitment') },
  ], registrations, l.no);
  addSheet(workbook, l.worksSheet, [
    { header: l.workName, width: 40, value: text('name') },
    { header: l.union, width: 44, value: text('union_name') },
    { header: l.level, width: 12, value: (r) => l.levels[r.level as 'grassroots' | 'upper'] },
    { header: l.value, width: 16, value: money('value'), kind: 'money' },
    { header: l.status, width: 15, value: (r) => l.statuses[r.status as 'planned' | 'in_progress' | 'completed'] },
    { header: l.plaque, width: 10, value: (r) => (r.plaque === 1 ? l.yes : '') },
    { header: l.completedOn, width: 13, value: date('completed_on'), kind: 'date' },
  ], works, l.no);
  addSheet(workbook, l.initiativesSheet, [
    { header: l.initiativeTitle, width: 40, value: text('title') },
    { header: l.authors, width: 36, value: text('authors') },
    { header: l.union, width: 44, value: text('union_name') },
    { header: l.recognizedOn, width: 13, value: date('recognized_on'), kind: 'date' },
    { header: l.initiativeValueShort, width: 16, value: money('value'), kind: 'money' },
  ], initiatives, l.no);
  addSheet(workbook, l.entriesSheet, [
    { header: l.contest, width: 30, value: text('contest_name') },
    { header: l.contestant, width: 26, value: text('contestant_name') },
    { header: l.trade, width: 18, value: text('trade') },
    { header: l.enterprise, width: 32, value: text('enterprise_name') },
    { header: l.district, width: 16, value: text('district_name') },
    { header: l.result, width: 16, value: (r) => l.results[r.result as keyof (typeof l)['results']] },
    { header: l.prize, width: 14, value: money('prize_amount'), kind: 'money' },
  ], entries, l.no);
  addSheet(workbook, l.honoursSheet, [
    { header: l.title, width: 30, value: text('title') },
    { header: l.recipient, width: 30, value: text('recipient_name') },
    { header: l.union, width: 44, value: text('union_name') },
    { header: l.honouredOn, width: 13, value: date('honoured_on'), kind: 'date' },
  ], honours, l.no);
  await writeWorkbook(workbook, file);
  return { file, rows: registrations.length + works.length + initiatives.length + entries.length + honours.length };
}
