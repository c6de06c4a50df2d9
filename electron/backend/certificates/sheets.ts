import type { CertificateSheets, SheetsRequest } from '../../../shared/certificates/print';
import { sheetsSchema } from '../../../shared/certificates/print';
import type { BackendContext } from '../core/context';
import { certificateFonts } from './pdf/fonts';
import { layoutCertificate } from './pdf/certificatePdf';
import { resolvePrint } from './printRecords';

/** Every chosen certificate laid out exactly as the PDF prints it, for the printer route (#/print/certificates). */
export function certificateSheets(ctx: BackendContext, input: SheetsRequest): CertificateSheets {
  const { template, offset, items, decision } = resolvePrint(ctx, sheetsSchema.parse(input));
  const fonts = certificateFonts(ctx.resourcesDir);
  return {
    templateId: template.id,
    templateName: template.name,
    widthMm: template.widthMm,
    heightMm: template.heightMm,
    decisionNumber: decision.number,
    sheets: items.map((item) => ({ awardId: item.id, recipientName: item.values.recipientName, fields: layoutCertificate(fonts, template, item.values, offset) })),
  };
}
