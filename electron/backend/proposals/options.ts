import { suggestDocumentNumber } from '../../../shared/domain/documents/officeSymbol';
import { ownOfficeSymbol } from '../settings/officeSymbol';
import type { ProposalOptions } from '../../../shared/proposals/model';
import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { statement } from '../db/rows';

const kindsSql = statement(`
  SELECT id, category, name, issuer_level AS issuerLevel, recipient_kind AS recipientKind
    FROM award_kinds WHERE active = 1 ORDER BY position, id`);
const campaignsSql = statement('SELECT id, name, year FROM campaigns WHERE year = ? ORDER BY name');
const sheetsSql = statement(`
  SELECT s.id, s.name, c.name AS clusterName FROM score_sheets s LEFT JOIN clusters c ON c.id = s.cluster_id
   WHERE s.year = ? AND s.cluster_id IS NOT NULL ORDER BY c.name, s.name`);

/** What the proposal form chooses from: award kinds, the year's campaigns and its cluster score sheets. */
export function proposalOptions(db: Db, year: number): ProposalOptions {
  return {
    kinds: kindsSql(db).all() as ProposalOptions['kinds'],
    campaigns: campaignsSql(db).all(year) as ProposalOptions['campaigns'],
    sheets: sheetsSql(db).all(year) as ProposalOptions['sheets'],
  };
}

const numbersSql = statement("SELECT number FROM award_proposals WHERE year = ? AND number <> '' ORDER BY id");

/** The next tờ trình number of the year: "25/TTr-LĐLĐ". */
export function suggestProposalNumber(ctx: BackendContext, year: number): { number: string } {
  const numbers = numbersSql(ctx.db).pluck().all(year) as string[];
  return { number: suggestDocumentNumber(numbers, 'TTr', ownOfficeSymbol(ctx)).number };
}
