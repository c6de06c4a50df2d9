import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('migration 0008 (certificates)', () => {
  it('enforces paper, sizes, unique printer names and the print log', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await call(backend, 'settings:get', {});
    const db = new Database(path.join(dir, 'uniondesk.db'));
    try {
      const at = '2025-03-15T08:00:00.000Z';
      const tpl = db.prepare('INSERT INTO certificate_templates (name, paper, width_mm, height_mm, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      expect(() => tpl.run('X', 'A5', 148, 210, at, at)).toThrow(/CHECK/);
      expect(() => tpl.run('X', 'A4', 0, 210, at, at)).toThrow(/CHECK/);
      expect(() => tpl.run(' ', 'A4', 297, 210, at, at)).toThrow(/CHECK/);
      expect(tpl.run('Giấy khen', 'A4', 297, 210, at, at).changes).toBe(1);
      const cal = db.prepare('INSERT INTO printer_calibrations (name, dx_mm, dy_mm, updated_at) VALUES (?, ?, ?, ?)');
      cal.run('Canon', 1, 2, at);
      expect(() => cal.run('Canon', 0, 0, at)).toThrow(/UNIQUE/);
      expect(() => db.prepare('INSERT INTO certificate_prints (award_id, printed_at, reprint) VALUES (999, ?, 0)').run(at)).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});
