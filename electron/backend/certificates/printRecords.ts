import type { CertificateTemplate } from '../../../shared/certificates/template';
import type { CertificateValues } from '../../../shared/certificates/values';
import type { BackendContext } from '../core/context';
import { isoTimestamp } from '../core/context';
import { writeAudit } from '../audit';
import { markCertificatePrinted } from '../awards';
import { certificateValues, decisionRow } from './decisions';
import type { Offset } from './pdf/certificatePdf';
import { getCalibration } from './calibrations';
import { getTemplate, templateForForm } from './templates';

/** A saved calibration's offset, or the dx/dy typed at print time. */
export function resolveOffset(ctx: BackendContext, offset: { calibrationId?: number | undefined; dxMm?: number | undefined; dyMm?: number | undefined }): Offset {
  if (offset.calibrationId !== undefined) {
    const calibration = getCalibration(ctx, offset.calibrationId);
    return { dxMm: calibration.dxMm, dyMm: calibration.dyMm };
  }
  return { dxMm: offset.dxMm ?? 0, dyMm: offset.dyMm ?? 0 };
}

export interface ResolvedPrint {
  decision: { id: number; number: string };
  template: CertificateTemplate;
  offset: Offset;
  items: { id: number; values: CertificateValues }[];
}

/** What a print request means: the decision, its template (chosen or the form's), the offset, the awards in order. */
export function resolvePrint(
  ctx: BackendContext,
  request: { decisionId: number; awardIds?: number[] | undefined; templateId?: number | undefined; offset: Parameters<typeof resolveOffset>[1] },
): ResolvedPrint {
  const decision = decisionRow(ctx, request.decisionId);
  const template = request.templateId !== undefined ? getTemplate(ctx, request.templateId) : templateForForm(ctx, decision.form_kind_id);
  return {
    decision: { id: decision.id, number: decision.number },
    template,
    offset: resolveOffset(ctx, request.offset),
    items: certificateValues(ctx, decision.id, request.awardIds),
  };
}

/**
 * In one transaction, each printed award records when its certificate was printed (a reprint when
 * asked for or when it had been printed before), with one audit row for the batch.
 * `file` is the PDF written, or null when the job went straight to a printer.
 */
export function recordPrints(ctx: BackendContext, print: ResolvedPrint, reprint: boolean, file: string | null): string {
  const printedAt = isoTimestamp(ctx.now());
  const alreadyPrinted = ctx.db.prepare('SELECT certificate_printed_at IS NOT NULL FROM awards WHERE id = ?').pluck();
  const insertPrint = ctx.db.prepare(
    'INSERT INTO certificate_prints (award_id, template_id, printed_at, dx_mm, dy_mm, reprint) VALUES (?, ?, ?, ?, ?, ?)',
  );
  ctx.db.transaction(() => {
    for (const item of print.items) {
      const again = reprint || alreadyPrinted.get(item.id) === 1 ? 1 : 0;
      insertPrint.run(item.id, print.template.id, printedAt, print.offset.dxMm, print.offset.dyMm, again);
      markCertificatePrinted(ctx.db, item.id, printedAt);
    }
    writeAudit(ctx.db, ctx.actor, printedAt, {
      action: reprint ? 'reprint_certificates' : 'print_certificates',
      entity: 'award_decisions',
      entityId: print.decision.id,
      after: { awards: print.items.map((i) => i.id), templateId: print.template.id, ...print.offset, file, printer: file === null },
    });
  })();
  return printedAt;
}
