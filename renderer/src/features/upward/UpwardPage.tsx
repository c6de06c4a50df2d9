import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, InputNumber, Table, Tag, Typography } from 'antd';
import { CloudUploadOutlined, FileDoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportState } from '@shared/reports/model';
import type { SentPackage, UpwardState } from '@shared/upward/model';
import { groupFingerprint } from '@shared/upward/fingerprint';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { fileToBase64 } from '../../api/fileBase64';
import { saveExport } from '../../api/files';
import { FilePickButton } from '../../components/FilePickButton';
import { useLoad } from '../../components/useLoad';
import { useWorkingYear } from '../../components/useWorkingYear';
import { formatTimestamp } from './timestamp';

const STATUS_COLORS = { sent: 'blue', received: 'green', returned: 'red' } as const;

/** Gửi cấp trên: the signed package of a finalised report version, the log of what was sent, receipts. */
export function UpwardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useWorkingYear();
  const [personal, setPersonal] = useState(false);
  const [busy, setBusy] = useState(false);
  const { data, reload } = useLoad(
    useCallback(async () => ({ state: await call('upward:state', { year }), report: await call('reports:get', { year }) }), [year]),
    null as { state: UpwardState; report: ReportState } | null,
  );
  const latest = data?.report.versions[0];

  const build = async () => {
    setBusy(true);
    try {
      const code = data?.state.sent[0]?.fileName.replace(/-\d{4}-r\d+\.zip$/, '') ?? 'goi';
      await saveExport(
        `${code}-${year}.zip`,
        'zip',
        (where) => call('upward:build', { year, personal, pdf: true, ...where }),
        (result) => {
          void message.success(t('upward.built', { file: result.fileName, revision: result.revision }));
          if (result.pdf === 'no-chromium') void message.warning(t('upward.pdfMissing'));
        },
      );
      await reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const importReceipt = async (file: File) => {
    try {
      const sent = await call('upward:importReceipt', { base64: await fileToBase64(file) });
      void message.success(t('upward.receiptDone', { revision: sent.revision, status: t(`upward.status.${sent.status}`) }));
      await reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('upward.title')}
        </Typography.Title>
        <InputNumber aria-label={t('upward.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
      </Flex>
      <Card size="small" title={t('upward.keyTitle')}>
        <Typography.Text strong style={{ fontFamily: 'monospace', fontSize: 15 }} data-testid="office-fingerprint">
          {data?.state.key.grouped ?? '…'}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('upward.keyHelp')}
        </Typography.Paragraph>
        {data?.state.upperKey && <Typography.Text type="secondary">{t('upward.upperKey', { fingerprint: data.state.upperKey.grouped })}</Typography.Text>}
      </Card>
      {data && !latest && <Alert type="info" showIcon message={t('upward.noVersion', { year })} />}
      {latest && (
        <Card size="small">
          <Flex vertical gap={8}>
            <Typography.Text>{t('upward.fromVersion', { version: latest.version, at: formatTimestamp(latest.finalizedAt), year })}</Typography.Text>
            <Checkbox checked={personal} onChange={(e) => setPersonal(e.target.checked)}>
              {t('upward.personal')}
            </Checkbox>
            <Flex gap={8}>
              <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} onClick={() => void build()}>
                {t('upward.build')}
              </Button>
              <FilePickButton accept=".json" icon={<FileDoneOutlined />} testId="receipt-input" onPick={(file) => void importReceipt(file)}>
                {t('upward.receipt')}
              </FilePickButton>
            </Flex>
          </Flex>
        </Card>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('upward.log')}
      </Typography.Title>
      <Table<SentPackage>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data?.state.sent ?? []}
        locale={{ emptyText: t('upward.logEmpty') }}
        columns={[
          { title: t('upward.columns.revision'), dataIndex: 'revision', width: 60 },
          { title: t('upward.columns.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => formatTimestamp(v) },
          { title: t('upward.columns.file'), dataIndex: 'fileName' },
          { title: t('upward.columns.reportVersion'), dataIndex: 'reportVersion', width: 80 },
          { title: t('upward.columns.fingerprint'), dataIndex: 'fingerprint', render: (v: string) => <span style={{ fontFamily: 'monospace', fontSize: 11 }}>{groupFingerprint(v)}</span> },
          { title: t('upward.columns.status'), dataIndex: 'status', width: 170, render: (v: SentPackage['status']) => <Tag color={STATUS_COLORS[v]}>{t(`upward.status.${v}`)}</Tag> },
          { title: t('upward.columns.reason'), dataIndex: 'statusReason' },
        ]}
      />
    </Flex>
  );
}
