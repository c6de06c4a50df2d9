import { useCallback } from 'react';
import { Checkbox, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORK_LEVELS, WORK_STATUSES, type Work, type WorkDraft } from '@shared/campaigns/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { OutcomeTable, type PageQuery } from './OutcomeTable';
import { ImportListButton } from '../exchange/ImportListButton';
import { areaField, dateField, field, moneyField, nonNegative, showDate, textField, unionField } from './fields';
import type { TextKeyUnder } from '../../i18n/types';

const EMPTY: WorkDraft = { organizationId: null, name: '', level: 'grassroots', value: null, status: 'completed', plaque: false, completedOn: null, note: '' };

export function WorksTab({ campaignId, onChanged }: { campaignId: number; onChanged(): void }) {
  const { t } = useTranslation();
  const w = (key: TextKeyUnder<'campaigns.works'>) => t(`campaigns.works.${key}`);
  const load = useCallback((q: PageQuery) => call('campaignWorks:list', { campaignId, ...q }), [campaignId]);
  return (
    <OutcomeTable<Work, WorkDraft>
      testId="works-table"
      importButton={<ImportListButton kind="works" targetId={campaignId} />}
      what={t('campaigns.tabs.works')}
      emptyText={w('empty')}
      load={load}
      save={(draft, id) => call('campaignWorks:save', { campaignId, ...(id ? { id } : {}), draft })}
      remove={(id) => call('campaignWorks:delete', { ids: [id] })}
      onChanged={onChanged}
      emptyValues={EMPTY}
      toValues={({ id: _id, organizationName: _o, ...draft }) => draft}
      columns={[
        { title: w('name'), dataIndex: 'name', width: 280 },
        { title: w('organization'), dataIndex: 'organizationName', width: 220, ellipsis: true },
        { title: w('level'), dataIndex: 'level', width: 100, render: (v: TextKeyUnder<'campaigns.works.levels'>) => t(`campaigns.works.levels.${v}`) },
        { title: w('value'), dataIndex: 'value', width: 130, align: 'right', render: (v: number | null) => (v === null ? '' : formatNumber(v)) },
        { title: w('status'), dataIndex: 'status', width: 120, render: (v: TextKeyUnder<'campaigns.works.statuses'>) => t(`campaigns.works.statuses.${v}`) },
        { title: w('plaqueShort'), dataIndex: 'plaque', width: 90, render: (v: boolean) => (v ? <Tag color="gold">{w('plaqueShort')}</Tag> : '') },
        { title: w('completedOn'), dataIndex: 'completedOn', width: 110, render: showDate },
      ]}
      fields={
        <Row gutter={12}>
          {textField('name', w('name'), 24, [{ required: true, whitespace: true, message: t('campaigns.errors.required', { field: w('name').toLowerCase() }) }])}
          {unionField('organizationId', w('organization'), 12)}
          {field('level', w('level'), 6, <Select aria-label={w('level')} options={WORK_LEVELS.map((l) => ({ value: l, label: t(`campaigns.works.levels.${l}`) }))} />)}
          {field('status', w('status'), 6, <Select aria-label={w('status')} options={WORK_STATUSES.map((s) => ({ value: s, label: t(`campaigns.works.statuses.${s}`) }))} />)}
          {moneyField('value', w('value'), 8, [nonNegative(t('campaigns.errors.negative'))])}
          {dateField('completedOn', w('completedOn'), 8)}
          {field('plaque', w('plaque'), 8, <Checkbox aria-label={w('plaque')}>{w('plaque')}</Checkbox>, undefined, { valuePropName: 'checked' })}
          {areaField('note', w('note'), 24)}
        </Row>
      }
    />
  );
}
