import { describe, expect, it, vi } from 'vitest';
import { fileChannelInvoker } from '../../electron/main/fileChannels';

function setup(choice: { canceled: boolean; filePath?: string }) {
  const dialogs = { showSaveDialog: vi.fn(async () => choice), showItemInFolder: vi.fn(), documentsDir: '/home/clerk/Documents' };
  const forward = vi.fn(async () => ({ ok: true as const, value: 'from backend' }));
  return { dialogs, forward, invoke: fileChannelInvoker(dialogs, forward) };
}

describe('channels main answers itself', () => {
  it('asks where to save and returns the chosen path without calling the backend', async () => {
    const { dialogs, forward, invoke } = setup({ canceled: false, filePath: '/home/clerk/Documents/ds.xlsx' });
    expect(await invoke('files:chooseSavePath', { defaultName: 'ds.xlsx', extensions: ['xlsx'] })).toEqual({ ok: true, value: { path: '/home/clerk/Documents/ds.xlsx' } });
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/home/clerk/Documents/ds.xlsx', filters: [{ name: 'XLSX', extensions: ['xlsx'] }] }));
    expect(forward).not.toHaveBeenCalled();
  });

  it('a cancelled dialog gives a null path', async () => {
    const { invoke } = setup({ canceled: true });
    expect(await invoke('files:chooseSavePath', { defaultName: 'a.xlsx', extensions: ['xlsx'] })).toEqual({ ok: true, value: { path: null } });
  });

  it('reveals a file in the file manager', async () => {
    const { dialogs, invoke } = setup({ canceled: true });
    await invoke('files:reveal', { path: '/tmp/x.xlsx' });
    expect(dialogs.showItemInFolder).toHaveBeenCalledWith('/tmp/x.xlsx');
  });

  it('forwards every other channel to the backend', async () => {
    const { forward, invoke } = setup({ canceled: true });
    expect(await invoke('members:list', { limit: 5 })).toEqual({ ok: true, value: 'from backend' });
    expect(forward).toHaveBeenCalledWith('members:list', { limit: 5 });
  });

  it("makes the report's PDF in a hidden window, destroyed also when printing fails; Word and Excel go to the backend", async () => {
    const written: { file: string; bytes: Uint8Array }[] = [];
    const windows: { url?: string; destroyed: boolean; fail: boolean }[] = [];
    let failNext = false;
    const printDeps = {
      createWindow: () => {
        const state = { destroyed: false, fail: failNext, url: undefined as string | undefined };
        failNext = false;
        windows.push(state);
        return {
          loadURL: async (url: string) => void (state.url = url),
          isPrintReady: async () => true,
          printToPDF: async () => (state.fail ? Promise.reject(new Error('printer driver crashed')) : new Uint8Array([37, 80, 68, 70])),
          print: async () => true,
          destroy: () => void (state.destroyed = true),
        };
      },
      appUrl: (route: string) => `file:///app/index.html#/${route}`,
      writeFile: (file: string, bytes: Uint8Array) => void written.push({ file, bytes }),
      defaultPdfPath: () => '/home/clerk/Documents/bao-cao.pdf',
      sleep: async () => undefined,
    };
    const forward = vi.fn(async () => ({ ok: true as const, value: { file: '/x.docx' } }));
    const invoke = fileChannelInvoker({ showSaveDialog: vi.fn(), showItemInFolder: vi.fn(), documentsDir: '/d' }, forward, printDeps);

    expect(await invoke('reports:export', { year: 2025, version: 2, format: 'pdf', target: '/out/bc.pdf' })).toEqual({ ok: true, value: { file: '/out/bc.pdf' } });
    expect(windows[0]).toEqual({ url: 'file:///app/index.html#/print/report?year=2025&version=2', destroyed: true, fail: false });
    expect(written).toEqual([{ file: '/out/bc.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }]);

    failNext = true;
    expect(await invoke('reports:export', { year: 2025, format: 'pdf' })).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'printer driver crashed' } });
    expect(windows[1]).toMatchObject({ url: 'file:///app/index.html#/print/report?year=2025', destroyed: true });
    expect(written).toHaveLength(1);
    expect(forward).not.toHaveBeenCalled();

    await invoke('reports:export', { year: 2025, format: 'docx' });
    expect(forward).toHaveBeenCalledWith('reports:export', { year: 2025, format: 'docx' });
  });
});
