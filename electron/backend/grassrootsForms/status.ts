/** The tracker: which of our CĐCS at the cut-off have returned their Mẫu 1, which not, which late. */
import type { FormStatusRow } from '../../../shared/grassrootsForms/model';
import { isFormPeriod } from '../../../shared/grassrootsForms/period';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { expectedUnions } from './rollup';
import { columns, int, query, text, textOrNull } from '../db/rows';

/**
 * In the official order of the CĐCS list (by name). `deadline` (ISO) marks a form late when it came
 * after that day, or is still missing once `today` is past it.
 */
export function formStatus(db: Db, period: string, options: { deadline?: string | undefined; today: string }): FormStatusRow[] {
  if (!isFormPeriod(period)) throw new AppError('FORMS_BAD_PERIOD', { period });
  const ids = new Set(expectedUnions(db, period).map((union) => union.id));
  const rows = query(db, `SELECT o.id, coalesce(o.code, '') AS code, o.name, r.received_at AS receivedAt, r.file_name AS fileName, r.source
         FROM organizations o
         LEFT JOIN form_returns r ON r.organization_id = o.id AND r.period = ? AND r.replaced_at IS NULL
        WHERE o.level = 'grassroots'
        ORDER BY o.name_fold, o.id`, columns({ id: int, code: text, name: text, receivedAt: textOrNull, fileName: textOrNull, source: textOrNull })).all(period);
  const deadline = options.deadline;
  return rows
    .filter((row) => ids.has(row.id))
    .map((row) => ({
      organizationId: row.id,
      unionCode: row.code,
      unionName: row.name,
      status: row.receivedAt === null ? 'missing' : 'returned',
      late: deadline !== undefined && (row.receivedAt === null ? options.today > deadline : row.receivedAt.slice(0, 10) > deadline),
      returnedAt: row.receivedAt,
      file: row.fileName === '' ? null : row.fileName,
    }));
}
