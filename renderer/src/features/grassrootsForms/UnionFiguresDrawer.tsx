import { useCallback } from 'react';
import { Drawer, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { figureChange } from '@shared/grassrootsForms/change';
import { catalogueFigures, isInputFigure, type FormCatalogue } from '@shared/grassrootsForms/catalogue';
import type { UnionFormFigures } from '@shared/ipc/contracts/grassrootsForms';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { RecordChangesList } from './RecordChangesList';

/** A CĐCS's returned figures next to last period's, large changes highlighted ("tăng 300%"). */
export function UnionFiguresDrawer({ period, union, catalogue, onClose }: { period: string; union: { id: number; name: string }; catalogue: FormCatalogue; onClose(): void }) {
  const { t } = useTranslation();
  const { data } = useLoad(
    useCallback(() => call('forms:unionFigures', { period, organizationId: union.id }), [period, union.id]),
    null as UnionFormFigures | null,
  );
  const figures = catalogueFigures(catalogue).filter(isInputFigure);
  const num = (v: number | undefined) => (v === undefined ? '' : formatNumber(v));
  return (
    <Drawer open width={820} title={t('forms.figuresTitle', { union: union.name })} onClose={onClose}>
      {data && (
        <>
          <RecordChangesList changes={data.recordChanges} title={t('forms.recordChangesHere', { date: formatDateVi(data.period) })} />
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            data-testid="forms-union-figures"
            dataSource={figures}
            columns={[
              { title: t('forms.content'), dataIndex: 'label' },
              { title: t('forms.unit'), dataIndex: 'unit', width: 90 },
              { title: t('forms.previous', { period: formatDateVi(data.previousPeriod) }), width: 130, align: 'right', render: (_, f) => num(data.previous[f.code]) },
              { title: t('forms.current'), width: 130, align: 'right', render: (_, f) => num(data.current[f.code]) },
              {
                title: t('forms.change'),
                width: 130,
                render: (_, f) => {
                  const change = figureChange(data.previous[f.code], data.current[f.code]);
                  if (change.percent === null) return change.large ? <Tag color="orange">{t('forms.newValue')}</Tag> : null;
                  const text = t(change.percent >= 0 ? 'forms.up' : 'forms.down', { percent: formatNumber(Math.abs(change.percent), 1) });
                  return change.large ? <Tag color="red">{text}</Tag> : <Typography.Text type="secondary">{text}</Typography.Text>;
                },
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('forms.history')}
          </Typography.Title>
          <List
            size="small"
            dataSource={data.history}
            renderItem={(h) => (
              <List.Item>
                {formatDateVi(h.receivedAt.slice(0, 10))} — {h.fileName || t('forms.typed')} {h.replacedAt ? <Tag>{t('forms.replaced')}</Tag> : null}
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
