import { suggestDocumentNumber } from '../../../shared/domain/documents/officeSymbol';
import type { BackendContext } from '../core/context';
import { ownOfficeSymbol } from '../settings';

/** The next "số/QĐ-…" of our office in a year. */
export function suggestDecisionNumber(ctx: BackendContext, year: number): { number: string; sequence: number } {
  const ofYear = ctx.db
    .prepare("SELECT number FROM award_decisions WHERE issuer_level = 'own_office' AND year = ? ORDER BY decided_on, id")
    .pluck()
    .all(year) as string[];
  return suggestDocumentNumber(ofYear, 'QĐ', ownOfficeSymbol(ctx));
}
