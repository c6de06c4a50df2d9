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

// The folded names are worked out once per catalogue and section: a drop reads thousands of rows.
const sectionNames = new WeakMap<FormCatalogue, { section: CatalogueSection; names: string[] }[]>();
const rowNames = new WeakMap<CatalogueSection, Map<string, FormFigure[]>>();

function namesOf(catalogue: FormCatalogue) {
  let names = sectionNames.get(catalogue);
  if (!names) sectionNames.set(catalogue, (names = catalogue.sections.map((section) => ({ section, names: [section.label, ...section.aliases].map(labelKey) }))));
  return names;
}

function figuresByName(section: CatalogueSection): Map<string, FormFigure[]> {
  let byName = rowNames.get(section);
  if (!byName) {
    byName = new Map();
    for (const row of section.rows.filter(isFigure)) {
      for (const name of new Set([row.label, ...row.aliases].map(labelKey))) byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    rowNames.set(section, byName);
  }
  return byName;
}

/** The section a heading row opens, or null ("I. TÌNH HÌNH LAO ĐỘNG, VIỆC LÀM" opens "labour"). */
export function sectionOf(catalogue: FormCatalogue, text: string): CatalogueSection | null {
  const key = labelKey(text);
  if (key === '') return null;
  return namesOf(catalogue).find(({ names }) => names.some((name) => key === name || key.startsWith(`${name} `)))?.section ?? null;
}

/**
 * The figure a row's label names within its section. Two rows with the same words ("Trong đó
 * nữ") are told apart by the figure they belong to: the one whose parent was read last.
 */
export function figureOf(section: CatalogueSection, text: string, lastCode: string | null): FormFigure | null {
  const key = labelKey(text);
  if (key === '') return null;
  const candidates = figuresByName(section).get(key) ?? [];
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find((row) => row.of !== undefined && row.of === lastCode) ?? candidates.find((row) => row.of === undefined) ?? null;
}
