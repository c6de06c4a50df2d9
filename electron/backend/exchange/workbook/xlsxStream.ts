import { nfc } from '../../../../shared/domain/text/normalize';
import { GridBuilder } from './gridBuilder';
import type { Cell, SheetGrid } from './types';
import { decodeReference, elements, richText, unescapeXml } from './xlsxXml';
import { entryBytes, streamedText, textSlices, zipEntries, type ZipEntry } from './zipEntries';

/** Where a workbook's sheets and shared strings are stored. */
interface XlsxLayout {
  sheets: { name: string; entry: ZipEntry | undefined }[];
  shared: ZipEntry | undefined;
}

/** The workbook's sheets in order, from its small parts (relationships, workbook.xml); null for a ZIP this reader does not know. */
function xlsxLayout(bytes: Uint8Array): XlsxLayout | null {
  const entries = zipEntries(bytes);
  if (entries === null) return null;
  const entryOf = (name: string) => entries.get(name.toLowerCase());
  const text = (name: string): string | null => {
    const entry = entryOf(name);
    return entry === undefined ? null : (entryBytes(bytes, entry)?.toString('utf8') ?? null);
  };
  const rootRels = relationships(text('_rels/.rels'), '');
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === null || !/<(?:[\w.-]+:)?workbook\b/u.test(workbookXml)) return null;
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const rels = relationships(text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`), folder);
  const sharedPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? `${folder}sharedStrings.xml`;
  const sheets = [...elements(workbookXml, 'sheet')].map((sheet) => {
    const target = rels.get(sheet.get('id') ?? '')?.target;
    return { name: nfc(sheet.get('name') ?? ''), entry: target === undefined ? undefined : entryOf(target) };
  });
  return { sheets, shared: entryOf(sharedPath) };
}

/**
 * Reads an .xlsx without building a workbook object: each sheet's XML is read a slice at a time
 * and its rows are turned into cells as they come; shared strings are normalised once, not per
 * cell. Returns null for a ZIP this reader does not know (an .ods, an .xlsb, a damaged or ZIP64
 * archive): the caller then reads it with SheetJS.
 */
export function readXlsxGrids(bytes: Uint8Array): SheetGrid[] | null {
  const layout = xlsxLayout(bytes);
  if (layout === null) return null;
  const slices = (entry: ZipEntry | undefined) => {
    const data = entry === undefined ? null : entryBytes(bytes, entry);
    return data === null ? null : textSlices(data);
  };
  const sharedSlices = slices(layout.shared);
  const shared = new SharedStringsReader();
  if (sharedSlices !== null) for (const text of sharedSlices) shared.feed(text);
  const grids: SheetGrid[] = [];
  for (const { name, entry } of layout.sheets) {
    const sheetSlices = slices(entry);
    if (sheetSlices === null) return null;
    const sheet = new SheetReader(name, shared.finish());
    for (const text of sheetSlices) sheet.feed(text);
    grids.push(sheet.finish());
  }
  return grids;
}

/**
 * The same grids, each part decompressed a chunk at a time while its rows are read: a big sheet's
 * XML is never in memory whole (the import wizard reads files this way).
 */
export async function readXlsxGridsStreamed(bytes: Uint8Array): Promise<SheetGrid[] | null> {
  const layout = xlsxLayout(bytes);
  if (layout === null) return null;
  const stream = (entry: ZipEntry | undefined) => (entry === undefined ? null : streamedText(bytes, entry));
  const sharedText = stream(layout.shared);
  const shared = new SharedStringsReader();
  if (sharedText !== null) for await (const text of sharedText) shared.feed(text);
  const grids: SheetGrid[] = [];
  for (const { name, entry } of layout.sheets) {
    const sheetText = stream(entry);
    if (sheetText === null) return null;
    const sheet = new SheetReader(name, shared.finish());
    for await (const text of sheetText) sheet.feed(text);
    grids.push(sheet.finish());
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
 * Splits a part's text, fed a slice at a time, into whole elements: `onWhole` gets the text up to
 * the last complete `</…tag>` seen so far; what is left over waits for the next slice.
 */
class WholeElements {
  private pending = '';
  private readonly close: RegExp;

  constructor(
    tag: string,
    private readonly onWhole: (xml: string) => void,
  ) {
    this.close = new RegExp(`</(?:[\\w.-]+:)?${tag}>`, 'gu');
  }

  feed(slice: string): void {
    this.pending += slice;
    let cut = -1;
    for (const match of this.pending.matchAll(this.close)) cut = match.index + match[0].length;
    if (cut < 0) return;
    this.onWhole(this.pending.slice(0, cut));
    this.pending = this.pending.slice(cut);
  }

  /** What follows the last whole element. */
  tail(): string {
    return this.pending;
  }
}

const STRING_ITEM = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/gu;

/** The shared strings part, read as it comes. */
class SharedStringsReader {
  private readonly strings: Cell[] = [];
  private readonly items = new WholeElements('si', (xml) => {
    for (const match of xml.matchAll(STRING_ITEM)) this.strings.push(match[1] === undefined ? null : textCell(richText(match[1])));
  });

  feed(text: string): void {
    this.items.feed(text);
  }

  finish(): readonly Cell[] {
    return this.strings;
  }
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

/** One sheet's XML, read as it comes: its rows go to the grid as soon as each is whole; merges come at the end. */
export class SheetReader {
  private readonly builder = new GridBuilder();
  private r = -1;
  private readonly rows = new WholeElements('row', (xml) => this.readRows(xml));
  /** Rows read so far. */
  rowsRead = 0;

  constructor(
    private readonly name: string,
    private readonly shared: readonly Cell[],
  ) {}

  feed(text: string): void {
    this.rows.feed(text);
  }

  finish(): SheetGrid {
    const tail = this.rows.tail();
    this.readRows(tail);
    for (const match of tail.matchAll(MERGE)) {
      const [from, to = from] = (match[1] ?? '').split(':');
      const s = decodeReference(from ?? '');
      const e = decodeReference(to ?? '');
      if (s && e) this.builder.merge({ s, e });
    }
    return this.builder.finish(this.name);
  }

  private readRows(xml: string): void {
    for (const row of xml.matchAll(ROW)) {
      const rowRef = row[1] === undefined ? undefined : REF.exec(row[1])?.[1];
      this.r = rowRef !== undefined && Number(rowRef) >= 1 ? Number(rowRef) - 1 : this.r + 1;
      this.rowsRead++;
      const body = row[2];
      if (body === undefined) continue;
      let c = -1;
      for (const cell of body.matchAll(CELL)) {
        const attrs = cell[1] ?? '';
        const ref = REF.exec(attrs)?.[1];
        const at = ref === undefined ? null : decodeReference(ref);
        c = at === null ? c + 1 : at.c;
        if (cell[2] !== undefined) this.builder.put(at?.r ?? this.r, c, cellValue(TYPE.exec(attrs)?.[1], cell[2], this.shared));
      }
    }
  }
}
