import type { CertificateField, FieldKey, TemplateDraft } from './template';

type Box = Omit<CertificateField, 'id' | 'key' | 'text'> & { text?: string };

const field = (key: FieldKey, box: Box): CertificateField => ({ id: key, key, text: '', ...box });

/** Giấy khen on an A4 landscape blank (297 × 210 mm): the title and "Tặng" are pre-printed. */
export function defaultGiayKhen(formKindId: number | null): TemplateDraft {
  return {
    name: 'Giấy khen (A4 ngang)',
    formKindId,
    issuerLevel: 'own_office',
    paper: 'A4',
    widthMm: 297,
    heightMm: 210,
    fields: [
      field('recipientName', { xMm: 48, yMm: 78, wMm: 201, hMm: 14, font: 'bold', sizePt: 26, align: 'center', maxLines: 1 }),
      field('recipientUnit', { xMm: 48, yMm: 93, wMm: 201, hMm: 9, font: 'regular', sizePt: 15, align: 'center', maxLines: 1 }),
      field('achievement', { xMm: 48, yMm: 104, wMm: 201, hMm: 28, font: 'italic', sizePt: 15, align: 'center', maxLines: 4 }),
      field('decisionNumber', { xMm: 22, yMm: 168, wMm: 90, hMm: 7, font: 'regular', sizePt: 12, align: 'left', maxLines: 1 }),
      field('decisionDate', { xMm: 22, yMm: 175, wMm: 90, hMm: 7, font: 'italic', sizePt: 12, align: 'left', maxLines: 1 }),
      field('placeDate', { xMm: 165, yMm: 137, wMm: 115, hMm: 7, font: 'italic', sizePt: 13, align: 'center', maxLines: 1 }),
      field('signerTitle', { xMm: 165, yMm: 145, wMm: 115, hMm: 13, font: 'bold', sizePt: 13, align: 'center', maxLines: 2 }),
      field('signerName', { xMm: 165, yMm: 186, wMm: 115, hMm: 9, font: 'bold', sizePt: 14, align: 'center', maxLines: 1 }),
    ],
  };
}

/** Bằng khen on a 400 × 300 mm landscape blank. */
export function defaultBangKhen(formKindId: number | null): TemplateDraft {
  return {
    name: 'Bằng khen (400 × 300 mm)',
    formKindId,
    issuerLevel: 'province',
    paper: '400x300',
    widthMm: 400,
    heightMm: 300,
    fields: [
      field('recipientName', { xMm: 60, yMm: 112, wMm: 280, hMm: 18, font: 'bold', sizePt: 32, align: 'center', maxLines: 1 }),
      field('recipientUnit', { xMm: 60, yMm: 132, wMm: 280, hMm: 11, font: 'regular', sizePt: 18, align: 'center', maxLines: 1 }),
      field('achievement', { xMm: 60, yMm: 146, wMm: 280, hMm: 40, font: 'italic', sizePt: 18, align: 'center', maxLines: 4 }),
      field('decisionNumber', { xMm: 35, yMm: 240, wMm: 120, hMm: 9, font: 'regular', sizePt: 15, align: 'left', maxLines: 1 }),
      field('decisionDate', { xMm: 35, yMm: 249, wMm: 120, hMm: 9, font: 'italic', sizePt: 15, align: 'left', maxLines: 1 }),
      field('placeDate', { xMm: 215, yMm: 196, wMm: 160, hMm: 9, font: 'italic', sizePt: 16, align: 'center', maxLines: 1 }),
      field('signerTitle', { xMm: 215, yMm: 206, wMm: 160, hMm: 17, font: 'bold', sizePt: 16, align: 'center', maxLines: 2 }),
      field('signerName', { xMm: 215, yMm: 262, wMm: 160, hMm: 11, font: 'bold', sizePt: 18, align: 'center', maxLines: 1 }),
    ],
  };
}
