import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db/connection';
import { endSector, saveSector, sectorsOn } from '../../../electron/backend/grassrootsForms/sectors';
import { useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('sectors (khối) as an editable, dated list', () => {
  it('starts with today’s five; a khối added, renamed or ended from a date leaves earlier dates as they were', () => {
    const dir = temp.dir();
    temp.open({ dataDir: dir }).close();
    const db = openDatabase(path.join(dir, 'uniondesk.db'));
    try {
      expect(sectorsOn(db, '2026-01-01').map((s) => s.code)).toEqual(['public_service', 'state_enterprise', 'private_enterprise', 'fdi_enterprise', 'professional_union']);
      saveSector(db, 'test', '2026-01-01T00:00:00Z', { code: 'education', label: 'Khối giáo dục', position: 0, validFrom: '2026-07-01' });
      saveSector(db, 'test', '2026-01-01T00:00:00Z', { code: 'public_service', label: 'Khối cơ quan', position: 1, validFrom: '2026-07-01' });
      endSector(db, 'professional_union', '2026-07-01');
      expect(sectorsOn(db, '2026-06-30').map((s) => s.label)).toEqual([
        'Khu vực hành chính sự nghiệp', 'Doanh nghiệp nhà nước', 'Doanh nghiệp ngoài nhà nước', 'Doanh nghiệp có vốn đầu tư nước ngoài', 'Nghiệp đoàn cơ sở',
      ]);
      expect(sectorsOn(db, '2026-07-01').map((s) => s.label)).toEqual([
        'Khối giáo dục', 'Khối cơ quan', 'Doanh nghiệp nhà nước', 'Doanh nghiệp ngoài nhà nước', 'Doanh nghiệp có vốn đầu tư nước ngoài',
      ]);
    } finally {
      db.close();
    }
  });
});
