import { z } from 'zod';
import { idSchema } from '../domain/schemas';
import { nameText } from '../domain/text/cleanText';

/** What fills a field box on the blank. */
export const FIELD_KEYS = [
  'recipientName',
  'recipientUnit',
  'achievement',
  'decisionNumber',
  'decisionDate',
  'placeDate',
  'signerTitle',
  'signerName',
  'freeText',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const FONT_FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontFace = (typeof FONT_FACES)[number];

export const ALIGNS = ['left', 'center', 'right'] as const;
export type Align = (typeof ALIGNS)[number];

export const PAPERS = ['A4', 'A3', '400x300', 'custom'] as const;
export type Paper = (typeof PAPERS)[number];

/** Paper sizes in mm, portrait (short side first). */
export const PAPER_SIZES: Record<Exclude<Paper, 'custom'>, { shortMm: number; longMm: number }> = {
  A4: { shortMm: 210, longMm: 297 },
  A3: { shortMm: 297, longMm: 420 },
  '400x300': { shortMm: 300, longMm: 400 },
};

export const MM_TO_PT = 72 / 25.4;

const mm = z.number().min(0).max(2000);

export const fieldSchema = z
  .object({
    id: z.string().regex(/^[\w-]{1,40}$/),
    key: z.enum(FIELD_KEYS),
    xMm: mm,
    yMm: mm,
    wMm: z.number().min(1).max(2000),
    hMm: z.number().min(1).max(2000),
    font: z.enum(FONT_FACES),
    sizePt: z.number().min(4).max(200),
    align: z.enum(ALIGNS),
    /** 1 = one line; the achievement text usually takes 2–4. */
    maxLines: z.number().int().min(1).max(10),
    /** The text of a free-text field. */
    text: z.string().max(500).default(''),
  })
  .strict();
export type CertificateField = z.infer<typeof fieldSchema>;

export const templateDraftSchema = z
  .object({
    name: nameText(200).min(1),
    formKindId: idSchema.nullable(),
    issuerLevel: z.string().max(40).nullable(),
    paper: z.enum(PAPERS),
    widthMm: z.number().min(50).max(2000),
    heightMm: z.number().min(50).max(2000),
    fields: z.array(fieldSchema).max(40),
  })
  .strict();
export type TemplateDraft = z.infer<typeof templateDraftSchema>;

export interface CertificateTemplate extends TemplateDraft {
  id: number;
  hasBackground: boolean;
  backgroundMime: string | null;
  updatedAt: string;
}

export interface PrinterCalibration {
  id: number;
  name: string;
  dxMm: number;
  dyMm: number;
  updatedAt: string;
}

export const calibrationDraftSchema = z
  .object({ name: nameText(100).min(1), dxMm: z.number().min(-50).max(50), dyMm: z.number().min(-50).max(50) })
  .strict();

/** Width and height as printed for a paper and orientation. */
export function paperSize(paper: Exclude<Paper, 'custom'>, orientation: 'landscape' | 'portrait'): { widthMm: number; heightMm: number } {
  const { shortMm, longMm } = PAPER_SIZES[paper];
  return orientation === 'landscape' ? { widthMm: longMm, heightMm: shortMm } : { widthMm: shortMm, heightMm: longMm };
}

export const mmToPt = (value: number) => value * MM_TO_PT;

/** The template for a form of reward: one made for it, else by the blank's usual paper (Bằng khen 400 × 300), else the first. */
export function pickTemplate<T extends { formKindId: number | null; paper: Paper }>(templates: T[], formKindId: number | null, formName: string): T | undefined {
  const exact = templates.find((t) => formKindId !== null && t.formKindId === formKindId);
  if (exact) return exact;
  const bang = /^bằng/i.test(formName.normalize('NFC'));
  return templates.find((t) => (bang ? t.paper === '400x300' : t.paper !== '400x300')) ?? templates[0];
}
