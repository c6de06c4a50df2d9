import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '@shared/clusters/bands';
import type { ClusterMember, SheetDetail } from '@shared/clusters/model';
import { todayIso } from '@shared/domain/format/date';
import { ClusterDocHeader, shortUnion } from './ClusterDocHeader';
import { useSheetPrint } from './useSheetPrint';
import './clustersPrint.css';

/** Up to this many units fit side by side on A4 landscape beside the condition and evidence columns; more print one unit a page. */
const MATRIX_UNITS = 4;

const maxText = (c: SheetDetail['criteria'][number]) => (c.kind === 'section' ? '' : c.kind === 'deduction' ? `−${formatScore(c.maxPoints)}` : formatScore(c.maxPoints));

function useScores(sheet: SheetDetail) {
  const map = new Map(sheet.scores.map((s) => [`${s.criterionId}:${s.clusterMemberId}`, s]));
  return (criterionId: number, unitId: number) => map.get(`${criterionId}:${unitId}`);
}

type Scores = ReturnType<typeof useScores>;

/** A criterion's own cells (TT, content, condition, evidence, max), then each unit's self and agreed score; a section row has none. */
function CriterionRow({ criterion: c, units, score }: { criterion: SheetDetail['criteria'][number]; units: ClusterMember[]; score: Scores }) {
  return (
    <tr className={c.kind === 'section' ? 'section' : undefined}>
      <td className="center">{c.code}</td>
      <td>{c.content}</td>
      <td>{c.condition}</td>
      <td>{c.evidence}</td>
      <td className="num">{maxText(c)}</td>
      {units.map((u) => (
        <Fragment key={u.id}>
          <td className="num">{c.kind === 'section' ? '' : formatScore(score(c.id, u.id)?.selfScore)}</td>
          <td className="num">{c.kind === 'section' ? '' : formatScore(score(c.id, u.id)?.agreedScore)}</td>
        </Fragment>
      ))}
    </tr>
  );
}

/** The total line: the sheet's maximum, then each unit's self and agreed totals. */
function TotalRow({ sheet, units }: { sheet: SheetDetail; units: ClusterMember[] }) {
  const { t } = useTranslation();
  const totals = new Map(sheet.ranking.map((r) => [r.clusterMemberId, r]));
  return (
    <tr className="section">
      <td />
      <td colSpan={3}>{t('clusters.scores.total')}</td>
      <td className="num">{formatScore(sheet.sheet.maxTotal)}</td>
      {units.map((u) => (
        <Fragment key={u.id}>
          <td className="num">{formatScore(totals.get(u.id)?.selfTotal ?? 0)}</td>
          <td className="num">{formatScore(totals.get(u.id)?.agreedTotal ?? 0)}</td>
        </Fragment>
      ))}
    </tr>
  );
}

function Matrix({ sheet }: { sheet: SheetDetail }) {
  const { t } = useTranslation();
  const score = useScores(sheet);
  return (
    <table className="print-list">
      <thead>
        <tr>
          <th rowSpan={2}>{t('clusters.criteria.no')}</th>
          <th rowSpan={2} style={{ width: '24%' }}>{t('clusters.criteria.content')}</th>
          <th rowSpan={2} style={{ width: '15%' }}>{t('clusters.criteria.condition')}</th>
          <th rowSpan={2} style={{ width: '13%' }}>{t('clusters.criteria.evidence')}</th>
          <th rowSpan={2}>{t('clusters.criteria.max')}</th>
          {sheet.units.map((u) => (
            <th key={u.id} colSpan={2}>{shortUnion(u.name)}</th>
          ))}
        </tr>
        <tr>
          {sheet.units.map((u) => (
            <Fragment key={u.id}>
              <th>{t('clusters.scores.self')}</th>
              <th>{t('clusters.scores.agreed')}</th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.criteria.map((c) => (
          <CriterionRow key={c.id} criterion={c} units={sheet.units} score={score} />
        ))}
        <TotalRow sheet={sheet} units={sheet.units} />
      </tbody>
    </table>
  );
}

function UnitTable({ sheet, unit }: { sheet: SheetDetail; unit: ClusterMember }) {
  const { t } = useTranslation();
  const score = useScores(sheet);
  return (
    <>
      <div className="subtitle" style={{ fontStyle: 'normal', fontWeight: 'bold' }}>{unit.name}</div>
      <table className="print-list">
        <thead>
          <tr>
            <th>{t('clusters.criteria.no')}</th>
            <th style={{ width: '34%' }}>{t('clusters.criteria.content')}</th>
            <th>{t('clusters.criteria.condition')}</th>
            <th>{t('clusters.criteria.evidence')}</th>
            <th>{t('clusters.criteria.max')}</th>
            <th>{t('clusters.ranking.selfTotal')}</th>
            <th>{t('clusters.ranking.agreedTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.criteria.map((c) => (
            <CriterionRow key={c.id} criterion={c} units={[unit]} score={score} />
          ))}
          <TotalRow sheet={sheet} units={[unit]} />
        </tbody>
      </table>
    </>
  );
}

/** The score sheet (phiếu chấm điểm): criteria with their scoring condition and evidence, each unit's self and agreed scores, A4 landscape. */
export function ScoreSheetPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const { sheet, cluster, settings, error } = useSheetPrint(params);
  if (error) return <p>{error}</p>;
  if (!sheet || !settings) return null;
  return (
    <div className="print-page official-landscape clusters-landscape">
      <ClusterDocHeader settings={settings} cluster={cluster?.cluster ?? null} date={todayIso()} />
      <div className="title">{t('clusters.ranking.sheetTitle')}</div>
      <div className="subtitle">{sheet.sheet.name}</div>
      {sheet.units.length <= MATRIX_UNITS ? (
        <Matrix sheet={sheet} />
      ) : (
        sheet.units.map((u, i) => (
          <div key={u.id} className={i > 0 ? 'page-break' : undefined}>
            <UnitTable sheet={sheet} unit={u} />
          </div>
        ))
      )}
    </div>
  );
}
