import { useEffect, useState } from 'react';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSection } from '@shared/reports/model';
import { RichTextEditor, type InsertableFigure } from './RichTextEditor';
import type { useSectionAutosave } from './useSectionAutosave';

function StatusLine({ status }: { status: ReturnType<typeof useSectionAutosave>['status'] }) {
  const { t } = useTranslation();
  const time = status.at ? new Date(status.at).toLocaleTimeString('vi-VN') : '';
  const text =
    status.state === 'saving' ? t('reports.saving') : status.state === 'dirty' ? t('reports.unsaved') : status.state === 'saved' ? t('reports.saved', { time }) : '';
  if (status.state === 'failed') return <Alert type="error" showIcon title={t('reports.saveFailed', { message: status.message })} />;
  return (
    <Typography.Text type="secondary" data-testid="report-save-status">
      {text}
    </Typography.Text>
  );
}

/** Every section of the draft with its editor; saved as you type. */
export function SectionsEditor({ sections, figures, autosave }: { sections: ReportSection[]; figures: InsertableFigure[]; autosave: ReturnType<typeof useSectionAutosave> }) {
  const [initial, setInitial] = useState<ReportSection[] | null>(null);
  const { recover } = autosave;
  // The draft's sections as loaded once; later edits live in the editors.
  useEffect(() => {
    if (initial) return;
    const recovered = recover();
    setInitial(sections.map((s) => (recovered[s.key] !== undefined ? { ...s, html: recovered[s.key] ?? s.html } : s)));
  }, [initial, recover, sections]);
  if (!initial) return null;
  return (
    <div>
      <div style={{ position: 'sticky', top: 0, zIndex: 2, background: '#fff', padding: '2px 0' }}>
        <StatusLine status={autosave.status} />
      </div>
      {initial.map((s) => (
        <section key={s.key} data-section={s.key}>
          <div className={`report-section-heading ${s.level === 1 ? 'part' : ''}`}>{s.heading}</div>
          <RichTextEditor html={s.html} label={s.heading} hint={s.hint} figures={figures} onChange={(html) => autosave.change(s.key, html)} />
        </section>
      ))}
    </div>
  );
}
