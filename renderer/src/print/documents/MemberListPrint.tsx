import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '@shared/members/model';
import { memberFilterSchema, type MemberFilter } from '@shared/members/query';
import { memberLabels } from '@shared/members/labels';
import { formatDateVi, todayIso } from '@shared/domain/format/date';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { formatNumber } from '@shared/domain/format/number';
import type { Locale } from '@shared/i18n/locale';
import { call } from '../../api/client';
import { useAppStore } from '../../stores/appStore';
import { usePrintReady } from '../usePrintReady';
import { DocumentHeader } from './DocumentHeader';
import { useLoad } from '../../components/useLoad';

const PAGE = 500;
export const PRINT_ROW_CAP = 20_000;

function parseFilter(params: URLSearchParams): MemberFilter {
  try {
    return memberFilterSchema.parse(JSON.parse(params.get('filter') ?? '{}'));
  } catch {
    return {};
  }
}

/** "Công đoàn cơ sở X" prints as "CĐCS X", as lists on paper write it. */
const shortUnion = (name: string) => name.replace(/^Công đoàn cơ sở /i, 'CĐCS ');

const birth = (value: string | null) => (value && value.length === 10 ? formatDateVi(value) : (value ?? ''));

/** Every row of the filter, page after page up to the cap, and the CĐCS's name when filtered to one. */
async function loadAllPages(filter: MemberFilter): Promise<{ rows: MemberListItem[]; total: number; unionName: string }> {
  const rows: MemberListItem[] = [];
  let total: number;
  for (;;) {
    const page = await call('members:list', { ...filter, offset: rows.length, limit: PAGE });
    total = page.total;
    rows.push(...page.items);
    if (page.items.length === 0 || rows.length >= Math.min(total, PRINT_ROW_CAP)) break;
  }
  const unionName = filter.organizationId ? (await call('unions:get', { id: filter.organizationId })).name : '';
  return { rows, total, unionName };
}

/**
 * The member list exactly as filtered on screen (the same `members:list` filter, paged to the end), with the
 * filter's status and a status column; A4 landscape, header row repeated on every page, pages numbered.
 */
export function MemberListPrint({ params }: { params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const labels = memberLabels[i18n.language as Locale];
  const filter = parseFilter(params);

  const query = params.toString();
  const fetch = useCallback(() => loadAllPages(parseFilter(new URLSearchParams(query))), [query]);
  const {
    data: { rows, total, unionName },
  } = useLoad<{ rows: MemberListItem[] | null; total: number; unionName: string }>(fetch, { rows: null, total: 0, unionName: '' }, { showError: false });
  usePrintReady(rows !== null && settings !== null);
  if (!rows || !settings) return null;

  return (
    <div className="print-page official-landscape">
      <DocumentHeader settings={settings} />
      <div className="title">{t('print.memberListTitle')}</div>
      {unionName && <div className="subtitle">{unionName}</div>}
      <div className="subtitle" data-testid="print-filter">
        {filter.status ? t('print.filterStatus', { status: labels.status[filter.status] }) : t('print.filterAllStatuses')}
      </div>
      <div className="subtitle">
        {formatDateLine(settings['office.placeName'], todayIso())} — {t('print.totalMembers', { total: formatNumber(total) })}
        {total > rows.length && ` (${t('print.truncated', { shown: formatNumber(rows.length) })})`}
      </div>
      <table className="print-list">
        <thead>
          <tr>
            <th rowSpan={2}>{t('print.columns.no')}</th>
            <th rowSpan={2} style={{ width: '20%' }}>{t('print.columns.name')}</th>
            <th colSpan={2}>{t('print.columns.birth')}</th>
            <th rowSpan={2}>{t('print.columns.position')}</th>
            <th rowSpan={2}>{t('print.columns.union')}</th>
            <th rowSpan={2}>{t('print.columns.joined')}</th>
            <th rowSpan={2}>{t('print.columns.card')}</th>
            <th rowSpan={2}>{t('print.columns.status')}</th>
          </tr>
          <tr>
            <th>{labels.sex.male}</th>
            <th>{labels.sex.female}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <td style={{ textAlign: 'center' }}>{index + 1}</td>
              <td>{row.fullName}</td>
              <td style={{ textAlign: 'center' }}>{row.sex !== 'female' ? birth(row.birthDate) : ''}</td>
              <td style={{ textAlign: 'center' }}>{row.sex === 'female' ? birth(row.birthDate) : ''}</td>
              <td>{labels.position[row.unionPosition]}</td>
              <td>{shortUnion(row.unionName)}</td>
              <td style={{ textAlign: 'center' }}>{row.joinedOn ? formatDateVi(row.joinedOn) : ''}</td>
              <td>{row.cardNumber}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{labels.status[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The printable member list: #/print/members?… */
export const memberListPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  members: (params) => <MemberListPrint params={params} />,
};
