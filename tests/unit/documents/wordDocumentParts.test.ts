import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../sourceFiles';

const ROOT = path.resolve(__dirname, '../../..');
const OWNERS = ['electron/backend/documents/officialDocx.ts', 'electron/backend/documents/wordTemplates.ts'];

/** Writing a Word document's main part by hand: naming the part, or opening its root or body element. */
const DOCUMENT_PART = [/word\/document\.xml/, /<w:document\b/, /<w:body\b/];

const writers = () =>
  ['electron', 'shared', 'renderer/src', 'scripts']
    .filter((dir) => fs.existsSync(path.join(ROOT, dir)))
    .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
    .filter((file) => DOCUMENT_PART.some((pattern) => pattern.test(fs.readFileSync(path.join(ROOT, file), 'utf8'))));

describe('one way to make each kind of Word document', () => {
  it('only the official .docx builder and the template module write or read a document part', () => {
    const found = writers();
    // The scan sees the owners, so the patterns do match real code.
    expect(found).toEqual(expect.arrayContaining(OWNERS));
    expect(found.filter((file) => !OWNERS.includes(file))).toEqual([]);
  });
});
