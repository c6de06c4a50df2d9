/** The subset of Electron's webContents.print options a job sets. */
export interface PrinterOptions {
  silent: boolean;
  printBackground: boolean;
  margins?: { marginType: 'none' };
  /** In microns, short side first; `landscape` turns it. */
  pageSize?: { width: number; height: number };
  landscape?: boolean;
  scaleFactor?: number;
}

/** The subset of Electron's webContents.printToPDF options a job sets. */
export interface PdfOptions {
  preferCSSPageSize: boolean;
  printBackground: boolean;
  margins?: { top: number; bottom: number; left: number; right: number };
}

export interface ActualSize {
  widthMm: number;
  heightMm: number;
}

/**
 * Options for a job. With `actualSize` (certificates overlaid on pre-printed blanks) the page is
 * printed 1:1 on paper of exactly that size: no margins, no fit-to-page scaling.
 */
export function printOptions(actualSize?: ActualSize): { printer: PrinterOptions; pdf: PdfOptions } {
  if (!actualSize) return { printer: { silent: false, printBackground: true }, pdf: { preferCSSPageSize: true, printBackground: true } };
  const microns = (mm: number) => Math.round(mm * 1000);
  const short = Math.min(actualSize.widthMm, actualSize.heightMm);
  const long = Math.max(actualSize.widthMm, actualSize.heightMm);
  return {
    printer: {
      silent: false,
      printBackground: false,
      margins: { marginType: 'none' },
      pageSize: { width: microns(short), height: microns(long) },
      landscape: actualSize.widthMm > actualSize.heightMm,
      scaleFactor: 100,
    },
    pdf: { preferCSSPageSize: true, printBackground: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
  };
}
