import { useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { bandProblem, parseScore, formatScore, UNION_RATINGS } from '@shared/clusters/bands';
import { TIE_RULES, type Band, type TieRule } from '@shared/clusters/ranking';
import type { SheetDetail } from '@shared/clusters/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { PlainTable } from '../../components/PlainTable';

interface BandRow {
  key: string;
  rating: string;
  label: string;
  min: string;
  max: string;
}

let counter = 0;
const toRows = (bands: readonly Band[]): BandRow[] =>
  bands.map((b) => ({ key: `b${++counter}`, rating: b.rating, label: b.label, min: formatScore(b.minPoints), max: formatScore(b.maxPoints) }));
const toBands = (rows: readonly BandRow[]): Band[] =>
  rows.map((r) => ({ rating: r.rating, label: r.label, minPoints: parseScore(r.min) ?? Number.NaN, maxPoints: parseScore(r.max) ?? Number.NaN }));

/** Name, tie rules in order, how many units get the flag, and the classification bands. */
export function SheetSettingsForm({ detail, onSaved }: { detail: SheetDetail; onSaved(next: SheetDetail): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [name, setName] = useState(detail.sheet.name);
  const [tieRules, setTieRules] = useState<TieRule[]>(detail.sheet.tieRules);
  const [flagCount, setFlagCount] = useState(detail.sheet.flagCount);
  const [rows, setRows] = useState<BandRow[]>(() => toRows(detail.bands));
  const [saving, setSaving] = useState(false);
  const own = detail.sheet.clusterScope !== 'peers';
  useEffect(() => setRows(toRows(detail.bands)), [detail.bands]);

  const bands = toBands(rows);
  const unreadable = bands.findIndex((b) => Number.isNaN(b.minPoints) || Number.isNaN(b.maxPoints));
  const problem = unreadable >= 0 ? null : bandProblem(bands);
  const patch = (key: string, change: Partial<BandRow>) => setRows((c) => c.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = async () => {
    setSaving(true);
    try {
      onSaved(await call('scoreSheets:saveSettings', { id: detail.sheet.id, settings: { name, tieRules, flagCount, bands } }));
      message.success(t('clusters.settings.saved'));
    } catch (error) {
      message.error({ content: errorText(error), duration: 6 });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form layout="vertical" size="small" style={{ maxWidth: 900 }} onFinish={() => void save()}>
      <Form.Item label={t('clusters.settings.name')}>
        <Input aria-label={t('clusters.settings.name')} value={name} onChange={(e) => setName(e.target.value)} maxLength={300} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item label={t('clusters.settings.tieRules')} extra={t('clusters.settings.tieRulesHelp')} style={{ flex: 1 }}>
          <Select<TieRule[]> mode="multiple" aria-label={t('clusters.settings.tieRules')} value={tieRules} onChange={(v) => v.length > 0 && setTieRules(v)} options={TIE_RULES.map((r) => ({ value: r, label: t(`clusters.tieRule.${r}`) }))} />
        </Form.Item>
        <Form.Item label={t('clusters.settings.flagCount')}>
          <InputNumber<number> aria-label={t('clusters.settings.flagCount')} min={0} max={100} value={flagCount} onChange={(v) => setFlagCount(v ?? 0)} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('clusters.settings.bands')} extra={t('clusters.settings.bandsHelp')}>
        <PlainTable<BandRow>
          rowKey="key"
          dataSource={rows}
          columns={[
            {
              title: t('clusters.settings.bandRating'),
              width: 220,
              render: (_, r) =>
                own ? (
                  <Select size="small" style={{ width: 210 }} aria-label={t('clusters.settings.bandRating')} value={r.rating} onChange={(rating: string) => patch(r.key, { rating })} options={UNION_RATINGS.map((x) => ({ value: x, label: t(`clusters.rating.${x}`) }))} />
                ) : (
                  <Input size="small" aria-label={t('clusters.settings.bandRating')} value={r.rating} onChange={(e) => patch(r.key, { rating: e.target.value })} />
                ),
            },
            { title: t('clusters.settings.bandLabel'), render: (_, r) => <Input size="small" aria-label={t('clusters.settings.bandLabel')} value={r.label} onChange={(e) => patch(r.key, { label: e.target.value })} /> },
            { title: t('clusters.settings.bandMin'), width: 110, render: (_, r) => <Input size="small" aria-label={`${t('clusters.settings.bandMin')} ${r.label}`} inputMode="decimal" value={r.min} onChange={(e) => patch(r.key, { min: e.target.value })} /> },
            { title: t('clusters.settings.bandMax'), width: 110, render: (_, r) => <Input size="small" aria-label={`${t('clusters.settings.bandMax')} ${r.label}`} inputMode="decimal" value={r.max} onChange={(e) => patch(r.key, { max: e.target.value })} /> },
            { width: 40, render: (_, r) => <Button size="small" type="text" danger aria-label={t('common.delete')} icon={<DeleteOutlined />} onClick={() => setRows((c) => c.filter((x) => x.key !== r.key))} /> },
          ]}
        />
      </Form.Item>
      {problem && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={t(problem.code, { ns: 'errors', ...problem.params })} />}
      <Flex justify="space-between">
        <Space>
          <Button icon={<PlusOutlined />} onClick={() => setRows((c) => [...c, { key: `b${++counter}`, rating: own ? 'completed' : '', label: '', min: '', max: '' }])}>
            {t('clusters.settings.addBand')}
          </Button>
        </Space>
        <Button type="primary" htmlType="submit" loading={saving} disabled={unreadable >= 0}>
          {t('clusters.settings.save')}
        </Button>
      </Flex>
    </Form>
  );
}
