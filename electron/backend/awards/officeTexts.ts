import type { OfficeTexts } from '../../../shared/awards/decisionText';
import type { BackendContext } from '../core/context';
import { getSettings } from '../settings';

export function officeTexts(ctx: BackendContext): OfficeTexts {
  const settings = getSettings(ctx.db, ctx.now());
  return { upperName: settings['office.upperName'], officeName: settings['office.name'], placeName: settings['office.placeName'] };
}

/** "123/QĐ-LĐLĐ" → "quyet-dinh-123-QĐ-LĐLĐ", safe as a file name. */
export const decisionFileBase = (number: string) => `quyet-dinh-${number.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
