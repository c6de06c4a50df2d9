import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileChannelInvoker } from '../../electron/main/fileChannels';
import { FileTargets, TARGET_TTL_MS } from '../../electron/backend/files/targets';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function setup(choice: { canceled: boolean; filePaths: string[] }) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-sources-'));
  made.push(home);
  const dataDir = path.join(home, 'UnionDesk');
  fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'uniondesk.db'), 'live');
  const clock = { now: 1_000_000 };
  const dialogs = {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(async () => choice),
    showItemInFolder: vi.fn(),
    documentsDir: path.join(home, 'Documents'),
    dataDir,
  };
  const forward = vi.fn(async (_channel: string, _input: unknown, _grant?: { id: string; path: string; read?: boolean }) => ({ ok: true as const, value: 'from backend' }));
  const invoke = fileChannelInvoker(dialogs, forward, undefined, new FileTargets(() => clock.now), new FileTargets(() => clock.now, 'FILE_SOURCE_UNKNOWN'));
  const open = async () => invoke('files:chooseOpenFile', { extensions: ['db'] });
  return { home, dataDir, dialogs, forward, clock, invoke, open };
}

const sourceOf = (result: Awaited<ReturnType<ReturnType<typeof setup>['open']>>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { source: string | null; name: string | null };
};

describe('main owns the path of a backup chosen to restore', () => {
  it('shows the open dialog for .db files and answers an opaque id, never the path', async () => {
    const { dialogs, forward, open, home } = setup({ canceled: false, filePaths: ['/media/usb/sao-luu.db'] });
    const chosen = sourceOf(await open());
    expect(chosen).toEqual({ source: expect.stringMatching(/^file-[A-Za-z0-9_-]{24}$/), name: 'sao-luu.db' });
    expect(JSON.stringify(chosen)).not.toContain('/media/usb');
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith({
      defaultPath: path.join(home, 'Documents'),
      properties: ['openFile'],
      filters: [{ name: 'DB', extensions: ['db'] }],
    });
    expect(forward).not.toHaveBeenCalled();
  });

  it('a cancelled dialog gives no id', async () => {
    expect(sourceOf(await setup({ canceled: true, filePaths: [] }).open())).toEqual({ source: null, name: null });
  });

  it('previews read the chosen file as often as needed; the restore gets it once', async () => {
    const { forward, invoke, open } = setup({ canceled: false, filePaths: ['/media/usb/sao-luu.db'] });
    const { source } = sourceOf(await open());
    const grant = { id: source, path: '/media/usb/sao-luu.db', read: true };
    expect(await invoke('backups:preview', { source })).toEqual({ ok: true, value: 'from backend' });
    expect(await invoke('backups:preview', { source })).toEqual({ ok: true, value: 'from backend' });
    expect(await invoke('backups:restore', { source })).toEqual({ ok: true, value: 'from backend' });
    expect(forward.mock.calls).toEqual([
      ['backups:preview', { source }, grant],
      ['backups:preview', { source }, grant],
      ['backups:restore', { source }, grant],
    ]);
    expect(await invoke('backups:restore', { source })).toMatchObject({ ok: false, error: { code: 'FILE_SOURCE_UNKNOWN' } });
    expect(await invoke('backups:preview', { source })).toMatchObject({ ok: false, error: { code: 'FILE_SOURCE_UNKNOWN' } });
    expect(forward).toHaveBeenCalledTimes(3);
  });

  it('refuses an id it never gave, a save target\'s id, and one that has expired', async () => {
    const { forward, invoke, open, clock } = setup({ canceled: false, filePaths: ['/media/usb/sao-luu.db'] });
    expect(await invoke('backups:preview', { source: 'file-AAAAAAAAAAAAAAAAAAAAAAAA' })).toMatchObject({ ok: false, error: { code: 'FILE_SOURCE_UNKNOWN' } });
    const { source } = sourceOf(await open());
    clock.now += TARGET_TTL_MS + 1;
    expect(await invoke('backups:restore', { source })).toMatchObject({ ok: false, error: { code: 'FILE_SOURCE_UNKNOWN' } });
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses the live database, its WAL and shared memory, however they are reached', async () => {
    const { dataDir, home, forward } = setup({ canceled: true, filePaths: [] });
    const link = path.join(home, 'sao-luu-gia.db');
    fs.symlinkSync(path.join(dataDir, 'uniondesk.db'), link);
    for (const file of ['uniondesk.db', 'uniondesk.db-wal', 'uniondesk.db-shm', 'backups/../uniondesk.db', link]) {
      const chosen = path.isAbsolute(file) ? file : `${dataDir}/${file}`;
      const invoke = fileChannelInvoker(
        { showSaveDialog: vi.fn(), showOpenDialog: async () => ({ canceled: false, filePaths: [chosen] }), showItemInFolder: vi.fn(), documentsDir: home, dataDir },
        forward,
      );
      expect(await invoke('files:chooseOpenFile', { extensions: ['db'] }), file).toMatchObject({ ok: false, error: { code: 'FILE_SOURCE_LIVE' } });
    }
    expect(forward).not.toHaveBeenCalled();
  });

  it('a copy in the data folder\'s backups/ may be chosen: reading a backup overwrites nothing', async () => {
    const { dataDir, forward } = setup({ canceled: true, filePaths: [] });
    const invoke = fileChannelInvoker(
      { showSaveDialog: vi.fn(), showOpenDialog: async () => ({ canceled: false, filePaths: [path.join(dataDir, 'backups', 'a.db')] }), showItemInFolder: vi.fn(), documentsDir: dataDir, dataDir },
      forward,
    );
    const { source } = sourceOf(await invoke('files:chooseOpenFile', { extensions: ['db'] }));
    await invoke('backups:preview', { source });
    expect(forward).toHaveBeenCalledWith('backups:preview', { source }, { id: source, path: path.join(dataDir, 'backups', 'a.db'), read: true });
  });
});
