import { useCallback, useState } from 'react';
import { Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTEST_RESULTS, RECIPIENT_KINDS, type Contest, type ContestDraft, type ContestEntry, type ContestEntryDraft } from '@shared/campaigns/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { OutcomeTable, type PageQuery } from './OutcomeTable';
import { ImportListButton } from '../exchange/ImportListButton';
import { areaField, dateField, field, memberField, moneyField, nonNegative, showDate, textField, unionField } from './fields';
import type { TextKeyUnder } from '../../i18n/types';

const EMPTY_CONTEST: ContestDraft = { name: '', heldFrom: null, heldTo: null, note: '' };
const EMPTY_ENTRY: ContestEntryDraft = {
  trade: '', contestantKind: 'individual', memberId: null, contestantName: '', organizationId: null, enterpriseName: '', districtName: '', result: 'none', prizeAmount: 0,
};

function EntriesTable({ contest, onChanged }: { contest: Contest; onChanged(): void }) {
  const { t } = useTranslation();
  const f = (key: TextKeyUnder<'campaigns.entries'>) => t(`campaigns.entries.${key}`);
  const load = useCallback((q: PageQuery) => call('contestEntries:list', { contestId: contest.id, ...q }), [contest.id]);
  return (
    <>
      <Typography.Text strong>{t('campaigns.contests.entriesTitle', { name: contest.name })}</Typography.Text>
      <OutcomeTable<ContestEntry, ContestEntryDraft>
        testId="entries-table"
        what={t('campaigns.contests.entries')}
        emptyText={f('empty')}
        load={load}
        save={(draft, id) => call('contestEntries:save', { contestId: contest.id, ...(id ? { id } : {}), draft: { ...draft, prizeAmount: draft.prizeAmount ?? 0 } })}
        remove={(id) => call('contestEntries:delete', { ids: [id] })}
        onChanged={onChanged}
        emptyValues={EMPTY_ENTRY}
        toValues={({ id: _id, organizationName: _o, contestId: _c, ...draft }) => draft}
        columns={[
          { title: f('contestantName'), dataIndex: 'contestantName', width: 200 },
          { title: f('trade'), dataIndex: 'trade', width: 140 },
          { title: f('enterpriseName'), dataIndex: 'enterpriseName', width: 220, ellipsis: true },
          { title: f('districtName'), dataIndex: 'districtName', width: 120 },
          { title: f('result'), dataIndex: 'result', width: 130, render: (v: TextKeyUnder<'campaigns.entries.results'>) => t(`campaigns.entries.results.${v}`) },
          { title: f('prizeAmount'), dataIndex: 'prizeAmount', width: 130, align: 'right', render: (v: number) => formatNumber(v) },
        ]}
        fields={
          <Row gutter={12}>
            {field('contestantKind', f('contestantKind'), 8, <Select aria-label={f('contestantKind')} options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`campaigns.entries.kinds.${k}`) }))} />)}
            {memberField('memberId', f('member'), 16)}
            {textField('contestantName', f('contestantName'), 12)}
            {textField('trade', f('trade'), 12)}
            {unionField('organizationId', f('organization'), 12)}
            {textField('enterpriseName', f('enterpriseName'), 12)}
            {textField('districtName', f('districtName'), 8)}
            {field('result', f('result'), 8, <Select aria-label={f('result')} options={CONTEST_RESULTS.map((r) => ({ value: r, label: t(`campaigns.entries.results.${r}`) }))} />)}
            {moneyField('prizeAmount', f('prizeAmount'), 8, [nonNegative(t('campaigns.errors.negative'))])}
          </Row>
        }
      />
    </>
  );
}

export function ContestsTab({ campaignId, onChanged }: { campaignId: number; onChanged(): void }) {
  const { t } = useTranslation();
  const f = (key: TextKeyUnder<'campaigns.contests'>) => t(`campaigns.contests.${key}`);
  const load = useCallback((q: PageQuery) => call('contests:list', { campaignId, ...q }), [campaignId]);
  const [version, setVersion] = useState(0);
  const entriesChanged = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);
  return (
    <OutcomeTable<Contest, ContestDraft>
      reloadKey={version}
      undoable={false}
      testId="contests-table"
      importButton={<ImportListButton kind="contestants" targetId={campaignId} />}
      what={t('campaigns.tabs.contests')}
      emptyText={f('empty')}
      load={load}
      save={(draft, id) => call('contests:save', { campaignId, ...(id ? { id } : {}), draft })}
      remove={(id) => call('contests:delete', { ids: [id] })}
      onChanged={onChanged}
      emptyValues={EMPTY_CONTEST}
      toValues={({ name, heldFrom, heldTo, note }) => ({ name, heldFrom, heldTo, note })}
      expandable={{ expandedRowRender: (contest) => <EntriesTable contest={contest} onChanged={entriesChanged} />, expandRowByClick: false }}
      columns={[
        { title: f('name'), dataIndex: 'name', width: 280 },
        { title: f('heldFrom'), dataIndex: 'heldFrom', width: 110, render: showDate },
        { title: f('heldTo'), dataIndex: 'heldTo', width: 110, render: showDate },
        { title: f('entries'), dataIndex: 'entries', width: 100, align: 'right', render: (v: number) => formatNumber(v) },
        { title: f('prizeWinners'), dataIndex: 'prizeWinners', width: 100, align: 'right', render: (v: number) => formatNumber(v) },
        { title: f('prizeMoney'), dataIndex: 'prizeMoney', width: 140, align: 'right', render: (v: number) => formatNumber(v) },
      ]}
      fields={
        <Row gutter={12}>
          {textField('name', f('name'), 24, [{ required: true, whitespace: true, message: t('campaigns.errors.required', { field: f('name').toLowerCase() }) }])}
          {dateField('heldFrom', f('heldFrom'), 12)}
          {dateField('heldTo', f('heldTo'), 12)}
          {areaField('note', f('note'), 24)}
        </Row>
      }
    />
  );
}
