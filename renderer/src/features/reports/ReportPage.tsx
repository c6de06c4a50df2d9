import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Empty, Select, Space, Spin, Tabs, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportState } from '@shared/reports/model';
import { formatDateVi } from '@shared/domain/format/date';
import { unwrittenSections } from '@shared/reports/sectionText';
import { call } from '../../api/client';
import { ShownError, errorText } from '../../api/errorText';
import { useAppStore } from '../../stores/appStore';
import { FiguresSourcePicker } from './FiguresSourcePicker';
import { FiguresTable } from './FiguresTable';
import { HeaderForm } from './HeaderForm';
import { ReportOutputs } from './ReportOutputs';
import { ReportPreview } from './ReportPreview';
import { SectionsEditor } from './SectionsEditor';
import { useSectionAutosave } from './useSectionAutosave';
import './reportEditor.css';

const when = (iso: string) => `${formatDateVi(iso.slice(0, 10))} ${new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}`;

/** Báo cáo tổng kết: the working year's report — header, text, statistics, versions, outputs. */
export function ReportPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const year = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();
  const [state, setState] = useState<ReportState | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [tab, setTab] = useState('sections');
  const [refresh, setRefresh] = useState(0);
  const autosave = useSectionAutosave(year);
  const { flush } = autosave;

  const load = useCallback(async () => {
    try {
      await flush();
      setState(await call('reports:get', { year }));
      setRefresh((r) => r + 1);
    } catch (error) {
      message.error(errorText(error));
    }
  }, [year, message, flush]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (from: 'template' | 'lastYear') => {
    try {
      setState(await call('reports:create', { year, from }));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  // Sections nobody wrote are named before the version is frozen; they print nothing.
  const finalize = async () => {
    let unwritten: string[] = [];
    try {
      if (!(await flush())) throw new ShownError(t('reports.notSavedYet'));
      const fresh = await call('reports:get', { year });
      unwritten = unwrittenSections(fresh.draft?.sections ?? []).map((s) => s.heading);
    } catch (error) {
      message.error(errorText(error));
      return;
    }
    modal.confirm({
      title: t('reports.finalize'),
      width: 560,
      content: (
        <>
          <p>{t('reports.finalizeConfirm', { year, version: (state?.versions[0]?.version ?? 0) + 1 })}</p>
          {unwritten.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="finalize-unwritten"
              title={t('reports.unwritten', { count: unwritten.length })}
              description={<ul style={{ margin: 0, paddingLeft: 18 }}>{unwritten.map((h) => <li key={h}>{h}</li>)}</ul>}
            />
          )}
        </>
      ),
      onOk: async () => {
        try {
          // A version frozen without the edit whose save failed would lose it from the version.
          if (!(await flush())) throw new ShownError(t('reports.notSavedYet'));
          const result = await call('reports:finalize', { year, allowUnwritten: unwritten.length > 0 });
          message.success(t('reports.finalized', { version: result.version }));
          await load();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };

  if (!state) return <Spin />;
  const title = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {t('reports.title')} — {t('reports.year', { year })}
    </Typography.Title>
  );
  if (!state.draft) {
    return (
      <div>
        {title}
        <Empty description={t('reports.empty', { year })}>
          <Space>
            <Button type="primary" onClick={() => void create('template')}>
              {t('reports.createTemplate')}
            </Button>
            {state.lastYearAvailable && <Button onClick={() => void create('lastYear')}>{t('reports.createLastYear', { year: year - 1 })}</Button>}
          </Space>
        </Empty>
      </div>
    );
  }
  const readOnly = version !== null;
  const versionInfo = state.versions.find((v) => v.version === version);
  const draft = state.draft;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        {title}
        <Space wrap>
          {!readOnly && (
            <FiguresSourcePicker
              state={state}
              onChanged={(next) => {
                setState(next);
                setRefresh((r) => r + 1);
              }}
            />
          )}
          <Select
            aria-label={t('reports.versionPicker')}
            style={{ width: 260 }}
            value={version ?? 0}
            onChange={(v: number) => setVersion(v === 0 ? null : v)}
            options={[{ value: 0, label: t('reports.draft') }, ...state.versions.map((v) => ({ value: v.version, label: t('reports.versionLabel', { version: v.version, at: when(v.finalizedAt) }) }))]}
          />
          {!readOnly && (
            <Button icon={<LockOutlined />} onClick={() => void finalize()}>
              {t('reports.finalize')}
            </Button>
          )}
          <ReportOutputs year={year} version={version} beforeOutput={readOnly ? undefined : flush} />
        </Space>
      </Space>
      {readOnly && versionInfo ? (
        <>
          <Alert type="info" showIcon title={t('reports.readOnly', { version, at: when(versionInfo.finalizedAt) })} style={{ marginBottom: 8 }} />
          <ReportPreview year={year} version={version} refresh={refresh} />
        </>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            void load().then(() => setTab(key));
          }}
          items={[
            { key: 'sections', label: t('reports.tabs.sections'), children: tab === 'sections' && <SectionsEditor key={refresh} sections={draft.sections} figures={draft.figures} autosave={autosave} /> },
            // Starts again only when the stored header changed: a text autosave must not reset what is typed there.
            { key: 'header', label: t('reports.tabs.header'), children: <HeaderForm key={JSON.stringify(draft.header)} year={year} header={draft.header} suggestedNumber={state.suggestedNumber} readOnly={false} onSaved={() => void load()} /> },
            { key: 'figures', label: t('reports.tabs.figures'), children: <FiguresTable year={year} figures={draft.figures} readOnly={false} rolledUp={state.figuresFrom === 'rollup' && (state.rollupOffices ?? 0) > 0} onChanged={() => void load()} /> },
            { key: 'preview', label: t('reports.tabs.preview'), children: tab === 'preview' && <ReportPreview year={year} version={null} refresh={refresh} /> },
          ]}
        />
      )}
    </div>
  );
}
