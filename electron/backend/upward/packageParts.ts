import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportDocument } from '../../../shared/reports/model';
import { PACKAGE_PARTS, type PackageFigure } from '../../../shared/upward/manifest';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { writeProposalLetter } from '../proposals';
import { writeReportDocx, writeReportPdf, writeReportXlsx } from '../reports';
import { decisionsXlsx, proposalsXlsx, yearDecisions, yearProposals } from './awardParts';
import { membersPart } from './membersPart';
import { unionRegister } from './register';

export interface RawPart {
  path: string;
  data: Uint8Array;
  compress: boolean;
}

export type PdfStatus = 'included' | 'no-chromium' | 'not-requested';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 1));

export function packageFigures(doc: ReportDocument): PackageFigure[] {
  return doc.figures.map((f) => ({ code: f.code, section: f.section, label: f.label, unit: f.unit, value: f.value, lastYear: f.lastYear, source: f.source, reason: f.reason }));
}

/** The documents the backend can make: report .docx and .xlsx, the tờ trình of each proposal, the PDF where a Chromium is found. */
async function documentParts(ctx: BackendContext, doc: ReportDocument, proposalIds: number[], options: { pdf: boolean; chromium?: string }): Promise<{ parts: RawPart[]; pdf: PdfStatus }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-package-'));
  try {
    const parts: RawPart[] = [];
    const add = (name: string, file: string) => parts.push({ path: name, data: fs.readFileSync(file), compress: true });
    await writeReportDocx(doc, path.join(dir, 'report.docx'), { dataDir: ctx.dataDir, resourcesDir: ctx.resourcesDir });
    add(PACKAGE_PARTS.reportDocx, path.join(dir, 'report.docx'));
    await writeReportXlsx(doc, path.join(dir, 'report.xlsx'));
    add(PACKAGE_PARTS.reportXlsx, path.join(dir, 'report.xlsx'));
    proposalIds.forEach((id, i) => {
      writeProposalLetter(ctx, id, path.join(dir, `letter-${i}.docx`));
      add(`documents/to-trinh-${i + 1}.docx`, path.join(dir, `letter-${i}.docx`));
    });
    let pdf: PdfStatus = options.pdf ? 'no-chromium' : 'not-requested';
    if (options.pdf) {
      try {
        await writeReportPdf(doc, path.join(dir, 'report.pdf'), { resourcesDir: ctx.resourcesDir, chromium: options.chromium });
        add(PACKAGE_PARTS.reportPdf, path.join(dir, 'report.pdf'));
        pdf = 'included';
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'REPORT_NO_CHROMIUM')) throw error;
      }
    }
    return { parts, pdf };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every part of the package but the manifest and its signature. */
export async function packageParts(
  ctx: BackendContext,
  doc: ReportDocument,
  options: { cutoff: string; personal: boolean; pdf: boolean; chromium?: string },
): Promise<{ parts: RawPart[]; pdf: PdfStatus }> {
  const decisions = yearDecisions(ctx.db, doc.year);
  const proposals = yearProposals(ctx.db, doc.year);
  const parts: RawPart[] = [
    { path: PACKAGE_PARTS.figures, data: json(packageFigures(doc)), compress: true },
    { path: PACKAGE_PARTS.register, data: json(unionRegister(ctx.db, doc.year, options.cutoff)), compress: true },
    { path: PACKAGE_PARTS.awards, data: json(decisions), compress: true },
    { path: PACKAGE_PARTS.awardsXlsx, data: await decisionsXlsx(decisions), compress: true },
    { path: PACKAGE_PARTS.proposals, data: json(proposals), compress: true },
    { path: PACKAGE_PARTS.proposalsXlsx, data: await proposalsXlsx(proposals), compress: true },
  ];
  if (options.personal) parts.push({ path: PACKAGE_PARTS.members, data: await membersPart(ctx), compress: true });
  const documents = await documentParts(ctx, doc, proposals.map((p) => p.id), options);
  return { parts: [...parts, ...documents.parts], pdf: documents.pdf };
}
