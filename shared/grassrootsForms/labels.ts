/**
 * Reading a form's rows by their words, not their position: a label is folded like the import
 * folds names, its numbering ("1.", "1.1", "a)", "II.", "-", "+") and a trailing unit in
 * parentheses dropped, punctuation ignored, so "2.1. Trong đó: Nữ (người)" reads as "trong do nu".
 */
import { foldVietnamese } from '../domain/text/normalize';
import type { CatalogueSection, FormCatalogue, FormFigure } from './catalogue';
import { isFigure } from './catalogue';

const ROMAN = /^(?:phan\s+)?[ivx]+\s*[.)/:-]\s*/u;
const NUMBERING = /^(?:\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+*•–])\s*/u;

export function labelKey(text: string): string {
  let key = foldVietnamese(text).replace(/\([^)]*\)\s*$/u, '');
  for (let i = 0; i < 3; i++) key = key.replace(NUMBERING, '').replace(ROMAN, '');
  return key.replace(/[^a-z0-9%]+/gu, ' ').trim();
}

/** The section a heading row opens, or null ("I. TÌNH HÌNH LAO ĐỘNG, VIỆC LÀM" opens "labour"). */
export function sectionOf(catalogue: FormCatalogue, text: string): CatalogueSection | null {
  const key = labelKey(text);
  if (key === '') return null;
  for (const section of catalogue.sections) {
    const names = [section.label, ...section.aliases].map(labelKey);
    if (names.some((name) => key === name || key.startsWith(`${name} `))) return section;
  }
  return null;
}

/**
 * The figure a row's label names within its section. Two rows with the same words ("Trong đó
 * nữ") are told apart by the figure they belong to: the one whose parent was read last.
 */
export function figureOf(section: CatalogueSection, text: string, lastCode: string | null): FormFigure | null {
  const key = labelKey(text);
  if (key === '') return null;
  const candidates = section.rows.filter(isFigure).filter((row) => [row.label, ...row.aliases].some((name) => labelKey(name) === key));
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find((row) => row.of !== undefined && row.of === lastCode) ?? candidates.find((row) => row.of === undefined) ?? null;
}
