import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileChannelInvoker } from '../../electron/main/fileChannels';
import { FileTargets, TARGET_TTL_MS } from '../../electron/backend/files/targets';
import { CHANNELS } from '../../shared/ipc/contract';
import { isMainChannel, MAIN_CHANNELS, type MainChannel } from '../../shared/ipc/mainChannels';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function setup(choice: { canceled: boolean; filePath?: string }, clock = { now: 1_000_000 }) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-files-'));
  made.push(home);
  const dataDir = path.join(home, 'UnionDesk');
  fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
  const dialogs = { showSaveDialog: vi.fn(async () => choice), showOpenDialog: vi.fn(), showItemInFolder: vi.fn(), documentsDir: path.join(home, 'Documents'), dataDir };
  const forward = vi.fn(async (_channel: string, _input: unknown, _grant?: { id: string; path: string }) => ({ ok: true as const, value: 'from backend' }));
  const targets = new FileTargets(() => clock.now);
  return { home, dataDir, dialogs, forward, clock, invoke: fileChannelInvoker(dialogs, forward, undefined, targets) };
}

const choose = async (invoke: ReturnType<typeof setup>['invoke']) => {
  const result = await invoke('files:chooseSavePath', { defaultName: 'ds.xlsx', extensions: ['xlsx'] });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { target: string | null; name: string | null };
};

describe('main owns the paths files are written to', () => {
  it('shows the save dialog and answers an opaque id, never the path', async () => {
    const { dialogs, forward, invoke, home } = setup({ canceled: false, filePath: '/media/usb/ds.xlsx' });
    const chosen = await choose(invoke);
    expect(chosen.target).toMatch(/^file-[A-Za-z0-9_-]{24}$/);
    expect(chosen.name).toBe('ds.xlsx');
    expect(JSON.stringify(chosen)).not.toContain('/media/usb');
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join(home, 'Documents', 'ds.xlsx'), filters: [{ name: 'XLSX', extensions: ['xlsx'] }] }));
    expect(forward).not.toHaveBeenCalled();
  });

  it('a cancelled dialog gives no id', async () => {
    const { invoke } = setup({ canceled: true });
    expect(await choose(invoke)).toEqual({ target: null, name: null });
  });

  it('hands the chosen path to the worker once, with the call that writes it', async () => {
    const { forward, invoke } = setup({ canceled: false, filePath: '/media/usb/ds.xlsx' });
    const { target } = await choose(invoke);
    expect(await invoke('export:members', { filter: {}, target })).toEqual({ ok: true, value: 'from backend' });
    expect(forward).toHaveBeenCalledWith('export:members', { filter: {}, target }, { id: target, path: '/media/usb/ds.xlsx' });
    const again = await invoke('export:members', { filter: {}, target });
    expect(again).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_UNKNOWN' } });
    expect(forward).toHaveBeenCalledTimes(1);
  });

  it('refuses an id it never gave, and one that has expired', async () => {
    const { forward, invoke, clock } = setup({ canceled: false, filePath: '/media/usb/ds.xlsx' });
    expect(await invoke('export:members', { filter: {}, target: 'file-AAAAAAAAAAAAAAAAAAAAAAAA' })).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_UNKNOWN' } });
    const { target } = await choose(invoke);
    clock.now += TARGET_TTL_MS + 1;
    expect(await invoke('export:members', { filter: {}, target })).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_UNKNOWN' } });
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses a choice that is the live database, its WAL or the backups folder, however it is spelled', async () => {
    for (const name of ['uniondesk.db', 'uniondesk.db-wal', 'uniondesk.db-shm', 'backups/a.xlsx', 'exports/../uniondesk.db']) {
      const { dataDir, forward } = setup({ canceled: false });
      const result = await fileChannelInvoker(
        { showSaveDialog: async () => ({ canceled: false, filePath: `${dataDir}/${name}` }), showOpenDialog: vi.fn(), showItemInFolder: vi.fn(), documentsDir: dataDir, dataDir },
        forward,
      )('files:chooseSavePath', { defaultName: 'x', extensions: ['xlsx'] });
      expect(result, name).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_PROTECTED' } });
      expect(forward).not.toHaveBeenCalled();
    }
  });

  it('refuses a link that points at the database', async () => {
    const { dataDir, home, forward } = setup({ canceled: false });
    fs.writeFileSync(path.join(dataDir, 'uniondesk.db'), 'live');
    const link = path.join(home, 'Documents-link.xlsx');
    fs.symlinkSync(path.join(dataDir, 'uniondesk.db'), link);
    const invoke = fileChannelInvoker({ showSaveDialog: async () => ({ canceled: false, filePath: link }), showOpenDialog: vi.fn(), showItemInFolder: vi.fn(), documentsDir: home, dataDir }, forward);
    expect(await invoke('files:chooseSavePath', { defaultName: 'x', extensions: ['xlsx'] })).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_PROTECTED' } });
  });

  it('reveals a file by the id of the choice, or by its name in exports/, never by a path', async () => {
    const { dialogs, invoke, dataDir } = setup({ canceled: false, filePath: '/media/usb/ds.xlsx' });
    const { target } = await choose(invoke);
    await invoke('export:members', { filter: {}, target });
    expect(await invoke('files:reveal', { target })).toEqual({ ok: true, value: { shown: true } });
    expect(dialogs.showItemInFolder).toHaveBeenLastCalledWith('/media/usb/ds.xlsx');
    await invoke('files:reveal', { exported: 'dong-bi-loai.xlsx' });
    expect(dialogs.showItemInFolder).toHaveBeenLastCalledWith(path.join(dataDir, 'exports', 'dong-bi-loai.xlsx'));
    expect(await invoke('files:reveal', { target: 'file-BBBBBBBBBBBBBBBBBBBBBBBB' })).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_UNKNOWN' } });
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
    const targets = new FileTargets();
    const invoke = fileChannelInvoker({ showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showItemInFolder: vi.fn(), documentsDir: '/d', dataDir: '/data' }, forward, printDeps, targets);

    expect(await invoke('reports:export', { year: 2025, version: 2, format: 'pdf', target: targets.grant('/out/bc.pdf') })).toEqual({ ok: true, value: { file: '/out/bc.pdf' } });
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

describe('the channels main answers itself (shared/ipc/mainChannels.ts)', () => {
  it('are contract channels, named in one typed list: a misspelled one does not compile', () => {
    expect(MAIN_CHANNELS.filter((channel) => !CHANNELS.includes(channel))).toEqual([]);
    // @ts-expect-error: not a channel of the contract
    const misspelled: MainChannel = 'files:chooseSavepath';
    expect(MAIN_CHANNELS).not.toContain(misspelled);
    expect(CHANNELS.filter(isMainChannel).sort()).toEqual([...MAIN_CHANNELS].sort());
  });

  it('answers files:chooseSavePath and files:reveal without the worker; print:document goes to it where there is no print window', async () => {
    const { forward, invoke } = setup({ canceled: true });
    await invoke('files:chooseSavePath', { defaultName: 'a.xlsx', extensions: ['xlsx'] });
    await invoke('files:reveal', { exported: 'a.xlsx' });
    expect(forward).not.toHaveBeenCalled();
    await invoke('print:document', { route: 'print/members', mode: 'printer' });
    expect(forward).toHaveBeenCalledWith('print:document', { route: 'print/members', mode: 'printer' });
  });
});
