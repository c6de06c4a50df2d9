import { useState } from 'react';
import { App, Button, Checkbox, Space, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MemberFilter } from '@shared/members/query';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { saveExport } from '../../api/files';
import { useJobRunner } from '../../components/useJobRunner';
import { FormModal } from '../../components/FormModal';
import { usePrintDocument } from '../../components/usePrintDocument';
import { errorText } from '../../api/errorText';

/** "Xuất Excel" and "In danh sách" for the list as filtered on screen. */
export function ListOutputButtons({ filter }: { filter: MemberFilter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, modal } = useJobRunner();
  const printDocument = usePrintDocument();
  const [asking, setAsking] = useState(false);
  const [personalData, setPersonalData] = useState(false);

  const exportList = async () => {
    setAsking(false);
    try {
      await saveExport(
        t('members.output.fileName'),
        'xlsx',
        (where) => run((jobId) => call('export:members', { filter, personalData, jobId, ...where })),
        (result) => void message.success(t('members.output.exported', { rows: formatNumber(result.rows), file: result.file })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const printList = () => printDocument(`print/members?filter=${encodeURIComponent(JSON.stringify(filter))}`);

  return (
    <>
      <Space.Compact>
        <Button icon={<FileExcelOutlined />} onClick={() => setAsking(true)}>
          {t('members.output.export')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => void printList()}>
          {t('members.output.print')}
        </Button>
      </Space.Compact>
      <FormModal open={asking} title={t('members.output.exportTitle')} okText={t('members.output.export')} dirty={false} onSubmit={() => void exportList()} onClose={() => setAsking(false)}>
        <Typography.Paragraph>{t('members.output.exportHelp')}</Typography.Paragraph>
        <Checkbox checked={personalData} onChange={(e) => setPersonalData(e.target.checked)}>
          {t('members.output.personalData')}
        </Checkbox>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('members.output.personalDataHelp')}
        </Typography.Paragraph>
      </FormModal>
      {modal}
    </>
  );
}
