import { useEffect, useState } from 'react';
import { App, Button, Dropdown, Empty, Flex, Input, Modal, Select, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CRITERION_KINDS, type SheetDetail } from '@shared/clusters/model';
import type { CriterionKind } from '@shared/clusters/ranking';
import { call } from '../../api/client';
import { newKey, toInput, toRow, type CriterionRow } from './criteriaRows';
import { ImportListButton } from '../exchange/ImportListButton';
import { PlainTable } from '../../components/PlainTable';
import { useSaving } from '../../components/useSaving';

/** The criteria table: TT | Nội dung | Điều kiện chấm điểm | Văn bản chứng minh | Điểm tối đa, saved at once. */
export function CriteriaEditor({ detail, onSaved }: { detail: SheetDetail; onSaved(next: SheetDetail): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rows, setRows] = useState<CriterionRow[]>(() => detail.criteria.map(toRow));
  const { saving, runSave } = useSaving();
  useEffect(() => setRows(detail.criteria.map(toRow)), [detail.criteria]);

  const patch = (key: string, change: Partial<CriterionRow>) => setRows((c) => c.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = (kind: CriterionKind) =>
    setRows((c) => [...c, { key: newKey(), kind, code: '', content: kind === 'bonus' ? t('clusters.criteria.kind.bonus') : kind === 'deduction' ? t('clusters.criteria.kind.deduction') : '', condition: '', evidence: '', max: '', levels: '' }]);
  const move = (i: number, by: number) =>
    setRows((c) => {
      const next = [...c];
      const [row] = next.splice(i, 1);
      if (row) next.splice(Math.max(0, Math.min(next.length, i + by)), 0, row);
      return next;
    });

  const doSave = async () => {
    const result = toInput(rows);
    if ('problem' in result) {
      const p = result.problem;
      message.error(p.key === 'levelsBad' ? t('clusters.criteria.levelsBad', { row: p.row, text: p.text }) : t('SCORE_CRITERION_MAX_REQUIRED', { ns: 'errors', content: `${p.row}: ${p.text}` }));
      return;
    }
    await runSave(async () => {
      onSaved(await call('scoreSheets:saveCriteria', { id: detail.sheet.id, criteria: result.criteria }));
    }, t('clusters.criteria.saved'));
  };
  const save = () => {
    const scored = new Set(detail.scores.map((s) => s.criterionId));
    const removed = detail.criteria.filter((c) => scored.has(c.id) && !rows.some((r) => r.id === c.id)).length;
    if (removed === 0) return void doSave();
    Modal.confirm({ title: t('clusters.criteria.removeConfirm', { count: removed }), okText: t('common.yes'), cancelText: t('common.cancel'), onOk: () => doSave() });
  };

  const text = (row: CriterionRow, field: 'content' | 'condition' | 'evidence' | 'levels', label: string) => (
    <Input.TextArea size="small" aria-label={`${label} ${row.code}`} autoSize={{ minRows: 1, maxRows: 6 }} value={row[field]} onChange={(e) => patch(row.key, { [field]: e.target.value })} placeholder={field === 'levels' ? t('clusters.criteria.levelsHelp') : undefined} />
  );

  return (
    <Flex vertical gap={8}>
      {rows.length === 0 ? (
        <Empty description={t('clusters.criteria.empty')} />
      ) : (
        <PlainTable<CriterionRow>
          rowKey="key"
          dataSource={rows}
          scroll={{ y: 'calc(100vh - 380px)' }}
          columns={[
            { title: t('clusters.criteria.kindLabel'), width: 120, render: (_, r) => <Select<CriterionKind> size="small" style={{ width: 110 }} aria-label={t('clusters.criteria.kindLabel')} value={r.kind} onChange={(kind) => patch(r.key, { kind })} options={CRITERION_KINDS.map((k) => ({ value: k, label: t(`clusters.criteria.kind.${k}`) }))} /> },
            { title: t('clusters.criteria.no'), width: 64, render: (_, r) => <Input size="small" aria-label={t('clusters.criteria.no')} value={r.code} maxLength={20} onChange={(e) => patch(r.key, { code: e.target.value })} /> },
            { title: t('clusters.criteria.content'), render: (_, r) => text(r, 'content', t('clusters.criteria.content')) },
            { title: t('clusters.criteria.condition'), width: 200, render: (_, r) => (r.kind === 'section' ? null : text(r, 'condition', t('clusters.criteria.condition'))) },
            { title: t('clusters.criteria.evidence'), width: 180, render: (_, r) => (r.kind === 'section' ? null : text(r, 'evidence', t('clusters.criteria.evidence'))) },
            { title: t('clusters.criteria.max'), width: 80, render: (_, r) => (r.kind === 'section' ? null : <Input size="small" aria-label={`${t('clusters.criteria.max')} ${r.code}`} value={r.max} inputMode="decimal" onChange={(e) => patch(r.key, { max: e.target.value })} />) },
            { title: t('clusters.criteria.levels'), width: 170, render: (_, r) => (r.kind === 'criterion' ? text(r, 'levels', t('clusters.criteria.levels')) : null) },
            {
              width: 96,
              render: (_, r, i) => (
                <Space size={0}>
                  <Button size="small" type="text" aria-label={t('clusters.units.moveUp')} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} />
                  <Button size="small" type="text" aria-label={t('clusters.units.moveDown')} icon={<ArrowDownOutlined />} disabled={i === rows.length - 1} onClick={() => move(i, 1)} />
                  <Button size="small" type="text" danger aria-label={t('clusters.criteria.remove')} icon={<DeleteOutlined />} onClick={() => setRows((c) => c.filter((x) => x.key !== r.key))} />
                </Space>
              ),
            },
          ]}
        />
      )}
      <Flex justify="space-between">
        <Dropdown trigger={['click']} menu={{ items: CRITERION_KINDS.map((k) => ({ key: k, label: t(`clusters.criteria.kind.${k}`), onClick: () => add(k) })) }}>
          <Button icon={<PlusOutlined />}>{t('clusters.criteria.addRow')}</Button>
        </Dropdown>
        <ImportListButton kind="criteria" targetId={detail.sheet.id} />
        <Button type="primary" loading={saving} onClick={save}>
          {t('clusters.criteria.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
