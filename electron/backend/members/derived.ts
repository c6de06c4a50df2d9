import type { MemberDraft } from '../../../shared/members/model';
import { foldVietnamese, nfc } from '../../../shared/domain/text/normalize';
import { splitFullName } from '../../../shared/domain/people/name';
import { personSortKey } from '../../../shared/domain/people/sortKey';
import { rememberedPerWord } from '../../../shared/domain/text/rememberedWords';

/** Columns computed from what the user typed: name parts, search and sort keys. */
export interface DerivedNameColumns {
  full_name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  name_fold: string;
  sort_key: string;
}

/** A name's words are folded one by one (remembered): the same as folding the whole NFC name. */
const foldWord = rememberedPerWord(foldVietnamese);

/** The diacritic-free name (foldVietnamese of the NFC name), worked out word by word from remembered words. */
export function foldName(fullName: string): string {
  return nfc(fullName).split(' ').map(foldWord).filter(Boolean).join(' ');
}

export function deriveNameColumns(fullName: string): DerivedNameColumns {
  const full = nfc(fullName);
  const parts = splitFullName(full);
  return {
    full_name: full,
    family_name: parts.family,
    middle_name: parts.middle,
    given_name: parts.given,
    name_fold: foldName(full),
    sort_key: personSortKey(parts),
  };
}

const digits = (value: string) => value.replace(/\D/g, '');

/**
 * Keys a prefix search looks up: every word-suffix of the folded name, so "nguyen van d", "van d"
 * and "duc" all find "Nguyễn Văn Đức"; and the CCCD, card number and phone as typed or as digits.
 */
export function memberSearchKeys(member: Pick<MemberDraft, 'cccd' | 'cardNumber' | 'phone'> & { nameFold: string }): string[] {
  const keys = new Set<string>();
  const words = member.nameFold.split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) keys.add(words.slice(i).join(' '));
  if (member.cccd) keys.add(member.cccd);
  const card = foldVietnamese(member.cardNumber);
  if (card) keys.add(card);
  const phone = digits(member.phone);
  if (phone.length >= 6) keys.add(phone);
  return [...keys];
}
