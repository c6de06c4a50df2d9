import { describe, expect, it } from 'vitest';
import { PRINT_DOCUMENT_LOADERS, loadPrintDocument } from '../../../renderer/src/print/documentLoaders';

describe('the print window loads the chunk of the document it prints', { timeout: 60_000 }, () => {
  it('lists every document each domain prints, each name leading to the chunk that draws it', async () => {
    const names = Object.keys(PRINT_DOCUMENT_LOADERS);
    const printed = new Set<string>();
    for (const name of names) {
      const documents = await PRINT_DOCUMENT_LOADERS[name]!();
      expect(Object.keys(documents), name).toContain(name);
      for (const other of Object.keys(documents)) printed.add(other);
    }
    expect([...printed].sort()).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['members', 'statistics-year', 'awardDecision', 'certificates', 'report']));
  });

  it('loads a chunk once, and nothing for a name no domain prints', () => {
    expect(loadPrintDocument('statistics-year')).toBe(loadPrintDocument('statistics-year'));
    expect(loadPrintDocument('no-such-document')).toBeNull();
    expect(loadPrintDocument('toString')).toBeNull();
  });
});
