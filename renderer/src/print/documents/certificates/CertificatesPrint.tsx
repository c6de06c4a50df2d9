import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaidField } from '@shared/certificates/layout';
import type { CertificateSheets } from '@shared/certificates/print';
import { parseCertificatesPrintRoute } from '@shared/certificates/printRoute';
import { blankPageCss } from '@shared/domain/documents/officialPage';
import { call } from '../../../api/client';
import { usePrintReady } from '../../usePrintReady';
import './certificatesPrint.css';
import { useLoad } from '../../../components/useLoad';

const PT_TO_MM = 25.4 / 72;
const FACE: Record<LaidField['face'], { weight: number; style: 'normal' | 'italic' }> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
};
const mm = (value: number) => `${value.toFixed(3)}mm`;

/** Loads the Tinos faces the sheets use (with their Vietnamese glyphs) before the page says it is ready. */
async function loadFaces(data: CertificateSheets): Promise<void> {
  const text = new Map<LaidField['face'], string>();
  for (const sheet of data.sheets) for (const f of sheet.fields) text.set(f.face, (text.get(f.face) ?? '') + f.lines.map((l) => l.text).join(''));
  await Promise.all([...text].map(([face, sample]) => document.fonts.load(`${FACE[face].style} ${FACE[face].weight} 12pt Tinos`, sample.slice(0, 2000))));
}

/**
 * Bằng khen / Giấy khen for the printer: one page per award, exactly the paper's size, no margins,
 * each line where the backend's layout (the PDF's) puts it. The scan of the blank is never drawn.
 * #/print/certificates?decision=…&awards=…&template=…&calibration=… (or dx, dy)
 */
export function CertificatesPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const query = params.toString();
  // The sheets show once their faces are loaded: the page is then ready to print.
  const fetch = useCallback(async () => {
    const sheets = await call('certificates:sheets', parseCertificatesPrintRoute(new URLSearchParams(query)));
    await loadFaces(sheets);
    return sheets;
  }, [query]);
  const { data, error } = useLoad<CertificateSheets | null>(fetch, null, { showError: false });
  usePrintReady(data !== null);

  if (error) return <div className="print-page">{error}</div>;
  if (!data) return null;
  const size = { width: mm(data.widthMm), height: mm(data.heightMm) };
  return (
    <div className="cert-sheets" data-testid="certificate-sheets">
      <style>{blankPageCss('uniondesk-certificate', size.width, size.height)}</style>
      <p className="cert-print-note">{t('certificates.printer.browserHint', { width: data.widthMm, height: data.heightMm, n: data.sheets.length })}</p>
      {data.sheets.map((sheet) => (
        <section key={sheet.awardId} className="cert-sheet" style={size} data-award={sheet.awardId}>
          {sheet.fields.flatMap((field) => {
            const sizeMm = field.sizePt * PT_TO_MM;
            return field.lines.map((line, i) => (
              <div
                key={`${field.fieldId}-${i}`}
                className="cert-sheet-line"
                data-field={field.key}
                style={{
                  left: mm(line.xMm),
                  top: mm(line.baselineMm - field.ascent * sizeMm),
                  fontSize: `${field.sizePt}pt`,
                  lineHeight: mm((field.ascent - field.descent) * sizeMm),
                  fontWeight: FACE[field.face].weight,
                  fontStyle: FACE[field.face].style,
                }}
              >
                {line.text}
              </div>
            ));
          })}
        </section>
      ))}
    </div>
  );
}
