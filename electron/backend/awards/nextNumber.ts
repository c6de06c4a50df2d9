import { suggestDocumentNumber } from '../../../shared/domain/documents/officeSymbol';
import type { BackendContext } from '../core/context';
import { ownOfficeSymbol } from '../settings';
import { scalarStatement, text } from '../db/rows';

const ownNumbersSql = scalarStatement("SELECT number FROM award_decisions WHERE issuer_level = 'own_office' AND year = ? ORDER BY decided_on, id", text);

/** The next "số/QĐ-…" of our office in a year. */
export function suggestDecisionNumber(ctx: BackendContext, year: number): { number: string; sequence: number } {
  const ofYear = ownNumbersSql(ctx.db).all(year);
  return suggestDocumentNumber(ofYear, 'QĐ', ownOfficeSymbol(ctx));
}
