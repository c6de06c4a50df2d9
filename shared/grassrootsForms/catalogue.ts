/**
 * The figure catalogue of Mẫu số 1-HĐCĐ / 2-HĐCĐ as versioned data
 * (resources/data/grassroots-forms.json): sections in the forms' order, rows in the forms' words,
 * each figure with its code and how it rolls up from the CĐCS to the office.
 */
import { z } from 'zod';

const rollupSchema = z.discriminatedUnion('rollup', [
  z.object({ rollup: z.literal('sum') }),
  z.object({ rollup: z.literal('ratio'), numerator: z.string(), denominator: z.string(), scale: z.number().positive() }),
  z.object({ rollup: z.literal('weightedAverage'), count: z.string() }),
]);

const figureRowSchema = z
  .object({
    code: z.string().min(1),
    tt: z.string().optional(),
    label: z.string().min(1),
    unit: z.string().min(1),
    money: z.boolean().optional(),
    /** A "Trong đó …" row: which figure it is part of (tells two rows with the same words apart). */
    of: z.string().optional(),
    aliases: z.array(z.string()).default([]),
  })
  .and(rollupSchema);

const headingRowSchema = z.object({ tt: z.string(), label: z.string().min(1), code: z.undefined().optional() });

const sectionSchema = z.object({
  key: z.string().min(1),
  tt: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  rows: z.array(z.union([headingRowSchema, figureRowSchema])),
});

export const formCatalogueSchema = z.object({
  version: z.string().min(1),
  appliesFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  basis: z.string().default(''),
  ratingLevels: z.array(z.object({ code: z.string(), label: z.string(), legacyLabel: z.string().optional(), legacyUntil: z.string().optional() })),
  sections: z.array(sectionSchema).min(1),
});

export type FormCatalogue = z.infer<typeof formCatalogueSchema>;
export type CatalogueSection = FormCatalogue['sections'][number];
export type CatalogueRow = CatalogueSection['rows'][number];
export type FormFigure = Extract<CatalogueRow, { code: string }>;

export function isFigure(row: CatalogueRow): row is FormFigure {
  return typeof row.code === 'string';
}

/** Mẫu 2's rows of a figure by sector: `<figure code>.sector.<sector code>` (the average wage). */
export const SECTOR_INFIX = '.sector.';

/** Every figure of the catalogue with its section, in the forms' order. */
export function catalogueFigures(catalogue: FormCatalogue): (FormFigure & { section: string })[] {
  return catalogue.sections.flatMap((section) => section.rows.filter(isFigure).map((row) => ({ ...row, section: section.key })));
}

/** Figures a CĐCS types in; ratios are worked out from their parts, never typed. */
export function isInputFigure(figure: FormFigure): boolean {
  return figure.rollup !== 'ratio';
}

/** Parses the catalogue file's JSON; throws on a catalogue that names figures it does not have. */
export function parseFormCatalogue(json: unknown): FormCatalogue {
  const catalogue = formCatalogueSchema.parse(json);
  const codes = new Set(catalogueFigures(catalogue).map((figure) => figure.code));
  for (const figure of catalogueFigures(catalogue)) {
    const refs = [figure.of, figure.rollup === 'ratio' ? figure.numerator : undefined, figure.rollup === 'ratio' ? figure.denominator : undefined, figure.rollup === 'weightedAverage' ? figure.count : undefined];
    for (const ref of refs) if (ref !== undefined && !codes.has(ref)) throw new Error(`catalogue ${catalogue.version}: ${figure.code} refers to unknown ${ref}`);
  }
  if (codes.size !== catalogueFigures(catalogue).length) throw new Error(`catalogue ${catalogue.version}: a code is used twice`);
  return catalogue;
}
