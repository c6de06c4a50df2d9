import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startPreviewServer } from '../../electron/backend/hosts/preview/server';
import { withGrantedTarget } from '../../electron/backend/files/targets';
import type { Page } from '@playwright/test';
import { ROOT, type UnionDeskApp } from './fixtures';

export type Invoke = <T>(channel: string, input: unknown) => Promise<T>;
export interface LowerOffice {
  invoke: Invoke;
  /** The lower office's own screens. */
  url: string;
}

/**
 * A lower office beside the one under test: its own data folder and preview server, called straight
 * through its backend (a `target` path granted first, as the CLI does). Both are removed when `work` ends, whatever happens.
 */
export async function withLowerOffice(work: (lower: LowerOffice) => Promise<void>): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'uniondesk-e2e-lower-'));
  const staticDir = path.resolve(ROOT, process.env.UNIONDESK_OUT_DIR ?? 'out', 'renderer');
  const lower = await startPreviewServer({ dataDir, staticDir, port: 0, version: '0.0.0-e2e' });
  const invoke: Invoke = async <T>(channel: string, input: unknown) => {
    const result = await lower.backend.invoke(channel, withGrantedTarget(input));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  try {
    await work({ invoke, url: lower.url });
  } finally {
    await lower.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** The app under test made an empty upper office (LĐLĐ huyện Chương Mỹ) for `year`, given the lower office's package on its roll-up screen: its page. */
export async function upperOfficeReceives(app: UnionDeskApp, year: number, zip: string): Promise<Page> {
  await app.call('setup:start', { mode: 'empty', officeName: 'Liên đoàn Lao động huyện Chương Mỹ', year });
  await app.reload();
  const upper = app.page;
  await upper.setViewportSize({ width: 1366, height: 768 });
  await upper.goto(`${app.url.split('#')[0]}#/upperRollup`);
  await upper.getByTestId('packages-input').setInputFiles(zip);
  return upper;
}
