import { useState } from 'react';
import { App, Button, Form, Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigure } from '@shared/reports/model';
import { figureSectionTitle } from '@shared/reports/figures';
import { sourceNote } from '@shared/grassrootsForms/sourceNote';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { NumberInput } from '../../components/NumberInput';
import { useSaving } from '../../components/useSaving';

const n = (v: number | null) => (v === null ? '' : formatNumber(v, 1));

function FigureDialog({ year, figure, onClose }: { year: number; figure: ReportFigure; onClose(saved: boolean): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(figure.source === 'data' ? figure.computed : figure.value);
  const [reason, setReason] = useState(figure.reason);
  const [note, setNote] = useState(figure.note);
  const computed = figure.computed !== null;
  const [dirty, setDirty] = useState(false);
  const { saving, runSave } = useSaving();
  const save = async (clear = false) => {
    if (!clear && computed && value !== null && reason.trim() === '') {
      message.error(t('reports.figures.reasonRequired'));
      return;
    }
    await runSave(async () => {
      await call('reports:setFigure', { year, code: figure.code, value: clear ? null : value, reason, note });
      onClose(true);
    }, t('reports.figures.saved'));
  };
  return (
    <FormModal open title={t('reports.figures.editTitle', { label: figure.label.trim() })} dirty={dirty} saving={saving} onSubmit={() => void save()} onClose={() => onClose(false)}
      extra={figure.source !== 'data' && <Button danger onClick={() => void save(true)}>{t('reports.figures.clear')}</Button>}>
      <Typography.Paragraph type="secondary">{computed ? t('reports.figures.computed', { value: n(figure.computed) }) : t('reports.figures.noData')}</Typography.Paragraph>
      <Form layout="vertical" size="small" component="div">
        <Form.Item label={t('reports.figures.newValue')} htmlFor="figure-value">
          <NumberInput id="figure-value" style={{ width: 200 }} value={value} onChange={(v) => (setValue(v), setDirty(true))} />
        </Form.Item>
        {computed && (
          <Form.Item label={t('reports.figures.reason')} required htmlFor="figure-reason">
            <Input id="figure-reason" value={reason} onChange={(e) => (setReason(e.target.value), setDirty(true))} />
          </Form.Item>
        )}
        <Form.Item label={t('reports.figures.note')} htmlFor="figure-note">
          <Input id="figure-note" value={note} onChange={(e) => (setNote(e.target.value), setDirty(true))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** The statistics the report prints: computed figures, typed values, overrides (with their reason). */
export function FiguresTable({ year, figures, readOnly, rolledUp = false, onChanged }: { year: number; figures: ReportFigure[]; readOnly: boolean; rolledUp?: boolean; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<ReportFigure | null>(null);
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  /** The section column spans the rows of its section, as on the statistics form. */
  const spans = figures.map((f, i) => {
    if (i > 0 && figures[i - 1]!.section === f.section) return 0;
    let n = 1;
    while (figures[i + n]?.section === f.section) n++;
    return n;
  });
  const sourceTag = (f: ReportFigure) =>
    f.source === 'override' ? <Tag color="orange" title={f.reason}>{t('reports.figures.sourceOverride')}</Tag> : f.source === 'manual' ? <Tag color="blue">{t('reports.figures.sourceManual')}</Tag> : f.value === null ? <Tag color="red">{t('reports.figures.missing')}</Tag> : formsRemark(f) ? <Tag color="green">{formsRemark(f)}</Tag> : <Tag>{t(rolledUp ? 'reports.figures.sourceRollup' : 'reports.figures.sourceData')}</Tag>;
  const formsRemark = (f: ReportFigure) => (f.mau2 && (f.mau2.source === 'forms' || f.mau2.source === 'mixed') ? sourceNote(f.mau2, locale) : null);
  return (
    <>
      <Table<ReportFigure>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={figures}
        locale={{ emptyText: t('reports.figures.empty') }}
        scroll={{ y: 'calc(100vh - 260px)' }}
        columns={[
          { title: t('reports.figures.section'), key: 'section', width: 130, onCell: (_, index) => ({ rowSpan: spans[index ?? 0] }), render: (_, f) => <strong>{figureSectionTitle(f.section, locale, f.sectionTitle)}</strong> },
          { title: t('reports.figures.label'), dataIndex: 'label', render: (label: string, f) => <span title={f.code}>{label}</span> },
          { title: t('reports.figures.unit'), dataIndex: 'unit', width: 90 },
          { title: t('reports.figures.value'), dataIndex: 'value', width: 120, align: 'right', render: (v: number | null) => n(v) },
          { title: t('reports.figures.lastYear'), dataIndex: 'lastYear', width: 110, align: 'right', render: (v: number | null) => n(v) },
          { title: t('reports.figures.change'), dataIndex: 'change', width: 90, align: 'right', render: (v: number | null) => (v === null ? '' : `${v > 0 ? '+' : ''}${n(v)}`) },
          { title: t('reports.figures.target'), dataIndex: 'target', width: 80, align: 'right', render: (v: number | null) => n(v) },
          { title: t('reports.figures.percent'), dataIndex: 'percentOfTarget', width: 80, align: 'right', render: (v: number | null) => (v === null ? '' : `${n(v)}%`) },
          { title: t('reports.figures.source'), key: 'source', width: 130, render: (_, f) => sourceTag(f) },
          ...(readOnly ? [] : [{ key: 'edit', width: 60, render: (_: unknown, f: ReportFigure) => <Button size="small" onClick={() => setEditing(f)} aria-label={`${t('reports.figures.edit')} ${f.label}`}>{t('reports.figures.edit')}</Button> }]),
        ]}
      />
      {editing && (
        <FigureDialog
          year={year}
          figure={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) onChanged();
          }}
        />
      )}
    </>
  );
}
