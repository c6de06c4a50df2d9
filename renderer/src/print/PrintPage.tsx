import { Button } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
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
import { PRINT_LOCALE } from './printLocale';

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


/** #/print/<document>?…: a printable page; the toolbar (in the user's language) does not print. */
export function PrintPage({ name, params }: { name: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const printI18n = useMemo(() => i18n.cloneInstance({ lng: PRINT_LOCALE }), [i18n]);
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
      <I18nextProvider i18n={printI18n}>{render ? render(params) : <p>{t('print.unknown')}</p>}</I18nextProvider>
    </>
  );
}
