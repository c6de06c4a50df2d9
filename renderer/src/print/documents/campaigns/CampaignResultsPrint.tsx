import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignDays, type CampaignWithTotals } from '@shared/campaigns/model';
import { formatDateVi, todayIso } from '@shared/domain/format/date';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import { OfficialSignature, reportNumber } from '../OfficialSignature';
import { errorText } from '../../../api/errorText';
import type { TextKeyUnder } from '../../../i18n/types';
import { dataText } from '../../../i18n/textKey';

type Line = [key: string, unit: 'unit' | 'person' | 'money' | 'work' | 'initiative' | 'contest' | 'trade', value: number];

function lines(c: CampaignWithTotals): Line[] {
  const x = c.totals;
  return [
    ['unitsRegistered', 'unit', x.registrations.units],
    ['peopleRegistered', 'person', x.registrations.people],
    ['worksGrassroots', 'work', x.works.grassroots],
    ['worksUpper', 'work', x.works.upper],
    ['plaques', 'work', x.works.plaque],
    ['worksValue', 'money', x.works.value],
    ['initiatives', 'initiative', x.initiatives.count],
    ['initiativeAuthors', 'person', x.initiatives.authors],
    ['initiativeValue', 'money', x.initiatives.value],
    ['contests', 'contest', x.contests.count],
    ['contestants', 'person', x.contests.contestants],
    ['enterprises', 'unit', x.contests.enterprises],
    ['districts', 'unit', x.contests.districts],
    ['trades', 'trade', x.contests.trades],
    ['prizeWinners', 'person', x.contests.prizeWinners],
    ['prizeMoney', 'money', x.contests.prizeMoney],
    ['honoursIndividuals', 'person', x.honours.individuals],
    ['honoursCollectives', 'unit', x.honours.collectives],
  ];
}

/** #/print/campaign-results?id=N: a campaign's figures as a table TT | Nội dung | Đơn vị tính | Số lượng. */
export function CampaignResultsPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const [campaign, setCampaign] = useState<CampaignWithTotals | null>(null);
  const [error, setError] = useState('');
  const id = Number(params.get('id'));
  useEffect(() => {
    call('campaigns:get', { id }).then(setCampaign, (e: unknown) => setError(errorText(e)));
  }, [id]);
  usePrintReady(campaign !== null && settings !== null);
  if (error) return <div className="print-page">{error}</div>;
  if (!campaign || !settings) return null;
  const days = campaign.kind === 'regular' ? null : campaignDays(campaign.startsOn, campaign.endsOn);
  const period = [campaign.startsOn, campaign.endsOn].filter((d): d is string => d !== null).map(formatDateVi).join(' – ');
  const p = (key: TextKeyUnder<'campaigns.print'>) => t(`campaigns.print.${key}`);
  const date = todayIso();

  return (
    <div className="print-page official-page">
      <DocumentHeader
        settings={settings}
        left={<div className="doc-number">Số: {reportNumber(settings, params.get('number'))}</div>}
        right={<div style={{ fontStyle: 'italic', marginTop: '6pt' }}>{formatDateLine(settings['office.placeName'], date)}</div>}
      />
      <div className="title">{p('title')}</div>
      <div className="subtitle" style={{ fontWeight: 'bold' }}>{campaign.name}</div>
      {period && <div className="subtitle">{days ? `${period} (${t('campaigns.days', { count: days })})` : period}</div>}
      {campaign.planNumber && (
        <div className="subtitle">{campaign.planDate ? t('campaigns.planLine', { number: campaign.planNumber, date: formatDateVi(campaign.planDate) }) : t('campaigns.planNumberOnly', { number: campaign.planNumber })}</div>
      )}
      <table className="print-list">
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{p('no')}</th>
            <th>{p('content')}</th>
            <th style={{ width: '14%' }}>{p('unit')}</th>
            <th style={{ width: '18%' }}>{p('amount')}</th>
            <th style={{ width: '14%' }}>{p('note')}</th>
          </tr>
        </thead>
        <tbody>
          {lines(campaign).map(([key, unit, value], index) => (
            <tr key={key}>
              <td style={{ textAlign: 'center' }}>{index + 1}</td>
              <td>{dataText(t, `campaigns.print.lines.${key}`)}</td>
              <td style={{ textAlign: 'center' }}>{dataText(t, `campaigns.print.units.${unit}`)}</td>
              <td style={{ textAlign: 'right' }}>{formatNumber(value)}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <OfficialSignature settings={settings} date={date} />
    </div>
  );
}
