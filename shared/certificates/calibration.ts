/** "1,5" / "-2": mm with a decimal comma, at most two decimals, no trailing zeros. */
export function formatDecimalMm(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',').replace('-', '−');
}

/** "1.5,-2" or "1,5;-2" → { dxMm, dyMm }; null when it is not two numbers within ±50 mm. */
export function parseCalibration(text: string): { dxMm: number; dyMm: number } | null {
  const trimmed = text.trim();
  const parts = trimmed.includes(';') ? trimmed.split(';') : trimmed.split(',');
  if (parts.length !== 2) return null;
  const values = parts.map((part) => Number(part.trim().replace('−', '-').replace(',', '.')));
  if (values.some((v) => !Number.isFinite(v) || Math.abs(v) > 50) || parts.some((p) => p.trim() === '')) return null;
  return { dxMm: values[0]!, dyMm: values[1]! };
}
