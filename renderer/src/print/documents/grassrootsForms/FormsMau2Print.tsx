import { Fragment, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { formatDateVi, todayIso } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { isFigure, type FormCatalogue } from '@shared/grassrootsForms/catalogue';
import type { RolledUpFigure } from '@shared/grassrootsForms/model';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import { useLoad } from '../../../components/useLoad';

/** Mẫu số 2-HĐCĐ in the official layout: TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú. */
export function FormsMau2Print({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const period = params.get('period') ?? '';
  const fetch = useCallback(
    () => Promise.all([call('forms:catalogue', {}), call('forms:rollup', { period })]).then(([catalogue, figures]) => ({ catalogue, figures })),
    [period],
  );
  const { data } = useLoad<{ catalogue: FormCatalogue; figures: RolledUpFigure[] } | null>(fetch, null, { showError: false });
  usePrintReady(data !== null && settings !== null);
  if (!data || !settings) return null;
  const byCode = new Map(data.figures.map((f) => [f.code, f]));
  return (
    <div className="print-page official-page" style={{ fontSize: '12pt' }}>
      <div style={{ textAlign: 'right', fontStyle: 'italic', fontSize: '11pt' }}>{t('forms.mau2Form')}</div>
      <div style={{ fontSize: '11pt' }}>
        <DocumentHeader settings={settings} />
      </div>
      <div className="title">{t('forms.mau2Title', { year: period.slice(0, 4) })}</div>
      <div className="subtitle">{t('forms.mau2Period', { date: formatDateVi(period) })}</div>
      <table className="print-list" data-testid="forms-mau2-table">
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{t('forms.tt')}</th>
            <th style={{ width: '46%' }}>{t('forms.content')}</th>
            <th style={{ width: '11%' }}>{t('forms.unit')}</th>
            <th style={{ width: '14%' }}>{t('forms.value')}</th>
            <th style={{ width: '23%' }}>{t('forms.note')}</th>
          </tr>
        </thead>
        <tbody>
          {data.catalogue.sections.map((section) => (
            <Fragment key={section.key}>
              <tr>
                <td className="center" style={{ fontWeight: 'bold' }}>{section.tt}</td>
                <td colSpan={4} style={{ fontWeight: 'bold' }}>{section.label.toUpperCase()}</td>
              </tr>
              {section.rows.map((row) => {
                const figure = isFigure(row) ? byCode.get(row.code) : undefined;
                if (!isFigure(row) || !figure) {
                  return (
                    <tr key={`${section.key}-${row.label}`}>
                      <td className="center">{row.tt}</td>
                      <td colSpan={4} style={{ fontStyle: 'italic', fontWeight: 'bold' }}>{row.label}</td>
                    </tr>
                  );
                }
                const parts = data.figures.filter((f) => f.code.startsWith(`${row.code}.sector.`));
                return [{ ...figure, label: row.of ? `- ${row.label}` : row.label }, ...parts].map((f) => (
                  <tr key={f.code} data-code={f.code}>
                    <td className="center">{f.code === row.code ? (row.tt ?? '') : ''}</td>
                    <td style={{ paddingLeft: f.label.startsWith('- ') ? '12pt' : undefined }}>{f.label}</td>
                    <td>{f.unit}</td>
                    <td className="num">{f.value === null ? '' : formatNumber(f.value, 1)}</td>
                    <td style={{ fontSize: '10pt' }}>{t(`forms.source.${f.source}`, { returned: f.formsReturned, expected: f.formsExpected })}</td>
                  </tr>
                ));
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div style={{ textAlign: 'right', fontStyle: 'italic', marginTop: '8pt' }}>{formatDateLine(settings['office.placeName'], todayIso())}</div>
    </div>
  );
}
