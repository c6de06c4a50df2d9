import type { MessageInstance } from 'antd/es/message/interface';
import { call } from '../../api/client';
import { chooseTarget, deliverFile, fileNameOf, isDesktop } from '../../api/files';
import { i18n } from '../../i18n';

/** Electron prints in a hidden window; the browser opens the print route to print from there. */
export async function printDocument(route: string, message: MessageInstance): Promise<void> {
  if (!isDesktop()) {
    window.location.hash = `#/print/${route}`;
    return;
  }
  try {
    await call('print:document', { route: `print/${route}`, mode: 'printer' });
  } catch (error) {
    void message.error((error as Error).message);
  }
}

/** The sheet or the ranking to .xlsx, then handed to the user. */
export async function exportSheet(id: number, what: 'sheet' | 'ranking', message: MessageInstance): Promise<void> {
  try {
    const target = await chooseTarget(what === 'ranking' ? 'xep-hang.xlsx' : 'bang-cham-diem.xlsx', 'xlsx');
    if (target === null) return;
    const { file } = await call('scoreSheets:export', { id, what, ...(target ? { target } : {}) });
    void message.success(i18n.t('clusters.ranking.exported', { file: fileNameOf(file) }));
    await deliverFile(file);
  } catch (error) {
    void message.error((error as Error).message);
  }
}
