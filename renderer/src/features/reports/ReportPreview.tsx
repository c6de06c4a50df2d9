import { useCallback } from 'react';
import { Spin } from 'antd';
import type { ReportDocument } from '@shared/reports/model';
import { REPORT_PRINT_CSS } from '@shared/reports/printCss';
import { reportPrintBody } from '@shared/reports/printHtml';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';

/** The report exactly as printed (the same HTML as the print route and the PDF). */
export function ReportPreview({ year, version, refresh }: { year: number; version: number | null; refresh: number }) {
  // `refresh` changes after each save: the preview loads again.
  const fetch = useCallback(() => call('reports:document', { year, ...(version ? { version } : {}) }), [year, version]);
  const { data: doc } = useLoad<ReportDocument | null>(fetch, null, { reloadKey: refresh });
  if (!doc) return <Spin />;
  return (
    <div className="report-preview-frame">
      <style>{REPORT_PRINT_CSS}</style>
      <div dangerouslySetInnerHTML={{ __html: reportPrintBody(doc) }} />
    </div>
  );
}
