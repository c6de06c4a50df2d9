import { PDFDocument, PrintScaling, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { layoutField, type LaidField } from '../../../../shared/certificates/layout';
import { mmToPt, type CertificateField, type FontFace, type TemplateDraft } from '../../../../shared/certificates/template';
import { fieldText, type CertificateValues } from '../../../../shared/certificates/values';
import { certificateFonts, SUBSET_NAMES, type CertificateFonts } from './fonts';
import { subsettingFontkit } from './fontkitShim';

export interface Offset {
  dxMm: number;
  dyMm: number;
}

/** Every field of one certificate, laid out in mm (what the preview shows and the PDF prints). */
export function layoutCertificate(fonts: CertificateFonts, template: TemplateDraft, values: CertificateValues, offset?: Offset): LaidField[] {
  return template.fields.map((field: CertificateField) => layoutField(field, fieldText(field, values), fonts.measure, fonts.metrics, offset));
}

/** A new PDF whose viewers are told to print at actual size (no "fit to page"). */
export async function actualSizePdf(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(subsettingFontkit);
  doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None);
  doc.setTitle(title);
  doc.setCreator('UnionDesk');
  doc.setProducer('UnionDesk');
  return doc;
}

/** Embeds a Tinos face the first time it is used: once per document, as a subset. */
export function lazyFonts(doc: PDFDocument, fonts: CertificateFonts): (face: FontFace) => Promise<PDFFont> {
  const embedded = new Map<FontFace, Promise<PDFFont>>();
  return (face) => {
    let font = embedded.get(face);
    if (!font) {
      font = doc.embedFont(fonts.bytes[face], { subset: true, customName: SUBSET_NAMES[face] });
      embedded.set(face, font);
    }
    return font;
  };
}

export async function drawLaidFields(page: PDFPage, heightMm: number, laid: LaidField[], font: (face: FontFace) => Promise<PDFFont>): Promise<void> {
  for (const field of laid) {
    const pdfFont = await font(field.face);
    for (const line of field.lines) {
      page.drawText(line.text, { x: mmToPt(line.xMm), y: mmToPt(heightMm - line.baselineMm), size: field.sizePt, font: pdfFont, color: rgb(0, 0, 0) });
    }
  }
}

export interface CertificatePage {
  values: CertificateValues;
}

/**
 * Certificates, one page each, exactly the paper's size, for overlay onto the pre-printed blanks.
 * The scan of the blank is never drawn. `onPage` lets a job report progress and stop.
 */
export async function renderCertificatesPdf(
  resourcesDir: string,
  template: TemplateDraft,
  pages: CertificatePage[],
  offset: Offset,
  onPage: (done: number) => Promise<void> = async () => {},
): Promise<{ bytes: Uint8Array; overflow: { page: number; field: string }[] }> {
  const fonts = certificateFonts(resourcesDir);
  const doc = await actualSizePdf(template.name);
  const font = lazyFonts(doc, fonts);
  const size: [number, number] = [mmToPt(template.widthMm), mmToPt(template.heightMm)];
  const overflow: { page: number; field: string }[] = [];
  for (let i = 0; i < pages.length; i++) {
    const page = doc.addPage(size);
    const laid = layoutCertificate(fonts, template, pages[i]!.values, offset);
    for (const field of laid) if (field.overflow) overflow.push({ page: i + 1, field: field.key });
    await drawLaidFields(page, template.heightMm, laid, font);
    await onPage(i + 1);
  }
  return { bytes: await doc.save(), overflow };
}
