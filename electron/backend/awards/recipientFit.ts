import { awardLabels } from '../../../shared/awards/labels';
import { KIND_RECIPIENTS, type RecipientKind } from '../../../shared/awards/model';
import { fitsRecipient } from '../../../shared/awards/recipientFit';
import type { Locale } from '../../../shared/i18n/locale';
import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { columns, oneOf, statement, text } from '../db/rows';

const kindSql = statement('SELECT name, recipient_kind FROM award_kinds WHERE id = ?', columns({ name: text, recipient_kind: oneOf(KIND_RECIPIENTS) }));

/** The parameters of AWARD_KIND_WRONG_RECIPIENT when one of the kinds does not fit the recipient; null when all fit. */
export function recipientMisfit(
  db: Db,
  locale: Locale,
  kindIds: (number | null | undefined)[],
  recipient: RecipientKind,
  where: { row: number; name: string },
): Record<string, unknown> | null {
  for (const id of kindIds) {
    if (id == null) continue;
    const kind = kindSql(db).get(id);
    if (!kind || fitsRecipient(kind.recipient_kind, recipient)) continue;
    const labels = awardLabels[locale].recipient;
    return {
      row: where.row,
      name: where.name,
      kind: kind.name,
      allowed: labels[kind.recipient_kind].toLocaleLowerCase(locale),
      recipient: labels[recipient].toLocaleLowerCase(locale),
      field: 'recipientKind',
    };
  }
  return null;
}

/** Refuses, naming the row, a title or form given to a recipient it is not for. */
export function checkRecipientFit(
  db: Db,
  locale: Locale,
  kindIds: (number | null | undefined)[],
  recipient: RecipientKind,
  where: { row: number; name: string },
): void {
  const misfit = recipientMisfit(db, locale, kindIds, recipient, where);
  if (misfit) throw new AppError('AWARD_KIND_WRONG_RECIPIENT', misfit);
}
