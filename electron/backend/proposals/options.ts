import { suggestDocumentNumber } from '../../../shared/domain/documents/officeSymbol';
import { ownOfficeSymbol } from '../settings';
import type { ProposalOptions } from '../../../shared/proposals/model';
import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { KIND_CATEGORIES } from '../../../shared/awards/model';
import { columns, int, oneOf, scalarStatement, statement, text, textOrNull } from '../db/rows';

const kindsSql = statement(`
  SELECT id, category, name, issuer_level AS issuerLevel, recipient_kind AS recipientKind
    FROM award_kinds WHERE active = 1 ORDER BY position, id`,
  columns({ id: int, category: oneOf(KIND_CATEGORIES), name: text, issuerLevel: text, recipientKind: text }),
);
const campaignsSql = statement('SELECT id, name, year FROM campaigns WHERE year = ? ORDER BY name', columns({ id: int, name: text, year: int }));
const sheetsSql = statement(`
  SELECT s.id, s.name, c.name AS clusterName FROM score_sheets s LEFT JOIN clusters c ON c.id = s.cluster_id
   WHERE s.year = ? AND s.cluster_id IS NOT NULL ORDER BY c.name, s.name`,
  columns({ id: int, name: text, clusterName: textOrNull }),
);

/** What the proposal form chooses from: award kinds, the year's campaigns and its cluster score sheets. */
export function proposalOptions(db: Db, year: number): ProposalOptions {
  return {
    kinds: kindsSql(db).all(),
    campaigns: campaignsSql(db).all(year),
    sheets: sheetsSql(db).all(year),
  };
}

const numbersSql = scalarStatement("SELECT number FROM award_proposals WHERE year = ? AND number <> '' ORDER BY id", text);

/** The next tờ trình number of the year: "25/TTr-LĐLĐ". */
export function suggestProposalNumber(ctx: BackendContext, year: number): { number: string } {
  const numbers = numbersSql(ctx.db).all(year);
  return { number: suggestDocumentNumber(numbers, 'TTr', ownOfficeSymbol(ctx)).number };
}
