import { Alert, Button, Card, Col, Flex, Row, Spin, Statistic, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import { isListImportKind } from '@shared/exchange/import';
import { DuplicatesTable, PossibleDuplicates } from './DuplicatesTable';
import { PickAgainButton } from './PickAgainButton';
import { ProblemsTable } from './ProblemsTable';
import { STEP, type ImportWizard } from './useImportWizard';
import { useRejectedDownload } from './useRejectedDownload';
import type { TextKeyUnder } from '../../i18n/types';

const number = (value: number | string) => formatNumber(Number(value));

/** Step 3: what the import would do — counts, problems by sheet row, probable duplicates. */
export function CheckStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { preview, inspection, busy } = wizard;
  const rejected = useRejectedDownload(preview?.token, inspection?.fileName);
  // A campaign list or criteria table goes in whole or not at all.
  const blocked = isListImportKind(wizard.kind) && (preview?.problemCount ?? 0) > 0;

  if (!preview || busy !== null) {
    return (
      <Flex gap={8} align="center" style={{ padding: 24 }}>
        <Spin />
        <Typography.Text type="secondary">{busy === 'inspect' ? t('exchange.file.reading') : t('exchange.check.checking')}</Typography.Text>
      </Flex>
    );
  }

  const counts: { key: TextKeyUnder<'exchange.check'>; value: number; color: string | undefined }[] = [
    { key: 'dataRows', value: preview.dataRows, color: undefined },
    { key: 'validRows', value: preview.validRows, color: '#389e0d' },
    { key: 'rejectedRows', value: preview.rejectedRows, color: preview.rejectedRows > 0 ? '#cf1322' : undefined },
    { key: 'duplicates', value: preview.duplicates.length, color: preview.duplicates.length > 0 ? '#d46b08' : undefined },
  ];

  return (
    <Flex vertical gap={12}>
      <Row gutter={12}>
        {counts.map(({ key, value, color }) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`exchange.check.${key}`)}
                value={value}
                formatter={number}
                styles={{ content: { color } }}
                data-testid={`count-${key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>

      {preview.dataRows === 0 && <Alert type="warning" showIcon title={t('exchange.check.noRows')} />}
      {preview.dataRows > 0 && preview.problemCount === 0 && preview.duplicates.length === 0 && (
        <Alert type="success" showIcon title={t('exchange.check.allValid')} />
      )}

      {preview.problemCount > 0 && (
        <Card
          size="small"
          title={t('exchange.check.problemsTitle')}
          extra={
            <Button icon={<DownloadOutlined />} loading={rejected.saving} onClick={() => void rejected.download()}>
              {t('exchange.check.downloadRejected')}
            </Button>
          }
        >
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{blocked ? t('exchange.listAllOrNothing') : t('exchange.check.problemsHelp')}</Typography.Text>
            {preview.problemCount > preview.problems.length && (
              <Alert
                type="info"
                showIcon
                title={t('exchange.check.truncated', { shown: formatNumber(preview.problems.length), total: formatNumber(preview.problemCount) })}
              />
            )}
            <ProblemsTable problems={preview.problems} />
          </Flex>
        </Card>
      )}

      {preview.duplicates.length > 0 && (
        <Card size="small" title={t('exchange.check.duplicatesTitle')}>
          <DuplicatesTable
            kind={wizard.kind}
            duplicates={preview.duplicates}
            onDuplicate={wizard.onDuplicate}
            onChange={wizard.setOnDuplicate}
          />
        </Card>
      )}

      {preview.possibleDuplicates.length > 0 && (
        <Card size="small" title={t('exchange.check.possibleTitle')} data-testid="possible-duplicates">
          <Typography.Paragraph type="secondary">{t('exchange.check.possibleHelp')}</Typography.Paragraph>
          <PossibleDuplicates rows={preview.possibleDuplicates} />
        </Card>
      )}

      <Flex gap={8} wrap>
        <Button onClick={() => wizard.setStep(STEP.mapping)}>{t('exchange.nav.back')}</Button>
        <PickAgainButton onPick={(file) => void wizard.pickAgain(file)} />
        <Button type="primary" disabled={preview.validRows === 0 || blocked} onClick={() => void wizard.runImport()}>
          {t('exchange.check.runButton', { n: formatNumber(preview.validRows) })}
        </Button>
      </Flex>
      {preview.validRows === 0 && preview.dataRows > 0 && <Typography.Text type="secondary">{t('exchange.check.nothingToImport')}</Typography.Text>}
    </Flex>
  );
}
