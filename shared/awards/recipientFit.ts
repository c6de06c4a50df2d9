import type { AwardKind, RecipientKind } from './model';

/**
 * Whether a title or form may go to a recipient: the catalogue's `recipientKind` says who each
 * one is for ("Chiến sĩ thi đua cơ sở": individual only; "Tập thể lao động xuất sắc": collective only).
 */
export function fitsRecipient(allowed: AwardKind['recipientKind'], recipient: RecipientKind): boolean {
  return allowed === 'both' || allowed === recipient;
}
