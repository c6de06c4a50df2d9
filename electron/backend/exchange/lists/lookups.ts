import type { ListImportKind } from '../../../../shared/exchange/import';
import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import { matchRecipients } from '../../awards';
import { requireCampaign } from '../../campaigns';
import { requireSheetRow } from '../../clusters';
import { AppError } from '../../core/appError';
import type { Db } from '../../db/connection';
import { unionLookup } from '../import/unionLookup';
import type { ListLookups } from './drafts';
import { columns, int, statement, text } from '../../db/rows';

const unitsSql = statement(
  "SELECT id, name, coalesce(short_name, '') AS shortName FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL",
  columns({ id: int, name: text, shortName: text }),
);
const contestsSql = statement('SELECT id, name FROM contests WHERE campaign_id = ? ORDER BY id', columns({ id: int, name: text }));

/** The year of the list's campaign (or score sheet); refuses a target that does not exist. */
export function targetYear(db: Db, kind: ListImportKind, targetId: number | undefined): number {
  if (targetId === undefined) throw new AppError('IMPORT_TARGET_REQUIRED');
  return kind === 'criteria' ? requireSheetRow(db, targetId).year : requireCampaign(db, targetId).year;
}

const linked = (match: string) => match === 'exact' || match === 'folded';

/**
 * A CĐCS by code or name as the member import finds it, else the one CĐCS whose folded name
 * contains the typed name ("Sao Mai" for "Công đoàn cơ sở Công ty TNHH Sao Mai").
 */
function unionFinder(db: Db): ListLookups['findUnion'] {
  const exact = unionLookup(db);
  const units = unitsSql(db)
    .all()
    .map((u) => ({ id: u.id, names: [u.name, u.shortName].map(foldVietnamese).filter(Boolean) }));
  return (text) => {
    const hit = exact(text);
    if (hit) return hit;
    const typed = foldVietnamese(text);
    const found = typed.length < 3 ? [] : units.filter((u) => u.names.some((name) => name.includes(typed)));
    return found.length === 1 ? { id: found[0]!.id } : null;
  };
}

/** Names matched as the award lists match them: a person or a CĐCS is linked only when one fits. */
export function listLookups(db: Db, kind: ListImportKind, targetId: number | undefined): ListLookups {
  const workingYear = targetYear(db, kind, targetId);
  const contests =
    kind === 'contestants' ? contestsSql(db).all(targetId) : [];
  const byName = new Map(contests.map((c) => [foldVietnamese(c.name), c.id]));
  return {
    workingYear,
    findUnion: unionFinder(db),
    findMember(name, unitName) {
      const [hit] = matchRecipients(db, [{ recipientName: name, recipientUnit: unitName, achievement: '', recipientKind: 'individual' }]);
      return hit && linked(hit.match) ? hit.memberId : null;
    },
    findCollective(name) {
      const [hit] = matchRecipients(db, [{ recipientName: name, recipientUnit: '', achievement: '', recipientKind: 'collective' }]);
      return hit && linked(hit.match) ? hit.organizationId : null;
    },
    findContest: (name) => byName.get(foldVietnamese(name)) ?? null,
    contestNames: contests.map((c) => c.name).join('; '),
  };
}
