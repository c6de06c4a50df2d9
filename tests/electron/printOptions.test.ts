import { describe, expect, it, vi } from 'vitest';
import { fileChannelInvoker } from '../../electron/main/fileChannels';
import { runPrintJob, type PrintWindow } from '../../electron/main/printJob';
import { printOptions, type PdfOptions, type PrinterOptions } from '../../electron/main/printOptions';

function recordingWindow(printed = true) {
  const calls: { printer?: PrinterOptions; pdf?: PdfOptions } = {};
  const window: PrintWindow = {
    loadURL: async () => undefined,
    isPrintReady: async () => true,
    printToPDF: async (options) => {
      calls.pdf = options;
      return new Uint8Array([37, 80, 68, 70]);
    },
    print: async (options) => {
      calls.printer = options;
      return printed;
    },
    destroy: () => undefined,
  };
  return { window, calls };
}

const deps = (window: PrintWindow) => ({
  createWindow: () => window,
  appUrl: (route: string) => `file:///app/index.html#/${route}`,
  writeFile: vi.fn(),
  defaultPdfPath: () => '/data/exports/in.pdf',
  sleep: async () => undefined,
});

describe('print options', () => {
  it('keeps the usual dialog and background for ordinary documents', () => {
    expect(printOptions()).toEqual({ printer: { silent: false, printBackground: true }, pdf: { preferCSSPageSize: true, printBackground: true } });
  });

  it('prints a landscape 400 × 300 mm blank at actual size: no margins, no scaling, the paper in microns', () => {
    const { printer, pdf } = printOptions({ widthMm: 400, heightMm: 300 });
    expect(printer).toEqual({
      silent: false,
      printBackground: false,
      margins: { marginType: 'none' },
      pageSize: { width: 300_000, height: 400_000 },
      landscape: true,
      scaleFactor: 100,
    });
    expect(pdf).toEqual({ preferCSSPageSize: true, printBackground: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  });

  it('prints a portrait A4 blank unturned, with whole microns', () => {
    const { printer } = printOptions({ widthMm: 210, heightMm: 297.04 });
    expect(printer.pageSize).toEqual({ width: 210_000, height: 297_040 });
    expect(printer.landscape).toBe(false);
  });

  it('hands the actual-size options to the printer and reports what the printer said', async () => {
    const { window, calls } = recordingWindow(false);
    const result = await runPrintJob(deps(window), { route: 'print/certificates?decision=1', mode: 'printer', actualSize: { widthMm: 297, heightMm: 210 } });
    expect(result).toEqual({ printed: false, file: null });
    expect(calls.printer).toMatchObject({ margins: { marginType: 'none' }, pageSize: { width: 210_000, height: 297_000 }, landscape: true, scaleFactor: 100 });
  });

  it('saves a PDF with the CSS page size and no margins when asked for actual size', async () => {
    const { window, calls } = recordingWindow();
    const d = deps(window);
    await runPrintJob(d, { route: 'print/certificates?decision=1', mode: 'pdf', target: '/tmp/bk.pdf', actualSize: { widthMm: 400, heightMm: 300 } });
    expect(calls.pdf).toEqual({ preferCSSPageSize: true, printBackground: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/bk.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('reach the printer from a print:document call that asks for actual size', async () => {
    const { window, calls } = recordingWindow();
    const forward = vi.fn(async () => ({ ok: true as const, value: null }));
    const dialogs = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showItemInFolder: vi.fn(), documentsDir: '/home/clerk', dataDir: '/home/clerk/.config/UnionDesk' };
    const invoke = fileChannelInvoker(dialogs, forward, deps(window));
    const input = { route: 'print/certificates?decision=3', mode: 'printer', actualSize: { widthMm: 400, heightMm: 300 } };
    expect(await invoke('print:document', input)).toEqual({ ok: true, value: { printed: true, file: null } });
    expect(calls.printer?.pageSize).toEqual({ width: 300_000, height: 400_000 });
    expect(forward).not.toHaveBeenCalled();
  });
});
