import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { formatDateVi, todayIso } from '@shared/domain/format/date';
import type { FormStatusRow } from '@shared/grassrootsForms/model';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import { useLoad } from '../../../components/useLoad';

/** The CĐCS that have not returned their Mẫu 1 yet: a list to ring round. */
export function FormsRemindersPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const period = params.get('period') ?? '';
  const deadline = params.get('deadline') ?? undefined;
  const fetch = useCallback(() => call('forms:status', { period, deadline }).then((all) => all.filter((r) => r.status === 'missing')), [period, deadline]);
  const { data: rows } = useLoad<FormStatusRow[] | null>(fetch, null, { showError: false });
  usePrintReady(rows !== null && settings !== null);
  if (!rows || !settings) return null;
  return (
    <div className="print-page official-page" style={{ fontSize: '12pt' }}>
      <DocumentHeader settings={settings} />
      <div className="title">{t('forms.remindersTitle')}</div>
      <div className="subtitle">{t('forms.mau2Period', { date: formatDateVi(period) })}</div>
      {rows.length === 0 ? (
        <p>{t('forms.remindersNone')}</p>
      ) : (
        <table className="print-list">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{t('forms.tt')}</th>
              <th style={{ width: '15%' }}>{t('forms.union')}</th>
              <th>{t('forms.content')}</th>
              <th style={{ width: '20%' }}>{t('forms.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.organizationId}>
                <td className="center">{i + 1}</td>
                <td>{r.unionCode}</td>
                <td>{r.unionName}</td>
                <td>{r.late ? t('forms.late') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div style={{ textAlign: 'right', fontStyle: 'italic', marginTop: '8pt' }}>{formatDateLine(settings['office.placeName'], todayIso())}</div>
    </div>
  );
}
