import { useCallback, useEffect, useState } from 'react';
import { App, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateTemplate, PrinterCalibration } from '@shared/certificates/template';
import { call } from '../../api/client';
import { CalibrationPanel } from './CalibrationPanel';
import { PrintPanel } from './PrintPanel';
import { TemplateEditor } from './TemplateEditor';
import { errorText } from '../../api/errorText';

/** In bằng, giấy khen: print by decision, edit the templates, calibrate the printers. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [templates, setTemplates] = useState<CertificateTemplate[]>([]);
  const [calibrations, setCalibrations] = useState<PrinterCalibration[]>([]);

  const load = useCallback(async () => {
    try {
      const [list, printers] = await Promise.all([call('certificates:templates', {}), call('certificates:calibrations', {})]);
      setTemplates(list);
      setCalibrations(printers);
    } catch (error) {
      message.error(errorText(error));
    }
  }, [message]);
  useEffect(() => void load(), [load]);

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('certificates.title')}
      </Typography.Title>
      <Tabs
        items={[
          { key: 'print', label: t('certificates.tabs.print'), children: <PrintPanel templates={templates} calibrations={calibrations} /> },
          { key: 'templates', label: t('certificates.tabs.templates'), children: <TemplateEditor onSaved={() => void load()} /> },
          { key: 'calibrations', label: t('certificates.tabs.calibrations'), children: <CalibrationPanel calibrations={calibrations} onChanged={() => void load()} /> },
        ]}
      />
    </Flex>
  );
}
