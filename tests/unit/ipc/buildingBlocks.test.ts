import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../sourceFiles';
import { base64Length, idSchema, jobIdSchema, LARGEST_UPLOAD_BASE64, UPLOAD_LIMITS_MB, uploadSchema, yearSchema } from '../../../shared/domain/schemas';

const BLOCKS_FILE = path.join('shared', 'domain', 'schemas.ts');

/** Schemas that must come from the building-block file, never be declared again. */
const REDECLARED: { what: string; pattern: RegExp }[] = [
  { what: 'a record id', pattern: /z\s*\.\s*number\(\)\s*\.\s*int\(\)\s*\.\s*positive\(\)/u },
  { what: 'a job id', pattern: /\{6,64\}/u },
  { what: 'year bounds', pattern: /z\s*\.\s*number\(\)\s*\.\s*int\(\)\s*\.\s*min\((?:19|20)\d\d\)\s*\.\s*max\(\d{4}\)/u },
  { what: 'an upload limit', pattern: /base64\s*:\s*z\s*\.\s*string\(\)/u },
];

describe('contract building blocks', () => {
  it('are declared once: no schema in shared/ or the backend declares an id, a job id, years or an upload limit again', () => {
    const offenders = ['shared', path.join('electron', 'backend'), path.join('electron', 'main')]
      .flatMap(sourceFiles)
      .filter((file) => file !== BLOCKS_FILE)
      .flatMap((file) => {
        const text = fs.readFileSync(file, 'utf8');
        return REDECLARED.filter(({ pattern }) => pattern.test(text)).map(({ what }) => `${file}: ${what}`);
      });
    expect(offenders).toEqual([]);
  });

  it('accept and refuse at their bounds', () => {
    expect(idSchema.safeParse(1).success).toBe(true);
    expect(idSchema.safeParse(0).success).toBe(false);
    expect(jobIdSchema.safeParse('job-123').success).toBe(true);
    expect(jobIdSchema.safeParse('a/b/c/d').success).toBe(false);
    expect(yearSchema.safeParse(1900).success && yearSchema.safeParse(2100).success).toBe(true);
    expect(yearSchema.safeParse(1899).success || yearSchema.safeParse(2101).success).toBe(false);
  });

  it('size every upload by its kind, and the preview host takes the largest in one call', () => {
    expect(base64Length(3 / (1024 * 1024))).toBe(4);
    for (const kind of Object.keys(UPLOAD_LIMITS_MB) as (keyof typeof UPLOAD_LIMITS_MB)[]) {
      const limit = base64Length(UPLOAD_LIMITS_MB[kind]);
      expect(uploadSchema(kind).safeParse('A'.repeat(0)).success).toBe(true);
      expect(limit).toBeLessThanOrEqual(LARGEST_UPLOAD_BASE64);
    }
    expect(uploadSchema('receipt').safeParse('A'.repeat(base64Length(UPLOAD_LIMITS_MB.receipt) + 1)).success).toBe(false);
    const server = fs.readFileSync(path.join('electron', 'backend', 'hosts', 'preview', 'server.ts'), 'utf8');
    expect(server).toMatch(/MAX_BODY = LARGEST_UPLOAD_BASE64 \+/u);
  });
});
