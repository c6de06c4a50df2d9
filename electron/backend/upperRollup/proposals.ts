import type { PackageProposal, UpperProposalRow } from '../../../shared/upperRollup/proposals';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { latestPackages } from './rollup';
import { RECIPIENT_KINDS } from '../../../shared/awards/model';
import { columns, int, intOrNull, oneOf, oneOfOrNull, type RowOf, statement, text, textOrNull } from '../db/rows';

/** A received package's proposal rows, stored with the package (inside its import transaction). */
export function storeProposalRows(db: Db, packageRowId: number, proposals: PackageProposal[]): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO received_proposal_rows (package_id, lower_item_id, position, proposal_number, submitted_on, form_name, title_name,
       recipient_kind, recipient_name, recipient_unit, achievement)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let position = 0;
  for (const p of proposals) {
    for (const item of p.items) {
      if (item.id === undefined) continue;
      insert.run(packageRowId, item.id, ++position, p.number, p.submittedOn, p.formName, p.titleName, item.recipientKind, item.recipientName, item.recipientUnit, item.achievement);
    }
  }
}

const rowRecord = columns({
  id: int,
  office: text,
  officeName: text,
  proposalNumber: text,
  submittedOn: textOrNull,
  formName: textOrNull,
  titleName: textOrNull,
  recipientKind: oneOf(RECIPIENT_KINDS),
  recipient: text,
  unit: text,
  achievement: text,
  status: oneOfOrNull(['approved', 'rejected']),
  reason: textOrNull,
  awardId: intOrNull,
  officeId: int,
  lowerItemId: int,
  packageRowId: int,
});
type RowRecord = RowOf<typeof rowRecord>;

const ROWS_SQL = `
  SELECT r.id, o.code AS office, o.name AS officeName, r.proposal_number AS proposalNumber, r.submitted_on AS submittedOn,
         r.form_name AS formName, r.title_name AS titleName, r.recipient_kind AS recipientKind, r.recipient_name AS recipient,
         r.recipient_unit AS unit, r.achievement, d.status, d.reason, d.award_id AS awardId,
         o.id AS officeId, r.lower_item_id AS lowerItemId, r.package_id AS packageRowId
    FROM received_proposal_rows r
    JOIN received_packages p ON p.id = r.package_id
    JOIN lower_offices o ON o.id = p.office_id
    LEFT JOIN upper_proposal_decisions d ON d.office_id = o.id AND d.lower_item_id = r.lower_item_id`;
const rowsOfPackageSql = statement(`${ROWS_SQL} WHERE r.package_id = ? ORDER BY r.position`, rowRecord);
const rowSql = statement(`${ROWS_SQL} WHERE r.id = ?`, rowRecord);
const decidedRowsSql = statement(`${ROWS_SQL} WHERE r.package_id = ? AND d.status IS NOT NULL ORDER BY r.position`, rowRecord);

const toRow = (r: RowRecord, officeName = r.officeName): UpperProposalRow => ({
  id: r.id,
  office: r.office,
  officeName,
  proposalNumber: r.proposalNumber,
  submittedOn: r.submittedOn,
  title: [r.formName, r.titleName].filter(Boolean).join(' – '),
  recipientKind: r.recipientKind,
  recipient: r.recipient,
  unit: r.unit,
  achievement: r.achievement,
  status: r.status ?? 'pending',
  reason: r.reason ?? '',
  awardId: r.awardId,
});

export function proposalRecords(db: Db, year: number): (RowRecord & { officeLabel: string })[] {
  const packages = latestPackages(db, year);
  return packages.flatMap((p) => rowsOfPackageSql(db).all(p.rowId).map((r) => ({ ...r, officeLabel: p.name })));
}

/** Every lower office's proposal rows of the year (their latest package that was not returned), in one list. */
export function upperProposals(db: Db, year: number): UpperProposalRow[] {
  return proposalRecords(db, year).map((r) => toRow(r, r.officeLabel));
}

/** Approve or reject one row; a rejection needs its reason. A row already in the draft decision keeps its decision. */
export function decideProposalRow(ctx: BackendContext, input: { rowId: number; decision: 'approve' | 'reject'; reason: string }): UpperProposalRow {
  const row = rowSql(ctx.db).get(input.rowId);
  if (!row) throw new AppError('UPPER_PROPOSAL_NOT_FOUND', { id: input.rowId });
  const reason = input.reason.trim();
  if (input.decision === 'reject' && !reason) throw new AppError('UPPER_PROPOSAL_REASON', { name: row.recipient, office: row.officeName });
  if (row.awardId !== null) throw new AppError('UPPER_PROPOSAL_IN_DRAFT', { name: row.recipient });
  const status = input.decision === 'approve' ? 'approved' : 'rejected';
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO upper_proposal_decisions (office_id, lower_item_id, status, reason, decided_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (office_id, lower_item_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, decided_at = excluded.decided_at`,
      )
      .run(row.officeId, row.lowerItemId, status, status === 'approved' ? '' : reason, at);
    writeAudit(ctx.db, ctx.actor, at, { action: input.decision, entity: 'received_proposal_row', entityId: row.id, before: { status: row.status }, after: { status, reason } });
  })();
  return toRow(rowSql(ctx.db).one(input.rowId));
}

/** The decided rows of one received package, as its receipt carries them back (by the lower office's row id). */
export function receiptProposals(db: Db, packageRowId: number): { item: number; status: 'approved' | 'rejected'; reason: string }[] {
  const rows = decidedRowsSql(db).all(packageRowId);
  return rows.map((r) => ({ item: r.lowerItemId, status: r.status!, reason: r.reason ?? '' }));
}
