import * as XLSX from '@e965/xlsx';
import type { Backend } from '../../../electron/backend/backend';
import { call, type useTempDirs } from '../../fixtures/backend';
import { admit, base64, emptyOffice } from '../members/helpers';

export type Row = (string | number | null)[];

export function workbook(rows: Row[]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'DS');
  return base64(new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer));
}

/** Two CĐCS, one member (Nguyễn Thị Lan of Sao Mai) and a 2025 campaign. */
export async function listOffice(temp: ReturnType<typeof useTempDirs>) {
  const backend = temp.open({ dataDir: temp.dir() });
  const [saoMai, phungChau] = await emptyOffice(backend, ['Công đoàn cơ sở Công ty TNHH Sao Mai', 'Công đoàn cơ sở Trường THCS Phụng Châu']);
  const lan = await admit(backend, saoMai!.id, 'Nguyễn Thị Lan');
  const campaign = await call(backend, 'campaigns:save', { draft: { year: 2025, name: 'Thi đua lao động giỏi 2025', kind: 'regular' } });
  return { backend, saoMai: saoMai!, phungChau: phungChau!, lan, campaignId: campaign.id };
}

export async function importList(backend: Backend, kind: 'works' | 'initiatives' | 'honours' | 'contestants' | 'criteria', targetId: number, rows: Row[]) {
  const inspection = await call(backend, 'import:inspect', { kind, fileName: `${kind}.xlsx`, base64: workbook(rows), targetId });
  const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
  const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
  return { inspection, preview, result };
}
