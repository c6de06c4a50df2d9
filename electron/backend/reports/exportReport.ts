import type { ReportExportFormat } from '../../../shared/reports/model';
import type { BackendContext } from '../core/context';
import { exportTarget } from '../files';
import { reportDocument } from './document';
import { writeReportDocx } from './export/docx';
import { writeReportPdf } from './export/pdf';
import { writeReportXlsx } from './export/xlsx';

/** One export path for the app and the CLI: the draft or a finalised version, to .docx, .xlsx or .pdf. */
export async function exportReport(
  ctx: BackendContext,
  input: { year: number; version?: number; format: ReportExportFormat; target?: string; chromium?: string },
): Promise<{ file: string }> {
  const doc = reportDocument(ctx, input.year, input.version);
  const file = exportTarget(ctx, input.target, `bao-cao-tong-ket-${input.year}${input.version ? `-v${input.version}` : ''}`, input.format);
  if (input.format === 'xlsx') return { file: (await writeReportXlsx(doc, file)).file };
  if (input.format === 'pdf') return writeReportPdf(doc, file, { resourcesDir: ctx.resourcesDir, chromium: input.chromium });
  return { file: (await writeReportDocx(doc, file, { dataDir: ctx.dataDir, resourcesDir: ctx.resourcesDir })).file };
}
