import { useRef, useState } from 'react';
import { Alert, App, Checkbox, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetDetail } from '@shared/clusters/model';
import type { RankedUnit, RankingScore } from '@shared/clusters/ranking';
import { formatScore } from '@shared/clusters/bands';
import { shortUnitName } from '@shared/clusters/names';
import { call } from '../../api/client';
import { ScoreCell, type Field } from './ScoreCell';
import { errorText } from '../../api/errorText';
import './clusters.css';

/**
 * Criteria down, units across (self-score and agreed score each). Tab moves right along the row,
 * Enter moves down the column; every committed cell is saved at once.
 */
export function ScoreGrid({ detail, onRanking, onScores }: { detail: SheetDetail; onRanking(r: RankedUnit[]): void; onScores(s: RankingScore[]): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [showSelf, setShowSelf] = useState(true);
  const scores = useRef(new Map(detail.scores.map((s) => [`${s.criterionId}:${s.clusterMemberId}`, s])));
  const table = useRef<HTMLTableElement>(null);
  const fields: Field[] = showSelf ? ['self', 'agreed'] : ['agreed'];
  const scorable = detail.criteria.filter((c) => c.kind !== 'section');
  const rowOf = new Map(scorable.map((c, i) => [c.id, i]));
  const totals = new Map(detail.ranking.map((r) => [r.clusterMemberId, r]));

  if (detail.units.length === 0) return <Empty description={t('clusters.scores.noUnits')} />;
  if (scorable.length === 0) return <Empty description={t('clusters.scores.noCriteria')} />;

  const focusCell = (row: number, col: number) => {
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
    input?.focus();
  };
  const down = (row: number, col: number) => {
    const cols = detail.units.length * fields.length;
    if (row + 1 < scorable.length) focusCell(row + 1, col);
    else if (col + 1 < cols) focusCell(0, col + 1);
  };

  const save = async (criterionId: number, clusterMemberId: number, field: Field, value: number | null): Promise<boolean> => {
    try {
      const result = await call('scores:save', { sheetId: detail.sheet.id, cells: [{ criterionId, clusterMemberId, field, value }] });
      const key = `${criterionId}:${clusterMemberId}`;
      const old = scores.current.get(key) ?? { criterionId, clusterMemberId, selfScore: null, agreedScore: null };
      scores.current.set(key, { ...old, [field === 'self' ? 'selfScore' : 'agreedScore']: value });
      onScores([...scores.current.values()]);
      onRanking(result.ranking);
      return true;
    } catch (error) {
      message.error({ content: errorText(error), duration: 6 });
      return false;
    }
  };

  const criterionLabel = (c: SheetDetail['criteria'][number]) => [c.code, c.content].filter(Boolean).join('. ');
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Alert type="info" showIcon title={t('clusters.scores.help')} style={{ padding: '2px 8px' }} />
        <Checkbox checked={showSelf} onChange={(e) => setShowSelf(e.target.checked)}>
          {t('clusters.scores.showSelf')}
        </Checkbox>
      </Flex>
      <div className="score-grid-wrap">
        <table className="score-grid" ref={table}>
          <thead>
            <tr>
              <th rowSpan={2} className="sticky-col code">{t('clusters.criteria.no')}</th>
              <th rowSpan={2} className="sticky-col content">{t('clusters.criteria.content')}</th>
              <th rowSpan={2}>{t('clusters.criteria.max')}</th>
              {detail.units.map((u) => (
                <th key={u.id} colSpan={fields.length} className="unit" title={u.name}>
                  {shortUnitName(u.name)}
                </th>
              ))}
            </tr>
            <tr>
              {detail.units.map((u) => fields.map((f) => <th key={`${u.id}${f}`}>{t(`clusters.scores.${f}`)}</th>))}
            </tr>
          </thead>
          <tbody>
            {detail.criteria.map((c) =>
              c.kind === 'section' ? (
                <tr key={c.id} className="section">
                  <td className="sticky-col code">{c.code}</td>
                  <td className="sticky-col content" colSpan={1}>{c.content}</td>
                  <td colSpan={1 + detail.units.length * fields.length} />
                </tr>
              ) : (
                <tr key={c.id} className={c.kind}>
                  <td className="sticky-col code">{c.code}</td>
                  <td className="sticky-col content">
                    {c.levels.length > 0 && (
                      <datalist id={`levels-${c.id}`}>
                        {c.levels.map((l) => (
                          <option key={l.label} value={formatScore(l.points)} label={l.label} />
                        ))}
                      </datalist>
                    )}
                    {c.content}
                    {c.kind !== 'criterion' && <Typography.Text type="secondary"> ({t(`clusters.criteria.kind.${c.kind}`)})</Typography.Text>}
                  </td>
                  <td className="num">{c.kind === 'deduction' ? `−${formatScore(c.maxPoints)}` : formatScore(c.maxPoints)}</td>
                  {detail.units.map((u, ui) =>
                    fields.map((f, fi) => {
                      const s = scores.current.get(`${c.id}:${u.id}`);
                      const col = ui * fields.length + fi;
                      const row = rowOf.get(c.id) ?? 0;
                      return (
                        <td key={`${u.id}${f}`} className={f === 'agreed' ? 'agreed' : undefined}>
                          <ScoreCell
                            row={row}
                            col={col}
                            value={f === 'self' ? (s?.selfScore ?? null) : (s?.agreedScore ?? null)}
                            label={t('clusters.scores.cellLabel', { unit: u.name, criterion: criterionLabel(c), field: t(`clusters.scores.${f}`) })}
                            onBadNumber={(text) => void message.error(t('clusters.scores.notNumber', { unit: u.name, criterion: criterionLabel(c), text }))}
                            onCommit={(value) => save(c.id, u.id, f, value)}
                            onEnter={() => down(row, col)}
                            {...(c.levels.length > 0 ? { list: `levels-${c.id}` } : {})}
                          />
                        </td>
                      );
                    }),
                  )}
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <td className="sticky-col code" />
              <td className="sticky-col content">{t('clusters.scores.total')}</td>
              <td className="num">{formatScore(detail.sheet.maxTotal)}</td>
              {detail.units.map((u) =>
                fields.map((f) => {
                  const r = totals.get(u.id);
                  return (
                    <td key={`${u.id}${f}`} className="num" data-total={`${u.id}-${f}`}>
                      {formatScore(f === 'self' ? (r?.selfTotal ?? 0) : (r?.agreedTotal ?? 0))}
                    </td>
                  );
                }),
              )}
            </tr>
            <tr className="rank-row">
              <td className="sticky-col code" />
              <td className="sticky-col content">{t('clusters.ranking.rank')}</td>
              <td />
              {detail.units.map((u) => {
                const r = totals.get(u.id);
                return (
                  <td key={u.id} colSpan={fields.length} className="center" data-rank={u.id}>
                    {r ? `${r.rank}${r.ratingLabel ? ` · ${r.ratingLabel}` : ''}` : ''}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </Flex>
  );
}
