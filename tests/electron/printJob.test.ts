import { describe, expect, it, vi } from 'vitest';
import { runPrintJob, type PrintDeps, type PrintWindow } from '../../electron/main/printJob';

function fakeWindow(readyAfter: number, failPdf = false): PrintWindow & { destroyed: boolean; loaded: string } {
  let polls = 0;
  const window = {
    destroyed: false,
    loaded: '',
    loadURL: async (url: string) => void (window.loaded = url),
    isPrintReady: async () => ++polls > readyAfter,
    printToPDF: async () => {
      if (failPdf) throw new Error('printer on fire');
      return new Uint8Array([37, 80, 68, 70]);
    },
    print: async () => true,
    destroy: () => void (window.destroyed = true),
  };
  return window;
}

function deps(window: PrintWindow, overrides: Partial<PrintDeps> = {}): PrintDeps {
  return {
    createWindow: () => window,
    appUrl: (route) => `file:///app/index.html#/${route}`,
    writeFile: vi.fn(),
    defaultPdfPath: () => '/data/exports/in.pdf',
    sleep: async () => undefined,
    ...overrides,
  };
}

describe('print jobs in a hidden window', () => {
  it('waits for the page to be ready, saves the PDF and closes the window', async () => {
    const window = fakeWindow(3);
    const d = deps(window);
    expect(await runPrintJob(d, { route: 'print/members?filter=%7B%7D', mode: 'pdf', target: '/tmp/ds.pdf' })).toEqual({ printed: true, file: '/tmp/ds.pdf' });
    expect(window.loaded).toBe('file:///app/index.html#/print/members?filter=%7B%7D');
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/ds.pdf', new Uint8Array([37, 80, 68, 70]));
    expect(window.destroyed).toBe(true);
  });

  it('closes the window when printing fails', async () => {
    const window = fakeWindow(0, true);
    await expect(runPrintJob(deps(window), { route: 'print/members', mode: 'pdf' })).rejects.toThrow('printer on fire');
    expect(window.destroyed).toBe(true);
  });

  it('gives up on a page that never becomes ready, and still closes the window', async () => {
    const window = fakeWindow(Number.POSITIVE_INFINITY);
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    await expect(runPrintJob(deps(window, { timeoutMs: 5_000 }), { route: 'print/members', mode: 'printer' })).rejects.toThrow('did not become ready');
    expect(window.destroyed).toBe(true);
    vi.restoreAllMocks();
  });

  it('sends to the printer without writing a file', async () => {
    const window = fakeWindow(0);
    const d = deps(window);
    expect(await runPrintJob(d, { route: 'print/members', mode: 'printer' })).toEqual({ printed: true, file: null });
    expect(d.writeFile).not.toHaveBeenCalled();
  });
});
