import { useTranslation } from 'react-i18next';
import { formatScore } from '@shared/clusters/bands';
import { todayIso } from '@shared/domain/format/date';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { ClusterDocHeader, shortUnion } from './ClusterDocHeader';
import { useSheetPrint } from './useSheetPrint';
import './clustersPrint.css';

/** TT | Đơn vị | Điểm tự chấm | Điểm thống nhất | Xếp hạng | Xếp loại | Đề nghị cờ, with the tie rule stated. */
export function RankingPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((s) => s.settings);
  const { sheet, cluster, error } = useSheetPrint(params);
  usePrintReady(sheet !== null && settings !== null);
  if (error) return <p>{error}</p>;
  if (!sheet || !settings) return null;
  const leader = cluster?.members.find((m) => m.role === 'leader');
  return (
    <div className="print-page official-page clusters-portrait">
      <ClusterDocHeader settings={settings} cluster={cluster?.cluster ?? null} date={todayIso()} />
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
      <div className="sign-right">
        <div>
          <strong>{t('clusters.role.leader').toUpperCase()}</strong>
          <div style={{ height: '22mm' }} />
          <strong>{leader ? shortUnion(leader.name) : ''}</strong>
        </div>
      </div>
    </div>
  );
}
