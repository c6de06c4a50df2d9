import { Fragment, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { formatDateVi, todayIso } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { percentOfTarget, type YearFigure } from '@shared/statistics/figures';
import type { ReportingPeriod } from '@shared/statistics/period';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { PRINT_LOCALE } from '../../printLocale';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import { OfficialSignature, reportNumber } from '../OfficialSignature';
import { useLoad } from '../../../components/useLoad';
import { dataText } from '../../../i18n/textKey';

const SECTIONS = ['organization', 'members', 'representation', 'emulation', 'awards', 'care'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const num = (n: number | null) => (n === null ? '' : formatNumber(n, 1));

/** The year's figures in the spirit of Mẫu số 2-HĐCĐ: TT | Nội dung | Đơn vị tính | this year | last year | target | %. */
export function StatisticsPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const year = Number(params.get('year')) || settings?.['office.workingYear'] || new Date().getFullYear();
  const fetch = useCallback(() => call('statistics:year', { year, locale: PRINT_LOCALE }), [year]);
  const { data } = useLoad<{ period: ReportingPeriod; figures: YearFigure[]; afterCutoff: { decisions: number } } | null>(fetch, null, { showError: false });
  usePrintReady(data !== null && settings !== null);
  if (!data || !settings) return null;
  let section = -1;
  return (
    <div className="print-page official-page" style={{ fontSize: '12pt' }}>
      <div style={{ fontSize: '11pt' }}>
        <DocumentHeader
          settings={settings}
          left={<div className="doc-number">Số: {reportNumber(settings, params.get('number'))}</div>}
          right={<div style={{ fontStyle: 'italic', marginTop: '6pt', fontSize: '13pt' }}>{formatDateLine(settings['office.placeName'], todayIso())}</div>}
        />
      </div>
      <div className="title">{t('statistics.print.title', { year })}</div>
      <div className="subtitle">{t('statistics.print.period', { from: formatDateVi(data.period.from), to: formatDateVi(data.period.to) })}</div>
      <p className="para" data-testid="cutoff-note">
        {t('statistics.print.cutoff', { cutoff: formatDateVi(data.period.to), year, next: year + 1, n: data.afterCutoff.decisions })}
      </p>
      <table className="print-list">
        <thead>
          <tr>
            <th style={{ width: '5%' }}>{t('statistics.figures.tt')}</th>
            <th style={{ width: '41%' }}>{t('statistics.figures.content')}</th>
            <th style={{ width: '12%' }}>{t('statistics.figures.unit')}</th>
            <th style={{ width: '12%' }}>{t('statistics.print.thisYear', { year })}</th>
            <th style={{ width: '12%' }}>{t('statistics.print.lastYear', { year: year - 1 })}</th>
            <th style={{ width: '9%' }}>{t('statistics.figures.target')}</th>
            <th style={{ width: '9%' }}>{t('statistics.figures.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {SECTIONS.map((name) => {
            const rows = data.figures.filter((f) => f.section === name);
            if (rows.length === 0) return null;
            section += 1;
            let line = 0;
            return (
              <Fragment key={name}>
                <tr>
                  <td style={{ textAlign: 'center', fontWeight: 'bold' }}>{ROMAN[section]}</td>
                  <td colSpan={6} style={{ fontWeight: 'bold' }}>
                    {dataText(t, `statistics.sections.${name}`)}
                  </td>
                </tr>
                {rows.map((figure) => {
                  const sub = figure.label.startsWith('-') || figure.label.startsWith(' ');
                  if (!sub) line += 1;
                  const p = percentOfTarget(figure.value, figure.target);
                  return (
                    <tr key={figure.code} data-code={figure.code}>
                      <td style={{ textAlign: 'center' }}>{sub ? '' : line}</td>
                      <td style={{ paddingLeft: sub ? '12pt' : undefined }}>{figure.label.trim()}</td>
                      <td>{figure.unit}</td>
                      <td style={{ textAlign: 'right' }}>{figure.value === null ? '' : num(figure.value)}</td>
                      <td style={{ textAlign: 'right' }}>{num(figure.lastYear)}</td>
                      <td style={{ textAlign: 'right' }}>{num(figure.target)}</td>
                      <td style={{ textAlign: 'right' }}>{p === null ? '' : `${formatNumber(p, 1)}%`}</td>
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <OfficialSignature settings={settings} date={todayIso()} />
    </div>
  );
}
