import { useEffect, useState } from 'react';
import { App, Spin } from 'antd';
import type { ReportDocument } from '@shared/reports/model';
import { REPORT_PRINT_CSS } from '@shared/reports/printCss';
import { reportPrintBody } from '@shared/reports/printHtml';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';

/** The report exactly as printed (the same HTML as the print route and the PDF). */
export function ReportPreview({ year, version, refresh }: { year: number; version: number | null; refresh: number }) {
  const { message } = App.useApp();
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  useEffect(() => {
    let cancelled = false;
    call('reports:document', { year, ...(version ? { version } : {}) }).then(
      (d) => !cancelled && setDoc(d),
      (error: unknown) => !cancelled && void message.error(errorText(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [year, version, refresh, message]);
  if (!doc) return <Spin />;
  return (
    <div className="report-preview-frame">
      <style>{REPORT_PRINT_CSS}</style>
      <div dangerouslySetInnerHTML={{ __html: reportPrintBody(doc) }} />
    </div>
  );
}
