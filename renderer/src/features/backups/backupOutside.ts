import type { BackupWritten } from '@shared/backups/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { chooseTarget } from '../../api/files';

/**
 * "Sao lưu ra USB…": main's save dialog picks the file (a USB stick), the backend writes a
 * consistent copy there. Where there is no dialog (the preview), the copy goes to backups/.
 * Null when the user cancelled.
 */
export async function backupOutside(): Promise<BackupWritten | null> {
  const today = formatDateVi(new Date().toISOString().slice(0, 10)).replaceAll('/', '-');
  const target = await chooseTarget(`uniondesk-sao-luu-${today}.db`, 'db');
  if (target === null) return null;
  return call('db:backup', target ? { target } : {});
}
