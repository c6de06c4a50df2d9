import { describe, expect, it } from 'vitest';
import { rendererSources } from '../sourceFiles';

/*
 * Data a screen shows is loaded through the one hook, useLoad (renderer/src/components/useLoad.ts),
 * which drops a stale answer. A source scan, so that a new screen does not hand-roll that guard
 * again (`let alive = true`, `let cancelled = false`, a request counter in a ref).
 */

const files = rendererSources();

/** Guards that are not a screen's data load, or not moved to useLoad yet, each with the reason. */
const ALLOWED: Record<string, string> = {
  'components/useLoad.ts': 'the one hook',
  'print/usePrintReady.ts': 'waits for the fonts, not for data',
  'components/UnionPicker.tsx': 'search-as-you-type (debounced, one request per keystroke) and the label of a value set from outside, only when the list lacks it',
  'components/MemberPicker.tsx': 'the label of a value set from outside, only when the search results lack it',
  'features/members/MemberGrid.tsx': "AG Grid's own server-side datasource, which asks for its pages itself",
  'features/exchange/useImportWizard.ts': 'reading a chosen file is an action, not a load: a newer choice makes the older one moot',
  'features/awards/useDecisionPreview.ts': 'a debounced preview that keeps the last good answer while the form is half-typed',
  'features/certificates/useLayout.ts': "useLayout: a debounced layout preview that keeps the last good layout while the draft is empty",
  'features/members/MemberDrawer.tsx': 'not moved yet: the loaded member also resets the form and is replaced by the saved one',
  'features/proposals/CandidatesDialog.tsx': 'not moved yet: the loaded list also pre-ticks the suggested candidates',
};

const GUARD_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'an alive/cancelled flag', pattern: /\blet\s+(?:alive|live|cancelled|canceled|active|mounted|stale|ignore)\s*=\s*(?:true|false)\b/ },
  { name: 'a request counter in a ref', pattern: /\+\+\s*[\w.]+\.current\b|\.current(?:\.\w+)?\s*\+\+/ },
];

function offences(text: string): string[] {
  return text.split('\n').flatMap((line, index) =>
    GUARD_PATTERNS.filter(({ pattern }) => pattern.test(line)).map(({ name }) => `line ${index + 1}: ${name}: ${line.trim()}`),
  );
}

describe('screens load their data through useLoad', () => {
  it('scans the renderer sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('no screen hand-rolls a stale-answer guard', () => {
    const found = files.filter(({ file }) => !(file in ALLOWED)).flatMap(({ file, text }) => offences(text).map((offence) => `${file} ${offence}`));
    expect(found).toEqual([]);
  });

  it('the scan finds the guards it forbids', () => {
    expect(offences('    let alive = true;')).toHaveLength(1);
    expect(offences('    let cancelled = false;')).toHaveLength(1);
    expect(offences('      const ticket = ++latest.current;')).toHaveLength(1);
    expect(offences('    live.current.generation++;')).toHaveLength(1);
    expect(offences('  const { data } = useLoad(fetch, null);')).toEqual([]);
  });

  it('every allowed file still exists and still needs its exception', () => {
    for (const file of Object.keys(ALLOWED)) {
      const source = files.find((f) => f.file === file);
      expect(source, file).toBeDefined();
      expect(offences(source!.text).length, file).toBeGreaterThan(0);
    }
  });
});
