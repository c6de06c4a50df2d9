import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaidField } from '@shared/certificates/layout';
import type { CertificateField } from '@shared/certificates/template';
import './certificates.css';

const PT_TO_MM = 25.4 / 72;
const STYLE: Record<LaidField['face'], { fontWeight: number; fontStyle: string }> = {
  regular: { fontWeight: 400, fontStyle: 'normal' },
  bold: { fontWeight: 700, fontStyle: 'normal' },
  italic: { fontWeight: 400, fontStyle: 'italic' },
  boldItalic: { fontWeight: 700, fontStyle: 'italic' },
};

interface Props {
  widthMm: number;
  heightMm: number;
  /** Screen width of the paper in px. */
  widthPx: number;
  laid: LaidField[];
  backgroundUrl: string | null;
  /** Given: the boxes are shown and can be dragged and resized. */
  fields?: CertificateField[];
  selectedId?: string | null;
  onSelect?(id: string): void;
  onMove?(id: string, patch: Partial<Pick<CertificateField, 'xMm' | 'yMm' | 'wMm' | 'hMm'>>): void;
}

const half = (mm: number) => Math.round(mm * 2) / 2;

/** The blank at scale: its scan behind (screen only), the text where the PDF will print it. */
export function CertificateCanvas({ widthMm, heightMm, widthPx, laid, backgroundUrl, fields, selectedId, onSelect, onMove }: Props) {
  const { t } = useTranslation();
  const scale = widthPx / widthMm;
  const drag = useRef<{ id: string; mode: 'move' | 'resize'; x: number; y: number; field: CertificateField } | null>(null);

  const start = (event: ReactPointerEvent, field: CertificateField, mode: 'move' | 'resize') => {
    event.stopPropagation();
    event.preventDefault();
    onSelect?.(field.id);
    drag.current = { id: field.id, mode, x: event.clientX, y: event.clientY, field };
    (event.target as HTMLElement).setPointerCapture?.(event.pointerId);
  };
  const move = (event: ReactPointerEvent) => {
    const d = drag.current;
    if (!d || !onMove) return;
    const dx = (event.clientX - d.x) / scale;
    const dy = (event.clientY - d.y) / scale;
    const f = d.field;
    if (d.mode === 'move') {
      onMove(d.id, { xMm: half(Math.min(Math.max(0, f.xMm + dx), widthMm - f.wMm)), yMm: half(Math.min(Math.max(0, f.yMm + dy), heightMm - f.hMm)) });
    } else {
      onMove(d.id, { wMm: half(Math.min(Math.max(5, f.wMm + dx), widthMm - f.xMm)), hMm: half(Math.min(Math.max(3, f.hMm + dy), heightMm - f.yMm)) });
    }
  };
  const end = () => {
    drag.current = null;
  };

  const overflowing = new Set(laid.filter((f) => f.overflow).map((f) => f.fieldId));
  return (
    <div
      className="cert-paper"
      data-testid="certificate-canvas"
      style={{ width: widthPx, height: heightMm * scale }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    >
      {backgroundUrl && <img className="cert-background" src={backgroundUrl} alt="" />}
      {fields?.map((field) => (
        <div
          key={field.id}
          className={`cert-box${field.id === selectedId ? ' selected' : ''}${overflowing.has(field.id) ? ' overflow' : ''}`}
          data-field={field.key}
          style={{ left: field.xMm * scale, top: field.yMm * scale, width: field.wMm * scale, height: field.hMm * scale }}
          onPointerDown={(e) => start(e, field, 'move')}
          title={t(`certificates.field.keys.${field.key}`)}
        >
          {field.id === selectedId && <span className="cert-label">{t(`certificates.field.keys.${field.key}`)}</span>}
          <span className="cert-resize" onPointerDown={(e) => start(e, field, 'resize')} />
        </div>
      ))}
      {laid.flatMap((field) =>
        field.lines.map((line, i) => {
          const sizeMm = field.sizePt * PT_TO_MM;
          return (
            <div
              key={`${field.fieldId}-${i}`}
              className="cert-line"
              style={{
                ...STYLE[field.face],
                left: line.xMm * scale,
                top: (line.baselineMm - field.ascent * sizeMm) * scale,
                fontSize: sizeMm * scale,
                lineHeight: `${(field.ascent - field.descent) * sizeMm * scale}px`,
              }}
            >
              {line.text}
            </div>
          );
        }),
      )}
    </div>
  );
}
