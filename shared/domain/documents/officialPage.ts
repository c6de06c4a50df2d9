/**
 * The official page rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) and Quyết định 933/QĐ-TLĐ, in one place:
 * every print route, the backend's HTML/PDF builders and the .docx builders take their page size,
 * margins, page-number style and the header's type sizes from here. A source scan test refuses any
 * other file that declares an `@page` rule or Word page margins.
 */
export const OFFICIAL_PAGE = {
  /** A4 portrait, in millimetres. */
  widthMm: 210,
  heightMm: 297,
  /** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the project takes the lower bounds. */
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance of the page number (Word header) from the top edge of the paper. */
  headerMm: 10,
  font: { family: "Tinos, 'Times New Roman', serif", word: 'Times New Roman' },
  /** Type sizes in points. */
  pt: {
    body: 14,
    pageNumber: 13,
    /** "Số: …" and the name of the upper body (tên cơ quan chủ quản). */
    number: 13,
    upperBody: 13,
    issuer: 13,
    nation: 12,
    motto: 13,
  },
} as const;

export type PageOrientation = 'portrait' | 'landscape';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** Word's half-point size (w:sz) of a size in points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

const { marginMm, pt, font } = OFFICIAL_PAGE;

/** The page in Word units (twips), for a section's w:pgSz / w:pgMar and for table widths. */
export function wordPage(orientation: PageOrientation = 'portrait') {
  const portrait = orientation === 'portrait';
  const width = mmToTwips(portrait ? OFFICIAL_PAGE.widthMm : OFFICIAL_PAGE.heightMm);
  const height = mmToTwips(portrait ? OFFICIAL_PAGE.heightMm : OFFICIAL_PAGE.widthMm);
  const page = {
    width,
    height,
    top: mmToTwips(marginMm.top),
    bottom: mmToTwips(marginMm.bottom),
    left: mmToTwips(marginMm.left),
    right: mmToTwips(marginMm.right),
    header: mmToTwips(OFFICIAL_PAGE.headerMm),
  };
  return { ...page, textWidth: page.width - page.left - page.right };
}

/** A section's page size and margins as WordprocessingML (inside w:sectPr). */
export function wordPageSetupXml(orientation: PageOrientation = 'portrait'): string {
  const p = wordPage(orientation);
  const orient = orientation === 'landscape' ? ' w:orient="landscape"' : '';
  return `<w:pgSz w:w="${p.width}" w:h="${p.height}"${orient}/><w:pgMar w:top="${p.top}" w:right="${p.right}" w:bottom="${p.bottom}" w:left="${p.left}" w:header="${p.header}" w:footer="${p.header}" w:gutter="0"/>`;
}

/** The centred PAGE field of a Word header part (a section with w:titlePg shows it from page 2). */
export function wordPageNumberParagraph(): string {
  const size = halfPoints(pt.pageNumber);
  const rPr = `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>2</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r></w:p>`;
}

const margins = `${marginMm.top}mm ${marginMm.right}mm ${marginMm.bottom}mm ${marginMm.left}mm`;
const pageNumber = `@top-center { content: counter(page); font-family: ${font.family}; font-size: ${pt.pageNumber}pt; }`;

/**
 * One `@page` rule of the official layout, page number at the top centre; `name` '' is the default page.
 * Chromium's `:first` is the document's first page, so the number shows from page 2.
 */
export function officialPageRule(name: string, orientation: PageOrientation): string {
  const page = name ? `@page ${name}` : '@page';
  const first = name ? `@page ${name}:first` : '@page :first';
  return `${page} { size: A4 ${orientation}; margin: ${margins}; ${pageNumber} }\n${first} { @top-center { content: none; } }`;
}

/** The CSS every official printout uses: named pages `official` and `official-landscape`. */
export const OFFICIAL_PAGE_CSS = [
  officialPageRule('official', 'portrait'),
  officialPageRule('official-landscape', 'landscape'),
  '.official-page { page: official; }',
  '.official-landscape { page: official-landscape; }',
  `.official-page .upper-body, .official-landscape .upper-body { font-size: ${pt.upperBody}pt; }`,
  `.official-page .doc-number, .official-landscape .doc-number { font-size: ${pt.number}pt; }`,
  `.official-page .issuer, .official-landscape .issuer { font-size: ${pt.issuer}pt; }`,
].join('\n');

/** A page at a blank's exact size with no margins (certificates on pre-printed paper). */
export function blankPageCss(name: string, width: string, height: string): string {
  return `@page ${name} { size: ${width} ${height}; margin: 0; }`;
}

/** The padding that shows the official margins on screen. */
export const SCREEN_PAGE_PADDING = margins;
