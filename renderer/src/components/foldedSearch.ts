import type { ReactNode } from 'react';
import { foldedMatch } from '@shared/domain/text/foldedMatch';

/** The text an option is found by: its `searchText` when it has one, else its label (when text), else its value. */
export function optionText(option: { label?: ReactNode; value?: unknown; searchText?: string } | undefined): string {
  if (!option) return '';
  if (typeof option.searchText === 'string') return option.searchText;
  if (typeof option.label === 'string' || typeof option.label === 'number') return String(option.label);
  return option.value == null ? '' : String(option.value);
}

/** antd's filterOption for every Select and AutoComplete: diacritic-free, like the member search. */
export function foldedFilterOption(input: string, option?: { label?: ReactNode; value?: unknown; searchText?: string }): boolean {
  return foldedMatch(optionText(option), input);
}

/** `showSearch={FOLDED_SEARCH}` on a Select: typing "ket nap" finds "Kết nạp". */
export const FOLDED_SEARCH = { filterOption: foldedFilterOption } as const;
