/** An optional condition of a filter: its clause, the named parameter it uses, and the value (none: left out). */
export type Condition = readonly [clause: string, name: string, value: string | number | null | undefined];

/** The conditions whose value is given (not undefined, null or ''), in order, with their parameters. */
export function whereOf(conditions: readonly Condition[]): { clauses: string[]; params: Record<string, string | number> } {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  for (const [clause, name, value] of conditions) {
    if (value === undefined || value === null || value === '') continue;
    clauses.push(clause);
    params[name] = value;
  }
  return { clauses, params };
}
