/** snake_case columns ⇄ camelCase fields, for the simple rows of the campaigns tables. */
export const toColumn = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const toField = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function camelRow<T>(row: Record<string, unknown>, booleans: readonly string[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = toField(column);
    out[field] = booleans.includes(field) ? value === 1 : value;
  }
  return out as T;
}

/** A draft as column → SQL value (booleans as 0/1); nested arrays are left to the caller. */
export function columnsOf(draft: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (Array.isArray(value)) continue;
    out[toColumn(key)] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return out;
}
