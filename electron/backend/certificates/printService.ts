import type { PrintRequest, PrintResult } from '../../../shared/certificates/print';
import { printSchema } from '../../../shared/certificates/print';
import type { BackendContext } from '../core/context';
import type { Job } from '../core/jobs';
import { exportTarget } from '../files';
import { writeFileAtomic } from '../paths/dataDir';
import { renderCertificatesPdf } from './pdf/certificatePdf';
import { recordPrints, resolvePrint } from './printRecords';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'quyet-dinh';

/**
 * The certificates of a decision (or of chosen awards) to one PDF at actual size; then, in one
 * transaction, each award records when its certificate was printed.
 */
export async function printCertificates(ctx: BackendContext, job: Job, input: PrintRequest): Promise<PrintResult> {
  const request = printSchema.parse(input);
  const print = resolvePrint(ctx, request);
  const { template, offset, items } = print;
  job.progress('certificates.render', 0, items.length);
  const { bytes, overflow } = await renderCertificatesPdf(ctx.resourcesDir, template, items, offset, async (done) => {
    job.progress('certificates.render', done, items.length);
    if (done % 25 === 0) await job.checkpoint();
  });
  await job.checkpoint();
  const file = exportTarget(ctx, request.target, `bang-khen-${slug(print.decision.number)}`, 'pdf');
  writeFileAtomic(file, bytes);
  const printedAt = recordPrints(ctx, print, request.reprint, file);
  return { file, pages: items.length, templateId: template.id, dxMm: offset.dxMm, dyMm: offset.dyMm, printedAt, overflow };
}
