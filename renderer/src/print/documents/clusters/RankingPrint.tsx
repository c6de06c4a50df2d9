import { useTranslation } from 'react-i18next';
import { formatScore } from '@shared/clusters/bands';
import { isValidIsoDate, todayIso } from '@shared/domain/format/date';
import { defaultDateInYear } from '@shared/domain/format/typedDate';
import { ClusterDocHeader, shortUnion } from './ClusterDocHeader';
import { useSheetPrint } from './useSheetPrint';
import './clustersPrint.css';

/** TT | Đơn vị | Điểm tự chấm | Điểm thống nhất | Xếp hạng | Xếp loại | Đề nghị cờ, with the tie rule stated. */
export function RankingPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const { sheet, cluster, settings, error } = useSheetPrint(params);
  if (error) return <p>{error}</p>;
  if (!sheet || !settings) return null;
  const leader = cluster?.members.find((m) => m.role === 'leader');
  // Dated and signed as the print dialog asked; an old link without them takes a day of the sheet's year.
  const asked = params.get('date') ?? '';
  const date = isValidIsoDate(asked) ? asked : defaultDateInYear(sheet.sheet.year, todayIso());
  const signer = params.get('signer')?.trim() ?? '';
  return (
    <div className="print-page official-page clusters-portrait">
      <ClusterDocHeader settings={settings} cluster={cluster?.cluster ?? null} date={date} />
      <div className="title">{t('clusters.ranking.title')}</div>
      <div className="subtitle">{sheet.sheet.name}</div>
      <table className="print-list">
        <thead>
          <tr>
            <th style={{ width: '5%' }}>{t('clusters.ranking.no')}</th>
            <th style={{ width: '33%' }}>{t('clusters.ranking.unit')}</th>
            <th style={{ width: '9%' }}>{t('clusters.ranking.selfTotal')}</th>
            <th style={{ width: '10%' }}>{t('clusters.ranking.agreedTotal')}</th>
            <th style={{ width: '7%' }}>{t('clusters.ranking.rank')}</th>
            <th style={{ width: '26%' }}>{t('clusters.ranking.rating')}</th>
            <th style={{ width: '10%' }}>{t('clusters.ranking.flag')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.ranking.map((r, i) => (
            <tr key={r.clusterMemberId}>
              <td className="center">{i + 1}</td>
              <td>{r.name}</td>
              <td className="num">{formatScore(r.selfTotal)}</td>
              <td className="num">{formatScore(r.agreedTotal)}</td>
              <td className="center">{r.rank}</td>
              <td>{r.ratingLabel ?? ''}</td>
              <td className="center">{r.proposedForFlag ? t('clusters.ranking.flagYes') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="note">
        {t('clusters.ranking.rule', { rules: sheet.sheet.tieRules.map((r) => t(`clusters.tieRule.${r}`)).join(', ') })} {t('clusters.ranking.flagRule', { count: sheet.sheet.flagCount })}
      </div>
      <div className="sign-right" data-testid="ranking-signature">
        <div>
          <strong>{t('clusters.role.leader').toUpperCase()}</strong>
          {leader && <div className="sign-unit">{shortUnion(leader.name)}</div>}
          <div style={{ height: '22mm' }} />
          <strong className="sign-name">{signer}</strong>
        </div>
      </div>
    </div>
  );
}
