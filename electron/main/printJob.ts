import { printOptions, type ActualSize, type PdfOptions, type PrinterOptions } from './printOptions';

/** The part of a BrowserWindow a print job uses; injected so tests can drive it. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  isPrintReady(): Promise<boolean>;
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
  print(options: PrinterOptions): Promise<boolean>;
  destroy(): void;
}

export interface PrintDeps {
  createWindow(): PrintWindow;
  appUrl(route: string): string;
  writeFile(file: string, data: Uint8Array): void;
  defaultPdfPath(route: string): string;
  sleep(ms: number): Promise<void>;
  timeoutMs?: number;
}

/**
 * One hidden window per job: load the print route, wait until the page says its data and fonts
 * are in, then print or save a PDF. The window is destroyed in every branch.
 */
export async function runPrintJob(
  deps: PrintDeps,
  job: { route: string; mode: 'printer' | 'pdf'; target?: string | undefined; actualSize?: ActualSize | undefined },
): Promise<{ printed: boolean; file: string | null }> {
  const window = deps.createWindow();
  try {
    await window.loadURL(deps.appUrl(job.route));
    const deadline = Date.now() + (deps.timeoutMs ?? 60_000);
    while (!(await window.isPrintReady())) {
      if (Date.now() > deadline) throw new Error(`print route ${job.route} did not become ready`);
      await deps.sleep(100);
    }
    const options = printOptions(job.actualSize);
    if (job.mode === 'printer') return { printed: await window.print(options.printer), file: null };
    const file = job.target ?? deps.defaultPdfPath(job.route);
    deps.writeFile(file, await window.printToPDF(options.pdf));
    return { printed: true, file };
  } finally {
    window.destroy();
  }
}
