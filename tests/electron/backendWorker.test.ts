import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectBackend } from '../../electron/main/backendClient';
import { superviseBackend } from '../../electron/main/backendSupervisor';
import { fileChannelInvoker } from '../../electron/main/fileChannels';
import type { WorkerInit } from '../../electron/main/workerProtocol';
import type { ProgressEvent } from '../../shared/ipc/events';
import { firstMinutes } from './desktop/backendScenario';
import { PROJECT_ROOT } from '../fixtures/backend';
import type { Channel } from '../../shared/ipc/contract';

const cleanups: (() => Promise<unknown> | void)[] = [];
let WORKER_FILE = '';
// electron/main/backendWorker.ts bundled as electron-vite bundles it (dependencies left to node_modules):
// tsx inside every worker thread takes seconds to start.
beforeAll(async () => {
  fs.mkdirSync(path.join(PROJECT_ROOT, '.tmp'), { recursive: true });
  const outDir = fs.mkdtempSync(path.join(PROJECT_ROOT, '.tmp', 'worker-test-'));
  WORKER_FILE = path.join(outDir, 'backendWorker.mjs');
  await build({ entryPoints: [path.join(PROJECT_ROOT, 'electron/main/backendWorker.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node22', outfile: WORKER_FILE, logLevel: 'error' });
  return () => fs.rmSync(outDir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the backend worker thread', () => {
  it('answers calls, pushes progress events, stops a job on cancel, and is restarted after it is killed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-worker-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const workers: Worker[] = [];
    const restarted: number[] = [];
    const listeners: ((event: ProgressEvent) => void)[] = [];
    const client = await superviseBackend({
      start: (onExit) => {
        const init: WorkerInit = { dataDir, version: '9.9.9-worker' };
        const worker = new Worker(WORKER_FILE, { workerData: init });
        workers.push(worker);
        return connectBackend(worker, (_name, payload) => listeners.forEach((listener) => listener(payload)), { onUnexpectedExit: onExit });
      },
      onRestarted: (restarts) => restarted.push(restarts),
      onGaveUp: (error) => {
        throw error;
      },
    });
    cleanups.push(() => client.close());
    await firstMinutes({ invoke: (channel, input) => client.invoke(channel, input), onProgress: (listener) => listeners.push(listener) });
    expect(fs.existsSync(path.join(dataDir, 'uniondesk.db'))).toBe(true);
    expect(restarted).toEqual([]);

    await workers[0]!.terminate();
    const afterKill = await client.invoke('members:search', { query: 'nguyen van anh' });
    expect(afterKill).toMatchObject({ ok: true, value: { total: expect.any(Number) } });
    expect(workers).toHaveLength(2);
    expect(restarted).toEqual([1]);

    await client.close();
    expect(workers.map((w) => w.threadId)).toEqual([-1, -1]);
    expect(restarted).toEqual([1]);
  }, 60_000);

  it('restores a backup the user chose in main\'s open dialog: main hands the worker the path with the call, by the id', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-worker-'));
    cleanups.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const dataDir = path.join(home, 'data');
    const usbFile = path.join(home, 'usb', 'sao-luu.db');
    fs.mkdirSync(path.dirname(usbFile), { recursive: true });
    const client = await connectBackend(new Worker(WORKER_FILE, { workerData: { dataDir, version: '9.9.9-worker' } satisfies WorkerInit }), () => undefined);
    cleanups.push(() => client.close());
    const invoke = fileChannelInvoker(
      {
        showSaveDialog: async () => ({ canceled: false, filePath: usbFile }),
        showOpenDialog: async () => ({ canceled: false, filePaths: [usbFile] }),
        showItemInFolder: () => undefined,
        documentsDir: home,
        dataDir,
      },
      (channel, input, grant) => client.invoke(channel, input, grant),
    );
    const value = async (channel: Channel, input: unknown) => {
      const result = await invoke(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as Record<string, unknown>;
    };
    await value('setup:start', { mode: 'demo', unions: 3, members: 40, seed: 2 });
    const { target } = await value('files:chooseSavePath', { defaultName: 'sao-luu.db', extensions: ['db'] });
    expect((await value('db:backup', { target })).file).toBe(usbFile);
    await value('settings:update', { 'office.name': 'Tên sau sao lưu' });

    const { source, name } = await value('files:chooseOpenFile', { extensions: ['db'] });
    expect(name).toBe('sao-luu.db');
    expect(await value('backups:preview', { source })).toMatchObject({ name: 'sao-luu.db', unions: 3 });
    expect((await value('settings:get', {}))['office.name']).toBe('Tên sau sao lưu');
    expect(await value('backups:restore', { source })).toMatchObject({ restoredFrom: usbFile });
    expect((await value('settings:get', {}))['office.name']).not.toBe('Tên sau sao lưu');
    expect(await invoke('backups:restore', { source })).toMatchObject({ ok: false, error: { code: 'FILE_SOURCE_UNKNOWN' } });
  }, 60_000);
});
