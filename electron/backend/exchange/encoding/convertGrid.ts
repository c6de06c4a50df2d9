import type { SheetGrid } from '../workbook/types';
import { nfc } from '../../../../shared/domain/text/normalize';
import { detectLegacyEncoding, legacyToUnicode, type TextEncoding } from './legacyVietnamese';

/** Cells looked at to decide a sheet's encoding: enough for a verdict, bounded for 100k-row sheets. */
const MAX_SAMPLES = 5000;

function textSamples(grid: SheetGrid): string[] {
  const samples: string[] = [];
  for (const row of grid.rows) {
    for (const cell of row) {
      if (typeof cell === 'string' && /[^\p{ASCII}]/u.test(cell)) samples.push(cell);
      if (samples.length >= MAX_SAMPLES) return samples;
    }
  }
  return samples;
}

/**
 * Detect a sheet written in TCVN3 or VNI and convert its text cells to Unicode NFC. Returns the
 * encoding found, so that the caller can tell the user the file was converted.
 */
export function convertLegacyGrid(grid: SheetGrid): { grid: SheetGrid; encoding: TextEncoding } {
  const encoding = detectLegacyEncoding(textSamples(grid));
  if (encoding === 'unicode') return { grid, encoding };
  const rows = grid.rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? nfc(legacyToUnicode(cell, encoding)) : cell)),
  );
  return { grid: { name: grid.name, rows }, encoding };
}
