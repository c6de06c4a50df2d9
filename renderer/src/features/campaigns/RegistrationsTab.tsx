import { useCallback } from 'react';
import { Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Registration, RegistrationDraft } from '@shared/campaigns/model';
import { call } from '../../api/client';
import { OutcomeTable, type PageQuery } from './OutcomeTable';
import { areaField, dateField, memberField, showDate, textField, unionField } from './fields';
import type { TextKeyUnder } from '../../i18n/types';

const EMPTY: RegistrationDraft = { organizationId: null, memberId: null, personName: '', registeredOn: null, commitment: '' };

export function RegistrationsTab({ campaignId, onChanged }: { campaignId: number; onChanged(): void }) {
  const { t } = useTranslation();
  const f = (key: TextKeyUnder<'campaigns.registrations'>) => t(`campaigns.registrations.${key}`);
  const load = useCallback((q: PageQuery) => call('campaignRegistrations:list', { campaignId, ...q }), [campaignId]);
  return (
    <OutcomeTable<Registration, RegistrationDraft>
      testId="registrations-table"
      what={t('campaigns.tabs.registrations')}
      emptyText={f('empty')}
      load={load}
      save={(draft, id) => call('campaignRegistrations:save', { campaignId, ...(id ? { id } : {}), draft })}
      remove={(id) => call('campaignRegistrations:delete', { ids: [id] })}
      onChanged={onChanged}
      emptyValues={EMPTY}
      toValues={({ id: _id, organizationName: _o, memberName: _m, ...draft }) => draft}
      columns={[
        { title: f('organization'), dataIndex: 'organizationName', width: 260, ellipsis: true },
        { title: f('member'), key: 'person', width: 200, render: (_, row) => row.memberName ?? row.personName },
        { title: f('registeredOn'), dataIndex: 'registeredOn', width: 110, render: showDate },
        { title: f('commitment'), dataIndex: 'commitment', width: 360, ellipsis: true },
      ]}
      fields={
        <Row gutter={12}>
          {unionField('organizationId', f('organization'), 12)}
          {memberField('memberId', f('member'), 12)}
          {textField('personName', f('personName'), 12)}
          {dateField('registeredOn', f('registeredOn'), 12)}
          {areaField('commitment', f('commitment'), 24)}
        </Row>
      }
    />
  );
}
