import { Button } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberListPrint } from './documents/MemberListPrint';
import { campaignsPrintDocuments } from './documents/campaigns';
import { clustersPrintDocuments } from './documents/clusters';
import { statisticsPrintDocuments } from './documents/statistics';
import { awardsPrintDocuments } from './documents/awards';
import { proposalsPrintDocuments } from './documents/proposals';
import { certificatesPrintDocuments } from './documents/certificates';
import { reportsPrintDocuments } from './documents/reports';
import { grassrootsFormsPrintDocuments } from './documents/grassrootsForms';
import { OFFICIAL_PAGE_CSS } from '@shared/domain/documents/officialPage';
import './print.css';

const DOCUMENTS: Record<string, (params: URLSearchParams) => ReactNode> = {
  members: (params) => <MemberListPrint params={params} />,
  ...campaignsPrintDocuments,
  ...clustersPrintDocuments,
  ...statisticsPrintDocuments,
  ...awardsPrintDocuments,
  ...proposalsPrintDocuments,
  ...certificatesPrintDocuments,
  ...reportsPrintDocuments,
  ...grassrootsFormsPrintDocuments,
};

/** #/print/<document>?…: a printable page; the toolbar does not print. */
export function PrintPage({ name, params }: { name: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  const render = DOCUMENTS[name];
  return (
    <>
      <style>{OFFICIAL_PAGE_CSS}</style>
      <div className="print-toolbar">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => window.history.back()}>
          {t('print.back')}
        </Button>
      </div>
      {render ? render(params) : <p>{t('print.unknown')}</p>}
    </>
  );
}
