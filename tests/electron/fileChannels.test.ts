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
});
