import { describe, expect, it } from 'vitest';
import { layoutField, type FaceMetrics, type Measure } from '../../../shared/certificates/layout';
import { parseCalibration, formatDecimalMm } from '../../../shared/certificates/calibration';
import { paperSize, pickTemplate, type CertificateField } from '../../../shared/certificates/template';
import { fieldText, SAMPLE_VALUES } from '../../../shared/certificates/values';

// Every character 0.5 em wide: widths are easy to reason about.
const measure: Measure = (_face, text, size) => text.length * 0.5 * size;
const metrics = { regular: { ascent: 0.9, descent: -0.2 }, bold: { ascent: 0.9, descent: -0.2 }, italic: { ascent: 0.9, descent: -0.2 }, boldItalic: { ascent: 0.9, descent: -0.2 } } satisfies FaceMetrics;
const box = (patch: Partial<CertificateField> = {}): CertificateField => ({ id: 'a', key: 'achievement', xMm: 10, yMm: 20, wMm: 100, hMm: 30, font: 'italic', sizePt: 14, align: 'center', maxLines: 3, text: '', ...patch });

describe('layoutField', () => {
  it('centres a short line in its box and shifts it by the calibration', () => {
    const laid = layoutField(box({ maxLines: 1 }), 'Nguyễn Văn A', measure, metrics);
    const line = laid.lines[0]!;
    expect(line.xMm + line.widthMm / 2).toBeCloseTo(60, 6);
    const shifted = layoutField(box({ maxLines: 1 }), 'Nguyễn Văn A', measure, metrics, { dxMm: 1.5, dyMm: -2 });
    expect(shifted.lines[0]!.xMm - line.xMm).toBeCloseTo(1.5, 9);
    expect(shifted.lines[0]!.baselineMm - line.baselineMm).toBeCloseTo(-2, 9);
  });

  it('wraps, then shrinks to fit the maximum lines, never dropping a word', () => {
    const text = Array.from({ length: 40 }, (_, i) => `chữ${i}`).join(' ');
    const laid = layoutField(box(), text, measure, metrics);
    expect(laid.shrunk).toBe(true);
    expect(laid.overflow).toBe(false);
    expect(laid.lines.length).toBeLessThanOrEqual(3);
    expect(laid.lines.map((l) => l.text).join(' ')).toBe(text);
    for (const l of laid.lines) expect(l.widthMm).toBeLessThanOrEqual(100 + 1e-6);
  });

  it('reports an overflow instead of cutting text that cannot fit', () => {
    const text = Array.from({ length: 400 }, () => 'dài').join(' ');
    const laid = layoutField(box(), text, measure, metrics);
    expect(laid.overflow).toBe(true);
    expect(laid.lines.map((l) => l.text).join(' ')).toBe(text);
  });

  it('keeps hard line breaks (signer block over title) and aligns left and right', () => {
    const left = layoutField(box({ align: 'left', maxLines: 2 }), 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', measure, metrics);
    expect(left.lines.map((l) => l.text)).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']);
    expect(left.lines.every((l) => l.xMm === 10)).toBe(true);
    const right = layoutField(box({ align: 'right', maxLines: 1 }), 'Số: 1', measure, metrics);
    expect(right.lines[0]!.xMm + right.lines[0]!.widthMm).toBeCloseTo(110, 9);
  });
});

describe('certificate values and helpers', () => {
  it('formats the decision number and date lines', () => {
    const f = (key: CertificateField['key']) => fieldText(box({ key }), { ...SAMPLE_VALUES, decidedOn: '2025-02-05', placeName: 'Hà Nội' });
    expect(f('decisionNumber')).toBe('Số: 123/QĐ-LĐLĐ');
    expect(f('decisionDate')).toBe('ngày 05 tháng 02 năm 2025');
    expect(f('placeDate')).toBe('Hà Nội, ngày 05 tháng 02 năm 2025');
    expect(f('signerTitle')).toBe('TM. BAN THƯỜNG VỤ\nCHỦ TỊCH');
  });

  it('parses --calibration values and refuses bad ones', () => {
    expect(parseCalibration('1.5,-2')).toEqual({ dxMm: 1.5, dyMm: -2 });
    expect(parseCalibration('1,5;-2')).toEqual({ dxMm: 1.5, dyMm: -2 });
    for (const bad of ['', '1', '1,2,3', 'a,b', '60,0', '1.5,']) expect(parseCalibration(bad)).toBeNull();
    expect(formatDecimalMm(-1.5)).toBe('−1,5');
  });

  it('picks paper sizes and the template of a form', () => {
    expect(paperSize('A4', 'landscape')).toEqual({ widthMm: 297, heightMm: 210 });
    expect(paperSize('400x300', 'portrait')).toEqual({ widthMm: 300, heightMm: 400 });
    const templates = [
      { id: 1, formKindId: null, paper: 'A4' as const },
      { id: 2, formKindId: null, paper: '400x300' as const },
      { id: 3, formKindId: 9, paper: 'A3' as const },
    ];
    expect(pickTemplate(templates, 9, 'Giấy khen')?.id).toBe(3);
    expect(pickTemplate(templates, 5, 'Bằng khen')?.id).toBe(2);
    expect(pickTemplate(templates, 5, 'Giấy khen')?.id).toBe(1);
  });
});
