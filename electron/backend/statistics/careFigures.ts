import { CARE_KINDS } from '../../../shared/statistics/catalogue';
import { columns, int, oneOf, statement } from '../db/rows';
import type { FigureContext, SectionValues } from './figureContext';

const careSql = statement(
  'SELECT kind, coalesce(sum(people), 0) AS people, coalesce(sum(amount), 0) AS amount FROM care_activities WHERE year = ? GROUP BY kind',
  columns({ kind: oneOf(CARE_KINDS), people: int, amount: int }),
);

/** Care activities recorded for the year (care_activities.year = Y): people helped and money, by kind. */
export function careFigures(cx: FigureContext): SectionValues {
  const rows = careSql(cx.db).all(cx.period.year);
  const values = new Map<string, number | null>();
  let people = 0;
  let amount = 0;
  for (const kind of CARE_KINDS) {
    const row = rows.find((r) => r.kind === kind);
    values.set(`care.${kind}.people`, row?.people ?? 0);
    values.set(`care.${kind}.amount`, row?.amount ?? 0);
    people += row?.people ?? 0;
    amount += row?.amount ?? 0;
  }
  values.set('care.people', people);
  values.set('care.amount', amount);
  return { values };
}
