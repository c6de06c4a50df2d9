import type { LaidField } from '../../../shared/certificates/layout';
import type { TemplateDraft } from '../../../shared/certificates/template';
import { SAMPLE_VALUES, type CertificateValues } from '../../../shared/certificates/values';
import type { BackendContext } from '../core/context';
import { readSetting } from '../settings';
import { certificateValues } from './decisions';
import { certificateFonts } from './pdf/fonts';
import { layoutCertificate, type Offset } from './pdf/certificatePdf';

/** A template (saved or still being edited) laid out with a real award's values, or sample ones. */
export function previewLayout(
  ctx: BackendContext,
  draft: TemplateDraft,
  offset: Offset,
  decisionId?: number,
  awardId?: number,
): { values: CertificateValues; fields: LaidField[] } {
  let values: CertificateValues;
  if (decisionId !== undefined) {
    values = certificateValues(ctx, decisionId, awardId !== undefined ? [awardId] : undefined)[0]!.values;
  } else {
    const place = readSetting(ctx.db, 'office.placeName');
    values = { ...SAMPLE_VALUES, placeName: typeof place === 'string' && place ? place : SAMPLE_VALUES.placeName };
  }
  return { values, fields: layoutCertificate(certificateFonts(ctx.resourcesDir), draft, values, offset) };
}
