import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/backend/core/appError';
import type { Job } from '../../../electron/backend/core/jobs';
import { openDatabase } from '../../../electron/backend/db/connection';
import { importForms } from '../../../electron/backend/grassrootsForms/importForms';
import { PROJECT_ROOT, useTempDirs } from '../../fixtures/backend';
import { provinceTemplate } from '../../fixtures/mau1Workbooks';
import { setUpOffice, union } from '../statistics/office';

const temp = useTempDirs();

describe('a drop of many Mẫu 1 files', () => {
  it('reports progress per file and, cancelled part-way, writes nothing', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await setUpOffice(backend);
    await union(backend, { code: 'CS01', name: 'Công đoàn cơ sở Công ty May An Phát' });
    backend.close();
    const file = Buffer.from(await provinceTemplate('May An Phát', [['PHẦN I.', 'Tình hình lao động', null], ['1', 'Tổng số lao động', 5]]), 'base64');
    const files = Array.from({ length: 25 }, (_, i) => ({ name: `f${i}.xlsx`, bytes: new Uint8Array(file) }));
    const db = openDatabase(path.join(dir, 'uniondesk.db'));
    try {
      const progress: number[] = [];
      let checkpoints = 0;
      const job: Job = {
        signal: new AbortController().signal,
        progress: (_phase, done) => progress.push(done),
        checkpoint: () => (++checkpoints === 2 ? Promise.reject(new AppError('CANCELLED')) : Promise.resolve()),
      };
      const options = { db, resourcesDir: path.join(PROJECT_ROOT, 'resources'), locale: 'vi' as const, actor: 't', at: '2025-12-01T00:00:00Z', period: '2025-11-30' };
      await expect(importForms(files, { ...options, job })).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(progress.slice(0, 3)).toEqual([0, 1, 2]);
      expect(db.prepare('SELECT count(*) FROM form_returns').pluck().get()).toBe(0);
      const done = await importForms(files.slice(0, 2), options);
      expect(done).toMatchObject({ imported: 1, updated: 1 });
      expect(db.prepare('SELECT count(*) FROM form_returns').pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });
});
