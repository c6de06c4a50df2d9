import { useCallback } from 'react';
import type { ReportDocument } from '@shared/reports/model';
import { REPORT_PRINT_CSS } from '@shared/reports/printCss';
import { reportPrintBody } from '@shared/reports/printHtml';
import { call } from '../../../api/client';
import { usePrintReady } from '../../usePrintReady';
import { useLoad } from '../../../components/useLoad';

/** #/print/report?year=2025[&version=2]: the year-end report in the one print layout (shared/reports/printHtml). */
export function ReportPrint({ params }: { params: URLSearchParams }) {
  const year = Number(params.get('year'));
  const version = Number(params.get('version') ?? 0) || undefined;
  const fetch = useCallback(() => call('reports:document', { year, ...(version ? { version } : {}) }), [year, version]);
  const { data: doc, error } = useLoad<ReportDocument | null>(fetch, null, { showError: false });
  usePrintReady(doc !== null);
  if (error) return <p>{error}</p>;
  if (!doc) return null;
  return (
    <>
      {/* Popups the app left in <body> must not print: any box after the landscape appendix would start one more portrait page. */}
      <style>{`${REPORT_PRINT_CSS}\n@media print { .ant-message, .ant-notification { display: none !important; } body > :not(#root) { display: none !important; } }`}</style>
      <div dangerouslySetInnerHTML={{ __html: reportPrintBody(doc) }} />
    </>
  );
}
