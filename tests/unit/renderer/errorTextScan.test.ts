import { describe, expect, it } from 'vitest';
import { rendererSources } from '../sourceFiles';

/*
 * A failure reaches the screen only through errorText (renderer/src/api/errorText.ts): a failed
 * call's message is already in the user's language, anything else becomes the "unexpected error"
 * text. A source scan, so that a new screen cannot show a caught error's raw (English) message.
 */

const files = rendererSources();

/** Where a caught error's own message may be read, each with the reason. */
const ALLOWED: Record<string, string> = {
  'api/errorText.ts': 'the one helper',
  'features/desktop/ErrorScreen.tsx': 'the crash screen hands the crash itself to the diagnostics file and shows it as a detail for support',
};

const RAW_MESSAGE_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'a cast to Error', pattern: /as Error\)/ },
  { name: 'a failure callback typed as Error', pattern: /\(\s*\w+\s*:\s*Error\s*\)\s*=>/ },
  { name: "a caught error's .message", pattern: /\b(?:e|err|error|failure|reason|cause)\.message\b/ },
  { name: 'a caught error turned into text with String()', pattern: /String\(\s*(?:e|err|error|failure|reason)\s*\)/ },
];

function offences(text: string): string[] {
  return text.split('\n').flatMap((line, index) =>
    RAW_MESSAGE_PATTERNS.filter(({ pattern }) => pattern.test(line)).map(({ name }) => `line ${index + 1}: ${name}: ${line.trim()}`),
  );
}

describe('errors reach the screen only through errorText', () => {
  it('scans the renderer sources', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some(({ file }) => file === 'api/errorText.ts')).toBe(true);
  });

  it("no screen reads a caught error's message itself", () => {
    const found = files
      .filter(({ file }) => !(file in ALLOWED))
      .flatMap(({ file, text }) => offences(text).map((offence) => `${file} ${offence}`));
    expect(found).toEqual([]);
  });

  it('the scan finds the patterns it forbids', () => {
    expect(offences('message.error((error as Error).message);')).toHaveLength(1);
    expect(offences(".then(setRows, (e: Error) => message.error(e.message));")).toHaveLength(2);
    expect(offences('setSaveFailed(String(failure));')).toHaveLength(1);
    expect(offences('message.error(errorText(error));')).toEqual([]);
    expect(offences('help={fieldState.error?.message}')).toEqual([]);
  });

  it('every allowed file still exists', () => {
    for (const file of Object.keys(ALLOWED)) expect(files.some((source) => source.file === file)).toBe(true);
  });
});
