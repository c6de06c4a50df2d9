import { Button } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Suspense, use, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { OFFICIAL_PAGE_CSS } from '@shared/domain/documents/officialPage';
import './print.css';
import { PRINT_LOCALE } from './printLocale';
import { loadedPrintDocument, loadPrintDocument, type PrintDocuments } from './documentLoaders';

interface DocumentProps {
  name: string;
  params: URLSearchParams;
  documents: Promise<PrintDocuments>;
  unknown: ReactNode;
}

/** The named document, once its domain's chunk has arrived (suspends until then). */
function PrintDocument({ name, params, documents, unknown }: DocumentProps) {
  const render = (loadedPrintDocument(name) ?? use(documents))[name];
  return render ? render(params) : unknown;
}

/** #/print/<document>?…: a printable page; the toolbar (in the user's language) does not print. */
export function PrintPage({ name, params }: { name: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const printI18n = useMemo(() => i18n.cloneInstance({ lng: PRINT_LOCALE }), [i18n]);
  const documents = loadPrintDocument(name);
  const unknown = <p>{t('print.unknown')}</p>;
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
      <I18nextProvider i18n={printI18n}>
        {documents ? (
          <Suspense fallback={null}>
            <PrintDocument name={name} params={params} documents={documents} unknown={unknown} />
          </Suspense>
        ) : (
          unknown
        )}
      </I18nextProvider>
    </>
  );
}
