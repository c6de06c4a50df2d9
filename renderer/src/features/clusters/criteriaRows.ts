import type { Criterion, CriterionInput } from '@shared/clusters/model';
import type { CriterionKind } from '@shared/clusters/ranking';
import { formatScore, parseScore } from '@shared/clusters/bands';

export interface CriterionRow {
  key: string;
  id?: number;
  kind: CriterionKind;
  code: string;
  content: string;
  condition: string;
  evidence: string;
  max: string;
  levels: string;
}

let counter = 0;
export const newKey = () => `new-${++counter}`;

export function toRow(c: Criterion): CriterionRow {
  return {
    key: `c${c.id}`,
    id: c.id,
    kind: c.kind,
    code: c.code,
    content: c.content,
    condition: c.condition,
    evidence: c.evidence,
    max: c.kind === 'section' ? '' : formatScore(c.maxPoints),
    levels: c.levels.map((l) => `${l.label} = ${formatScore(l.points)}`).join('\n'),
  };
}

export type RowProblem = { key: 'levelsBad'; row: number; text: string } | { key: 'maxBad'; row: number; text: string };

/** The rows as the backend takes them, or the first row that cannot be read. */
export function toInput(rows: readonly CriterionRow[]): { criteria: CriterionInput[] } | { problem: RowProblem } {
  const criteria: CriterionInput[] = [];
  for (const [i, r] of rows.entries()) {
    const levels: { label: string; points: number }[] = [];
    for (const line of r.levels.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const match = /^(.+?)\s*[=:]\s*([\d.,]+)$/u.exec(line);
      const points = match ? parseScore(match[2] ?? '') : null;
      if (!match || points === null || Number.isNaN(points)) return { problem: { key: 'levelsBad', row: i + 1, text: line } };
      levels.push({ label: (match[1] ?? '').trim(), points });
    }
    const max = r.kind === 'section' ? 0 : parseScore(r.max);
    if (max === null || Number.isNaN(max)) return { problem: { key: 'maxBad', row: i + 1, text: r.max } };
    criteria.push({
      ...(r.id !== undefined ? { id: r.id } : {}),
      kind: r.kind,
      code: r.code,
      content: r.content,
      condition: r.condition,
      evidence: r.evidence,
      maxPoints: max,
      levels,
    });
  }
  return { criteria };
}
