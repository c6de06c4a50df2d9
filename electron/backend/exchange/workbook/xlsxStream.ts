import { nfc } from '../../../../shared/domain/text/normalize';
import { GridBuilder } from './gridBuilder';
import type { Cell, SheetGrid } from './types';
import { decodeReference, elements, richText, unescapeXml } from './xlsxXml';
import { entryBytes, textSlices, zipEntries } from './zipEntries';

/**
 * Reads an .xlsx without building a workbook object: each sheet's XML is read a slice at a time
 * and its rows are turned into cells as they come; shared strings are normalised once, not per
 * cell. Returns null for a ZIP this reader does not know (an .ods, an .xlsb, a damaged or ZIP64
 * archive): the caller then reads it with SheetJS.
 */
export function readXlsxGrids(bytes: Uint8Array): SheetGrid[] | null {
  const entries = zipEntries(bytes);
  if (entries === null) return null;
  const part = (name: string): Buffer | null => {
    const entry = entries.get(name.toLowerCase());
    return entry === undefined ? null : entryBytes(bytes, entry);
  };
  const text = (name: string): string | null => part(name)?.toString('utf8') ?? null;

  const rootRels = relationships(text('_rels/.rels'), '');
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === null || !/<(?:[\w.-]+:)?workbook\b/u.test(workbookXml)) return null;
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const rels = relationships(text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`), folder);
  const sharedPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? `${folder}sharedStrings.xml`;
  const sharedBytes = part(sharedPath);
  const shared = sharedBytes === null ? [] : sharedStrings(sharedBytes);

  const grids: SheetGrid[] = [];
  for (const sheet of elements(workbookXml, 'sheet')) {
    const name = nfc(sheet.get('name') ?? '');
    const target = rels.get(sheet.get('id') ?? '')?.target;
    const xml = target === undefined ? null : part(target);
    if (xml === null) return null;
    grids.push(readSheet(name, xml, shared));
  }
  return grids;
}

interface Relationship {
  type: string;
  target: string;
}

/** A .rels part: id → type and target, the target resolved against `folder` (the owning part's folder). */
function relationships(xml: string | null, folder: string): Map<string, Relationship> {
  const result = new Map<string, Relationship>();
  if (xml === null) return result;
  for (const rel of elements(xml, 'Relationship')) {
    const target = rel.get('Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
    result.set(rel.get('Id') ?? '', { type: rel.get('Type') ?? '', target: resolveDots(path) });
  }
  return result;
}

function resolveDots(path: string): string {
  const parts: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

const textCell = (text: string): Cell => {
  const value = nfc(text);
  return value === '' ? null : value;
};

/**
 * Splits a part's text into whole elements as it is read: `onWhole` gets the text up to the last
 * complete `</…tag>` seen so far; what is left over waits for the next slice. Returns the tail.
 */
function streamWhole(data: Uint8Array, tag: string, onWhole: (xml: string) => void): string {
  const close = new RegExp(`</(?:[\\w.-]+:)?${tag}>`, 'gu');
  let pending = '';
  for (const slice of textSlices(data)) {
    pending += slice;
    let cut = -1;
    for (const match of pending.matchAll(close)) cut = match.index + match[0].length;
    if (cut < 0) continue;
    onWhole(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  return pending;
}

const STRING_ITEM = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/gu;

function sharedStrings(data: Uint8Array): Cell[] {
  const strings: Cell[] = [];
  streamWhole(data, 'si', (xml) => {
    for (const match of xml.matchAll(STRING_ITEM)) strings.push(match[1] === undefined ? null : textCell(richText(match[1])));
  });
  return strings;
}

const ROW = /<(?:[\w.-]+:)?row(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/gu;
const CELL = /<(?:[\w.-]+:)?c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/gu;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?v>/u;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/u;
const REF = /(?:^|\s)r\s*=\s*["']([^"']*)["']/u;
const TYPE = /(?:^|\s)t\s*=\s*["']([^"']*)["']/u;
const MERGE = /<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*["']([^"']*)["']/gu;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** An ISO date(-time) cell (t="d") as the serial number Excel stores for it. */
function isoToSerial(iso: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/u.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return (Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - EXCEL_EPOCH) / MS_PER_DAY;
}

function cellValue(type: string | undefined, body: string, shared: readonly Cell[]): Cell {
  if (type === 'inlineStr') {
    const inline = INLINE.exec(body);
    if (inline) return textCell(richText(inline[1] ?? ''));
  }
  const raw = VALUE.exec(body)?.[1];
  if (raw === undefined) return null;
  // A cell without a type attribute is a number (ECMA-376 §18.18.11, ST_CellType default "n").
  switch (type ?? 'n') {
    case 's':
      return shared[Number(raw)] ?? null;
    case 'str':
    case 'inlineStr':
      return textCell(unescapeXml(raw));
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'e':
      return null;
    case 'd':
      return isoToSerial(raw.trim());
    default: {
      const number = raw.trim() === '' ? NaN : Number(raw);
      return Number.isFinite(number) ? number : null;
    }
  }
}

function readSheet(name: string, data: Uint8Array, shared: readonly Cell[]): SheetGrid {
  const builder = new GridBuilder();
  let r = -1;
  const readRows = (xml: string) => {
    for (const row of xml.matchAll(ROW)) {
      const rowRef = row[1] === undefined ? undefined : REF.exec(row[1])?.[1];
      r = rowRef !== undefined && Number(rowRef) >= 1 ? Number(rowRef) - 1 : r + 1;
      const body = row[2];
      if (body === undefined) continue;
      let c = -1;
      for (const cell of body.matchAll(CELL)) {
        const attrs = cell[1] ?? '';
        const ref = REF.exec(attrs)?.[1];
        const at = ref === undefined ? null : decodeReference(ref);
        c = at === null ? c + 1 : at.c;
        if (cell[2] !== undefined) builder.put(at?.r ?? r, c, cellValue(TYPE.exec(attrs)?.[1], cell[2], shared));
      }
    }
  };
  const tail = streamWhole(data, 'row', readRows);
  readRows(tail);
  for (const match of tail.matchAll(MERGE)) {
    const [from, to = from] = (match[1] ?? '').split(':');
    const s = decodeReference(from ?? '');
    const e = decodeReference(to ?? '');
    if (s && e) builder.merge({ s, e });
  }
  return builder.finish(name);
}
