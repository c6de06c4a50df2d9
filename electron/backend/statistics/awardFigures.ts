import type { FigureDefinition } from '../../../shared/statistics/catalogue';
import { columns, int, oneOf, statement, text } from '../db/rows';
import { proposalsIn } from './awardPeriod';
import type { FigureContext, SectionValues } from './figureContext';

const UPPER_LEVELS = ['national', 'government', 'province_government', 'province'] as const;

const ownSql = statement(
  `SELECT count(*) AS total, coalesce(sum(a.recipient_kind = 'individual'), 0) AS individuals,
          coalesce(sum(a.recipient_kind = 'collective'), 0) AS collectives, coalesce(sum(a.amount), 0) AS money
     FROM awards a JOIN award_decisions d ON d.id = a.decision_id
    WHERE d.issuer_level = 'own_office' AND d.decided_on BETWEEN @from AND @to`,
  columns({ total: int, individuals: int, collectives: int, money: int }),
);
const byFormSql = statement(
  `SELECT k.code, k.name, count(*) AS n
     FROM awards a JOIN award_decisions d ON d.id = a.decision_id
     JOIN award_kinds k ON k.id = coalesce(a.form_kind_id, a.title_kind_id)
    WHERE d.issuer_level = 'own_office' AND d.decided_on BETWEEN @from AND @to
    GROUP BY k.id ORDER BY k.position, k.id`,
  columns({ code: text, name: text, n: int }),
);
const upperSql = statement(
  `SELECT d.issuer_level AS level, count(a.id) AS n
     FROM award_decisions d JOIN awards a ON a.decision_id = d.id
    WHERE d.issuer_level IN ('national', 'government', 'province_government', 'province') AND d.decided_on BETWEEN @from AND @to
    GROUP BY d.issuer_level`,
  columns({ level: oneOf(UPPER_LEVELS), n: int }),
);

/**
 * Awards by decision date (award_decisions.decided_on) inside the period: ours (issuer_level
 * own_office) by form with their money, and those of upper levels received. An award decided in
 * December after the cut-off belongs to the next year. Proposals upward: as awardPeriod.ts says
 * (the rule the dashboard follows too).
 */
export function awardFigures(cx: FigureContext): SectionValues {
  const values = new Map<string, number | null>();
  const extra = new Map<string, FigureDefinition>();
  const period = { from: cx.period.from, to: cx.period.to };
  const own = ownSql(cx.db).one(period);
  values.set('awards.own.total', own.total);
  values.set('awards.own.individuals', own.individuals);
  values.set('awards.own.collectives', own.collectives);
  values.set('awards.own.money', own.money);
  for (const row of byFormSql(cx.db).all(period)) {
    const code = `awards.own.form.${row.code}`;
    values.set(code, row.n);
    extra.set(code, { section: 'awards', unit: 'times', vi: `- ${row.name}`, en: `- ${row.name}` });
  }
  const upper = upperSql(cx.db).all(period);
  let upperTotal = 0;
  for (const level of UPPER_LEVELS) {
    const n = upper.find((row) => row.level === level)?.n ?? 0;
    upperTotal += n;
    values.set(`awards.upper.${level}`, n);
  }
  values.set('awards.upper.total', upperTotal);
  const proposals = proposalsIn(cx.db, cx.period);
  values.set('proposals.proposed', proposals.proposed);
  values.set('proposals.approved', proposals.approved);
  values.set('proposals.rejected', proposals.rejected);
  return { values, extra };
}
