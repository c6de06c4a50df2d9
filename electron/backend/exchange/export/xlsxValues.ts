/** An ISO date as a real Excel date (no time zone involved); a bare year stays text. */
export function excelDate(value: string | null): Date | string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export const DATE_FORMAT = 'dd/mm/yyyy';
