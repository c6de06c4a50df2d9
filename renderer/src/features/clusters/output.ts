import type { MessageInstance } from 'antd/es/message/interface';
import { call } from '../../api/client';
import { fileNameOf, saveExport } from '../../api/files';
import { i18n } from '../../i18n';
import { errorText } from '../../api/errorText';

/** The sheet or the ranking to .xlsx, then handed to the user. */
export async function exportSheet(id: number, what: 'sheet' | 'ranking', message: MessageInstance): Promise<void> {
  try {
    await saveExport(
      what === 'ranking' ? 'xep-hang.xlsx' : 'bang-cham-diem.xlsx',
      'xlsx',
      (where) => call('scoreSheets:export', { id, what, ...where }),
      ({ file }) => void message.success(i18n.t('clusters.ranking.exported', { file: fileNameOf(file) })),
    );
  } catch (error) {
    void message.error(errorText(error));
  }
}
