import { useCallback } from 'react';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Initiative, InitiativeDraft } from '@shared/campaigns/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { OutcomeTable, type PageQuery } from './OutcomeTable';
import { ImportListButton } from '../exchange/ImportListButton';
import { areaField, dateField, memberField, moneyField, nonNegative, showDate, textField, unionField } from './fields';
import type { TextKeyUnder } from '../../i18n/types';

const EMPTY: InitiativeDraft = { organizationId: null, title: '', recognizedOn: null, value: 0, note: '', authors: [{ memberId: null, name: '' }] };

/** Authors: a member chosen with the picker, or a typed name; at least the one row is shown. */
function AuthorList() {
  const { t } = useTranslation();
  return (
    <Form.List name="authors">
      {(rows, { add, remove }) => (
        <Col span={24}>
          <Typography.Text strong>{t('campaigns.initiatives.authors')}</Typography.Text>
          {rows.map((row, index) => (
            <Row gutter={8} key={row.key} align="middle">
              {memberField([row.name, 'memberId'], t('campaigns.initiatives.author', { n: index + 1 }), 11)}
              <Col span={11}>
                <Form.Item name={[row.name, 'name']} label={t('campaigns.initiatives.authorName')}>
                  <Input aria-label={`${t('campaigns.initiatives.authorName')} ${index + 1}`} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('campaigns.table.delete')} onClick={() => remove(row.name)} />
              </Col>
            </Row>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({ memberId: null, name: '' })} style={{ marginBottom: 12 }}>
            {t('campaigns.initiatives.addAuthor')}
          </Button>
        </Col>
      )}
    </Form.List>
  );
}

export function InitiativesTab({ campaignId, onChanged }: { campaignId: number; onChanged(): void }) {
  const { t } = useTranslation();
  const f = (key: TextKeyUnder<'campaigns.initiatives'>) => t(`campaigns.initiatives.${key}`);
  const load = useCallback((q: PageQuery) => call('initiatives:list', { campaignId, ...q }), [campaignId]);
  return (
    <OutcomeTable<Initiative, InitiativeDraft>
      testId="initiatives-table"
      importButton={<ImportListButton kind="initiatives" targetId={campaignId} />}
      what={t('campaigns.tabs.initiatives')}
      emptyText={f('empty')}
      load={load}
      save={(draft, id) =>
        call('initiatives:save', {
          campaignId,
          ...(id ? { id } : {}),
          draft: { ...draft, value: draft.value ?? 0, authors: (draft.authors ?? []).filter((a) => a.memberId || a.name?.trim()).map((a) => ({ memberId: a.memberId ?? null, name: a.name ?? '' })) },
        })
      }
      remove={(id) => call('initiatives:delete', { ids: [id] })}
      onChanged={onChanged}
      emptyValues={EMPTY}
      toValues={({ id: _id, organizationName: _o, ...draft }) => ({ ...draft, authors: draft.authors.length ? draft.authors : EMPTY.authors })}
      columns={[
        { title: f('title'), dataIndex: 'title', width: 280 },
        { title: f('authors'), key: 'authors', width: 240, render: (_, row) => row.authors.map((a) => a.name).join(', ') },
        { title: f('organization'), dataIndex: 'organizationName', width: 200, ellipsis: true },
        { title: f('recognizedOn'), dataIndex: 'recognizedOn', width: 110, render: showDate },
        { title: f('value'), dataIndex: 'value', width: 140, align: 'right', render: (v: number) => formatNumber(v) },
      ]}
      fields={
        <Row gutter={12}>
          {textField('title', f('title'), 24, [{ required: true, whitespace: true, message: t('campaigns.errors.required', { field: f('title').toLowerCase() }) }])}
          <AuthorList />
          {unionField('organizationId', f('organization'), 12)}
          {dateField('recognizedOn', f('recognizedOn'), 6)}
          {moneyField('value', f('value'), 6, [nonNegative(t('campaigns.errors.negative'))])}
          {areaField('note', f('note'), 24)}
        </Row>
      }
    />
  );
}
