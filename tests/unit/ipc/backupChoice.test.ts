import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { base64Length, UPLOAD_LIMITS_MB } from '../../../shared/domain/schemas';

const accepts = (channel: keyof typeof contract, input: unknown) => contract[channel].input.safeParse(input).success;
const ID = 'file-AbCdEfGhIjKlMnOpQrStUvWx';

describe('the restore channels name a backup by its name in backups/ or by the id of a choice, never by a path', () => {
  it('preview and restore take { name } or { source: id }, one of them', () => {
    for (const channel of ['backups:preview', 'backups:restore'] as const) {
      expect(accepts(channel, { name: 'auto/auto-2026-12-01.db' })).toBe(true);
      expect(accepts(channel, { source: ID })).toBe(true);
      expect(accepts(channel, { source: 'E:\\sao-luu.db' })).toBe(false);
      expect(accepts(channel, { source: '/media/usb/sao-luu.db' })).toBe(false);
      expect(accepts(channel, { name: 'a.db', source: ID })).toBe(false);
      expect(accepts(channel, {})).toBe(false);
    }
  });

  it('an uploaded backup is bytes within the backup limit, with the name and time of the user\'s file; the open dialog takes extensions only', () => {
    expect(UPLOAD_LIMITS_MB.backup).toBe(64);
    const upload = { fileName: 'sao-luu.db', bytes: 'AQID', modifiedAt: '2026-11-30T03:00:00.000Z' };
    expect(accepts('backups:upload', upload)).toBe(true);
    expect(accepts('backups:upload', { ...upload, modifiedAt: undefined })).toBe(true);
    expect(accepts('backups:upload', { ...upload, fileName: '' })).toBe(false);
    expect(accepts('backups:upload', { ...upload, path: '/tmp/a.db' })).toBe(false);
    const parsed = contract['backups:upload'].input.safeParse({ ...upload, fileName: 'sao\u001b[31m-luu\u200b.db' });
    expect(parsed.success && parsed.data.fileName).toBe('sao-luu.db');
    expect(contract['backups:upload'].input.safeParse({ ...upload, bytes: 'A'.repeat(base64Length(UPLOAD_LIMITS_MB.backup) + 4) }).success).toBe(false);
    expect(accepts('files:chooseOpenFile', { extensions: ['db'] })).toBe(true);
    expect(accepts('files:chooseOpenFile', { extensions: ['db'], defaultPath: '/etc' })).toBe(false);
  });
});
