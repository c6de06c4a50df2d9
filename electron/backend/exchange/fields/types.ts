import { foldVietnamese } from '../../../../shared/domain/text/normalize';

/**
 * How a column's cells are read.
 * - ignore: recognised but not imported (STT, TT)
 * - name: a person's name, whitespace collapsed and capitalised word by word
 * - birthDate: a date or a bare year; date: a full date only
 * - sexColumnMale / sexColumnFemale: the two-column layout where the birth date (or an 'x') is
 *   written in the column of the person's sex
 * - unionRef: a grassroots union by code or name, resolved by the caller's lookup
 * - sector, count: for grassroots unions
 * - money: whole đồng (a number, or text read by parseTypedMoney); points: a number ≥ 0 (decimals allowed)
 * - choice: one of `choices`, by any of its words (folded); memberList: names separated by , or ;
 */
export type FieldKind =
  | 'ignore'
  | 'text'
  | 'name'
  | 'date'
  | 'birthDate'
  | 'cccd'
  | 'phone'
  | 'sex'
  | 'boolean'
  | 'position'
  | 'unionRef'
  | 'sexColumnMale'
  | 'sexColumnFemale'
  | 'sector'
  | 'count'
  | 'money'
  | 'points'
  | 'choice'
  | 'memberList';

/** A value of a choice field and the words (as written in files) that mean it; the first is shown. */
export interface FieldChoice {
  value: string;
  words: readonly string[];
}

export interface ImportField {
  key: string;
  labelVi: string;
  labelEn: string;
  /** Header texts that mean this field, folded with foldLabel (compare folded). */
  synonyms: readonly string[];
  kind: FieldKind;
  required?: boolean;
  /** Longest text accepted (text and name kinds). */
  maxLength?: number;
  /** The values of a choice field. */
  choices?: readonly FieldChoice[];
}

/**
 * The comparison key of a header text: foldVietnamese (no diacritics, đ → d, lower case) with
 * punctuation turned into spaces, so "Họ, tên", "Họ tên" and "HỌ  TÊN" all read "ho ten" and
 * "CMND/CCCD" reads "cmnd cccd".
 */
export function foldLabel(text: string): string {
  return foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Define a field with its synonyms written as they appear in files; they are folded here. */
export function defineField(field: Omit<ImportField, 'synonyms'> & { synonyms: readonly string[] }): ImportField {
  const synonyms = [...new Set([field.labelVi, ...field.synonyms].map(foldLabel))].filter((s) => s !== '');
  return { ...field, synonyms };
}

/** Every "parent child" pair, for sub-headers under a merged parent header. */
export function combine(parents: readonly string[], children: readonly string[]): string[] {
  return parents.flatMap((parent) => children.map((child) => `${parent} ${child}`));
}
