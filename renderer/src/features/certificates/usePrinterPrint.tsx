import { App, Button, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RecordPrintedRequest } from '@shared/certificates/print';
import { certificatesPrintRoute } from '@shared/certificates/printRoute';
import { call } from '../../api/client';
import { isDesktop } from '../../api/files';
import { errorText } from '../../api/errorText';

const MAX_ROUTE = 4000;

/**
 * "In ra máy in": Electron prints the printer route in a hidden window at actual size; only when the
 * job reports success are the awards recorded as printed. Without Electron the browser's own print
 * dialog prints the route, and the user confirms afterwards that the sheets came out.
 */
export function usePrinterPrint(onRecorded: () => Promise<void>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();

  const record = async (request: RecordPrintedRequest) => {
    const { awards } = await call('certificates:recordPrinted', request);
    message.success(t('certificates.printer.done', { n: awards }));
    await onRecorded();
  };

  return async (request: RecordPrintedRequest, paper: { widthMm: number; heightMm: number }, sheets: number) => {
    const route = certificatesPrintRoute(request);
    if (route.length > MAX_ROUTE) {
      message.error(t('certificates.printer.tooMany', { n: sheets }));
      return;
    }
    try {
      const result = await call('print:document', { route, mode: 'printer', actualSize: paper });
      if (result.printed) return await record(request);
      if (isDesktop()) {
        message.warning(t('certificates.printer.notPrinted'));
        return;
      }
      modal.confirm({
        title: t('certificates.printer.browserTitle', { n: sheets }),
        width: 560,
        content: (
          <>
            <Typography.Paragraph>{t('certificates.printer.browserSteps', { width: paper.widthMm, height: paper.heightMm })}</Typography.Paragraph>
            <Typography.Paragraph>
              <Button icon={<PrinterOutlined />} href={`#/${route}`} target="_blank" rel="noopener">
                {t('certificates.printer.openRoute')}
              </Button>
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('certificates.printer.browserAfter')}</Typography.Paragraph>
          </>
        ),
        okText: t('certificates.printer.record'),
        cancelText: t('certificates.printer.notYet'),
        onOk: () => record(request).catch((error: unknown) => void message.error(errorText(error))),
      });
    } catch (error) {
      message.error(errorText(error));
    }
  };
}
