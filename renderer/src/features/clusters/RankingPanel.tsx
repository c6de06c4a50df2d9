import { useState } from 'react';
import { App, Alert, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SheetDetail } from '@shared/clusters/model';
import type { RankedUnit } from '@shared/clusters/ranking';
import { formatScore } from '@shared/clusters/bands';
import { call } from '../../api/client';
import { usePrintDocument } from '../../components/usePrintDocument';
import { exportSheet } from './output';
import { errorText } from '../../api/errorText';
import { RankingPrintDialog } from './RankingPrintDialog';

/** The ranking with the tie rule stated, the flag proposals, and applying the ratings. */
export function RankingPanel({ detail, onApplied }: { detail: SheetDetail; onApplied(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const printDocument = usePrintDocument();
  const own = detail.sheet.clusterScope === 'own_unions';
  const id = detail.sheet.id;
  const [printing, setPrinting] = useState(false);

  const apply = async () => {
    try {
      const { applied } = await call('scoreSheets:applyRatings', { id });
      message.success(t('clusters.ranking.applied', { count: applied }));
      onApplied();
    } catch (error) {
      message.error({ content: errorText(error), duration: 6 });
    }
  };

  return (
    <Flex vertical gap={8}>
      <RankingPrintDialog
        detail={detail}
        open={printing}
        onClose={() => setPrinting(false)}
        onPrint={(route) => {
          setPrinting(false);
          void printDocument(route);
        }}
      />
      <Flex justify="space-between" wrap gap={8}>
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('clusters.ranking.printRanking')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void printDocument(`print/clusters-scoreSheet?id=${id}`)}>
            {t('clusters.ranking.printSheet')}
          </Button>
          <Button icon={<FileExcelOutlined />} onClick={() => void exportSheet(id, 'ranking', message)}>
            {t('clusters.ranking.exportRanking')}
          </Button>
          <Button icon={<FileExcelOutlined />} onClick={() => void exportSheet(id, 'sheet', message)}>
            {t('clusters.ranking.exportSheet')}
          </Button>
        </Space>
        {own ? (
          <Space>
            {detail.ratingsApplied > 0 && <Typography.Text type="secondary">{t('clusters.ranking.appliedCount', { count: detail.ratingsApplied })}</Typography.Text>}
            <Popconfirm
              title={t('clusters.ranking.applyConfirm', { year: detail.sheet.year, count: detail.ranking.filter((r) => r.organizationId !== null).length })}
              okText={t('common.yes')}
              cancelText={t('common.cancel')}
              onConfirm={() => void apply()}
            >
              <Button type="primary" icon={<CheckOutlined />} disabled={detail.ranking.length === 0}>
                {t('clusters.ranking.apply')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('clusters.ranking.peersNote')}</Typography.Text>
        )}
      </Flex>
      <Alert
        type="info"
        showIcon
        title={
          <>
            <div>{t('clusters.ranking.rule', { rules: detail.sheet.tieRules.map((r) => t(`clusters.tieRule.${r}`)).join(', ') })}</div>
            <div>{t('clusters.ranking.flagRule', { count: detail.sheet.flagCount })}</div>
          </>
        }
      />
      <Table<RankedUnit>
        size="small"
        rowKey="clusterMemberId"
        dataSource={detail.ranking}
        pagination={false}
        columns={[
          { title: t('clusters.ranking.no'), width: 50, render: (_, __, i) => i + 1 },
          { title: t('clusters.ranking.unit'), dataIndex: 'name' },
          { title: t('clusters.ranking.selfTotal'), dataIndex: 'selfTotal', align: 'right', width: 110, render: formatScore },
          { title: t('clusters.ranking.agreedTotal'), dataIndex: 'agreedTotal', align: 'right', width: 120, render: (v: number) => <strong>{formatScore(v)}</strong> },
          { title: t('clusters.ranking.bonus'), dataIndex: 'bonus', align: 'right', width: 90, render: formatScore },
          { title: t('clusters.ranking.deductions'), dataIndex: 'deductions', align: 'right', width: 80, render: formatScore },
          { title: t('clusters.ranking.rank'), dataIndex: 'rank', align: 'center', width: 80 },
          { title: t('clusters.ranking.rating'), dataIndex: 'ratingLabel', width: 200, render: (v: string | null) => v ?? '' },
          { title: t('clusters.ranking.flag'), dataIndex: 'proposedForFlag', align: 'center', width: 100, render: (v: boolean) => (v ? <Tag color="red">{t('clusters.ranking.flagYes')}</Tag> : '') },
        ]}
      />
    </Flex>
  );
}
