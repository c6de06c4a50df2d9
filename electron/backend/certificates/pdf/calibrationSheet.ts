import { rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { mmToPt } from '../../../../shared/certificates/template';
import { formatDecimalMm } from '../../../../shared/certificates/calibration';
import { certificateFonts } from './fonts';
import { actualSizePdf, lazyFonts, type Offset } from './certificatePdf';

/** Crosshair centres, in mm from the paper's top-left corner. */
export function crosshairPositions(widthMm: number, heightMm: number): { xMm: number; yMm: number }[] {
  return [
    { xMm: 20, yMm: 20 },
    { xMm: widthMm - 20, yMm: 20 },
    { xMm: widthMm / 2, yMm: heightMm / 2 },
    { xMm: 20, yMm: heightMm - 20 },
    { xMm: widthMm - 20, yMm: heightMm - 20 },
  ];
}

function instructions(widthMm: number, heightMm: number, offset: Offset): string[] {
  const size = `${formatDecimalMm(widthMm)} × ${formatDecimalMm(heightMm)} mm`;
  return [
    'TRANG HIỆU CHỈNH MÁY IN',
    `1. In trang này trên giấy trắng thường khổ ${size}, chọn "Kích thước thật" (100 %), không chọn "Vừa trang" (Fit to page).`,
    '2. Kiểm tra tỷ lệ: đoạn 100 mm trên thước in ở mép giấy phải dài đúng 100 mm khi đo bằng thước thật.',
    '3. Đo bằng thước thật từ mép trái tờ giấy đến tâm dấu chữ thập góc trên bên trái (ghi ở dấu là 20 mm), rồi từ mép trên xuống tâm dấu đó.',
    '4. Hiệu chỉnh dx = 20 − số đo từ mép trái; dy = 20 − số đo từ mép trên. Ví dụ đo được 21,5 mm và 18 mm: dx = −1,5; dy = 2.',
    '5. Nhập dx, dy cho máy in này ở mục "Hiệu chỉnh máy in", in lại trang này với hiệu chỉnh đó: tâm dấu phải cách mép đúng 20 mm.',
    `Trang này được in với hiệu chỉnh dx = ${formatDecimalMm(offset.dxMm)} mm, dy = ${formatDecimalMm(offset.dyMm)} mm.`,
  ];
}

function line(page: PDFPage, h: number, x1: number, y1: number, x2: number, y2: number, thickness = 0.25) {
  page.drawLine({ start: { x: mmToPt(x1), y: mmToPt(h - y1) }, end: { x: mmToPt(x2), y: mmToPt(h - y2) }, thickness, color: rgb(0, 0, 0) });
}

function ruler(page: PDFPage, w: number, h: number, o: Offset, font: PDFFont) {
  const label = (text: string, xMm: number, yMm: number) =>
    page.drawText(text, { x: mmToPt(xMm + o.dxMm), y: mmToPt(h - yMm - o.dyMm), size: 5, font, color: rgb(0, 0, 0) });
  for (let x = 0; x <= w; x++) {
    const tick = x % 10 === 0 ? 5 : x % 5 === 0 ? 3.5 : 2;
    line(page, h, x + o.dxMm, o.dyMm, x + o.dxMm, tick + o.dyMm);
    line(page, h, x + o.dxMm, h + o.dyMm, x + o.dxMm, h - tick + o.dyMm);
    if (x % 10 === 0 && x > 0 && x < w) label(String(x), x + 0.5, 8);
  }
  for (let y = 0; y <= h; y++) {
    const tick = y % 10 === 0 ? 5 : y % 5 === 0 ? 3.5 : 2;
    line(page, h, o.dxMm, y + o.dyMm, tick + o.dxMm, y + o.dyMm);
    line(page, h, w + o.dxMm, y + o.dyMm, w - tick + o.dxMm, y + o.dyMm);
    if (y % 10 === 0 && y > 0 && y < h) label(String(y), 6, y + 1.5);
  }
}

/** A calibration sheet for plain paper of the template's size: edge rulers, crosshairs, instructions. */
export async function calibrationSheetPdf(resourcesDir: string, widthMm: number, heightMm: number, offset: Offset): Promise<Uint8Array> {
  const fonts = certificateFonts(resourcesDir);
  const doc = await actualSizePdf('Trang hiệu chỉnh máy in');
  const font = lazyFonts(doc, fonts);
  const regular = await font('regular');
  const bold = await font('bold');
  const page = doc.addPage([mmToPt(widthMm), mmToPt(heightMm)]);
  ruler(page, widthMm, heightMm, offset, regular);
  for (const { xMm, yMm } of crosshairPositions(widthMm, heightMm)) {
    const x = xMm + offset.dxMm;
    const y = yMm + offset.dyMm;
    line(page, heightMm, x - 8, y, x + 8, y, 0.3);
    line(page, heightMm, x, y - 8, x, y + 8, 0.3);
    page.drawCircle({ x: mmToPt(x), y: mmToPt(heightMm - y), size: mmToPt(3), borderWidth: 0.3, borderColor: rgb(0, 0, 0) });
    const label = `(${formatDecimalMm(xMm)}; ${formatDecimalMm(yMm)}) mm`;
    const labelX = xMm > widthMm / 2 + 1 ? mmToPt(x - 2) - regular.widthOfTextAtSize(label, 7) : mmToPt(x + 2);
    page.drawText(label, { x: labelX, y: mmToPt(heightMm - y - 2), size: 7, font: regular });
  }
  const text = instructions(widthMm, heightMm, offset);
  const left = 35 + offset.dxMm;
  let top = Math.max(40, heightMm / 2 - 45) + offset.dyMm;
  const maxWidth = mmToPt(widthMm - 70);
  for (const [i, paragraph] of text.entries()) {
    const face = i === 0 ? bold : regular;
    const size = i === 0 ? 14 : 10;
    const words = paragraph.split(' ');
    let current = '';
    const flush = () => {
      page.drawText(current, { x: mmToPt(left), y: mmToPt(heightMm - top), size, font: face });
      top += (size * 1.4) / (72 / 25.4);
      current = '';
    };
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && face.widthOfTextAtSize(candidate, size) > maxWidth) flush();
      current = current ? `${current} ${word}` : word;
    }
    flush();
    top += 1.5;
  }
  return doc.save();
}
