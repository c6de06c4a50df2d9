import { useCallback, useState } from 'react';
import { Button, Col, Flex, Row, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AwardKind, KindCategory } from '@shared/awards/model';
import { formatNumber } from '@shared/domain/format/number';
import { todayIso } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { DecisionBasesTable } from './DecisionBasesTable';
import { KindDrawer } from './KindDrawer';
import { PlainTable } from '../../components/PlainTable';

/** The coefficient in force today, individual and collective (stored or doubled). */
function currentCoefficient(kind: AwardKind): { individual: number; collective: number } | null {
  const today = todayIso();
  const row = [...kind.coefficients].reverse().find((c) => c.effectiveFrom <= today);
  if (!row) return null;
  return { individual: row.individual, collective: row.collective ?? Math.round(row.individual * 2000) / 1000 };
}

function KindTable({ kinds, loading, onOpen }: { kinds: AwardKind[]; loading: boolean; onOpen(kind: AwardKind): void }) {
  const { t } = useTranslation();
  return (
    <PlainTable<AwardKind>
      loading={loading}
      dataSource={kinds}
      onOpen={onOpen}
      columns={[
        { title: t('awards.catalogue.code'), dataIndex: 'code', width: 90 },
        {
          title: t('awards.catalogue.name'),
          render: (_, k) => (
            <span>
              {k.name} {!k.active && <Tag>{t('awards.catalogue.inactive')}</Tag>}
            </span>
          ),
        },
        { title: t('awards.catalogue.level'), width: 160, render: (_, k) => t(`awards.issuer.${k.issuerLevel}`) },
        { title: t('awards.catalogue.recipientKind'), width: 110, render: (_, k) => t(`awards.recipient.${k.recipientKind}`) },
        {
          title: t('awards.catalogue.current'),
          width: 200,
          render: (_, k) => {
            const c = currentCoefficient(k);
            if (!c) return <Typography.Text type="secondary">{t('awards.catalogue.noCoefficient')}</Typography.Text>;
            if (k.recipientKind === 'collective') return formatNumber(c.collective);
            if (k.recipientKind === 'individual') return formatNumber(c.individual);
            return t('awards.catalogue.currentValue', { individual: formatNumber(c.individual), collective: formatNumber(c.collective) });
          },
        },
        { title: t('awards.catalogue.usedBy'), dataIndex: 'usedBy', width: 70, align: 'right', render: (v: number) => formatNumber(v) },
      ]}
    />
  );
}

/** Titles and forms of reward, kept apart, each with its dated coefficients. */
export function AwardCataloguePage() {
  const { t } = useTranslation();
  const { data: kinds, loading, reload: load } = useLoad(useCallback(() => call('awardKinds:list', {}), []), [] as AwardKind[]);
  const [drawer, setDrawer] = useState<{ kind: AwardKind | null; category: KindCategory; key: number } | null>(null);

  const section = (category: KindCategory, title: string) => (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDrawer({ kind: null, category, key: Date.now() })}>
          {t('awards.catalogue.add')}
        </Button>
      </Flex>
      <KindTable kinds={kinds.filter((k) => k.category === category)} loading={loading} onOpen={(kind) => setDrawer({ kind, category, key: Date.now() })} />
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('awards.catalogue.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('awards.catalogue.help')}</Typography.Text>
      <Row gutter={16}>
        <Col xs={24} xxl={12}>
          {section('title', t('awards.catalogue.titles'))}
        </Col>
        <Col xs={24} xxl={12}>
          {section('form', t('awards.catalogue.forms'))}
        </Col>
      </Row>
      <DecisionBasesTable />
      {drawer && <KindDrawer key={drawer.key} kind={drawer.kind} category={drawer.category} onClose={() => setDrawer(null)} onChanged={() => void load()} />}
    </Flex>
  );
}
