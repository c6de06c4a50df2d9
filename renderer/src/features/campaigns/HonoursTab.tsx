import { useCallback } from 'react';
import { AutoComplete, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_KINDS, type Honour, type HonourDraft } from '@shared/campaigns/model';
import { call } from '../../api/client';
import { OutcomeTable, type PageQuery } from './OutcomeTable';
import { ImportListButton } from '../exchange/ImportListButton';
import { areaField, dateField, field, memberField, showDate, textField, unionField } from './fields';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import type { TextKeyUnder } from '../../i18n/types';

const EMPTY: HonourDraft = { title: 'Công nhân giỏi', recipientKind: 'individual', memberId: null, organizationId: null, recipientName: '', honouredOn: null, note: '' };
/** Titles offices use; the field takes any other. */
const TITLES = ['Công nhân giỏi', 'Chủ tịch CĐCS tiêu biểu', 'Người lao động có sáng kiến tiêu biểu', 'Cán bộ công đoàn tiêu biểu', 'CĐCS tiêu biểu'];

export function HonoursTab({ campaignId, onChanged }: { campaignId: number; onChanged(): void }) {
  const { t } = useTranslation();
  const f = (key: TextKeyUnder<'campaigns.honours'>) => t(`campaigns.honours.${key}`);
  const load = useCallback((q: PageQuery) => call('campaignHonours:list', { campaignId, ...q }), [campaignId]);
  return (
    <OutcomeTable<Honour, HonourDraft>
      testId="honours-table"
      importButton={<ImportListButton kind="honours" targetId={campaignId} />}
      what={t('campaigns.tabs.honours')}
      emptyText={f('empty')}
      load={load}
      save={(draft, id) => call('campaignHonours:save', { campaignId, ...(id ? { id } : {}), draft })}
      remove={(id) => call('campaignHonours:delete', { ids: [id] })}
      onChanged={onChanged}
      emptyValues={EMPTY}
      toValues={({ id: _id, organizationName: _o, ...draft }) => draft}
      columns={[
        { title: f('title'), dataIndex: 'title', width: 220 },
        { title: f('recipientName'), dataIndex: 'recipientName', width: 220 },
        { title: f('recipientKind'), dataIndex: 'recipientKind', width: 100, render: (v: TextKeyUnder<'campaigns.honours.kinds'>) => t(`campaigns.honours.kinds.${v}`) },
        { title: f('organization'), dataIndex: 'organizationName', width: 240, ellipsis: true },
        { title: f('honouredOn'), dataIndex: 'honouredOn', width: 110, render: showDate },
      ]}
      fields={
        <Row gutter={12}>
          {field('title', f('title'), 16, <AutoComplete aria-label={f('title')} options={TITLES.map((value) => ({ value }))} filterOption={FOLDED_SEARCH.filterOption} />, [
            { required: true, whitespace: true, message: t('campaigns.errors.required', { field: f('title').toLowerCase() }) },
          ])}
          {field('recipientKind', f('recipientKind'), 8, <Select aria-label={f('recipientKind')} options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`campaigns.honours.kinds.${k}`) }))} />)}
          {memberField('memberId', f('member'), 12)}
          {unionField('organizationId', f('organization'), 12)}
          {textField('recipientName', f('recipientName'), 16)}
          {dateField('honouredOn', f('honouredOn'), 8)}
          {areaField('note', f('note'), 24)}
        </Row>
      }
    />
  );
}
