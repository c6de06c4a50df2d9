import { App, Button, Flex, Result, Typography } from 'antd';
import { DownloadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportResult } from '@shared/exchange/import';
import { formatNumber } from '@shared/domain/format/number';
import { navigate } from '../../app/routes';
import { deliverFile, fileNameOf, isDesktop } from '../../api/files';
import { STEP, type ImportWizard } from './useImportWizard';
import { errorText } from '../../api/errorText';

/** "Đã nhập 1.234 đoàn viên, cập nhật 5, bỏ qua 3; 4 dòng lỗi" */
export function resultSummary(t: TFunction, kind: ImportKind, result: ImportResult): string {
  const rejectedRows = new Set(result.errors.map((error) => error.row)).size;
  return [
    t(`exchange.result.imported.${kind}`, { n: formatNumber(result.imported) }),
    result.updated > 0 ? t('exchange.result.updated', { n: formatNumber(result.updated) }) : '',
    result.skipped > 0 ? t('exchange.result.skipped', { n: formatNumber(result.skipped) }) : '',
    rejectedRows > 0 ? t('exchange.result.rejected', { n: formatNumber(rejectedRows) }) : '',
  ].join('');
}

/** The list the rows went to: members, CĐCS, the campaign (opened) or the scoring screen. */
function backToList(kind: ImportKind, targetId: number | undefined): void {
  if (kind === 'members' || kind === 'unions') navigate(kind);
  else if (kind === 'criteria') navigate('scoring');
  else navigate('campaigns', targetId ? { id: targetId } : undefined);
}

/** Step 4: what was imported, the rejected rows to fix, and where to go next. */
export function ResultStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { outcome, kind } = wizard;
  if (!outcome) return null;

  const another = (
    <Button key="another" onClick={wizard.reset} autoFocus={outcome.status === 'cancelled'}>
      {t('exchange.result.another')}
    </Button>
  );

  if (outcome.status === 'cancelled') {
    return (
      <Result
        status="warning"
        title={t('exchange.result.cancelled')}
        extra={[
          <Button key="back" type="primary" onClick={() => wizard.setStep(STEP.check)}>
            {t('exchange.result.backToCheck')}
          </Button>,
          another,
        ]}
      />
    );
  }

  const { result } = outcome;
  const rejectedFile = result.rejectedFile;
  const openRejected = () => {
    if (rejectedFile) deliverFile(rejectedFile).catch((error: unknown) => void message.error(errorText(error)));
  };
  return (
    <Result
      status={result.errors.length > 0 ? 'warning' : 'success'}
      title={<span data-testid="import-summary">{resultSummary(t, kind, result)}</span>}
      subTitle={
        <Flex vertical gap={4} align="center">
          {rejectedFile && <Typography.Text type="secondary">{t('exchange.result.rejectedHelp', { file: fileNameOf(rejectedFile) })}</Typography.Text>}
          {(result.warnings ?? []).map((warning) => (
            <Typography.Text key={warning} type="warning" data-testid="import-warning">
              {warning}
            </Typography.Text>
          ))}
        </Flex>
      }
      extra={
        <Flex vertical gap={12} align="center">
          {rejectedFile && (
            <Button icon={isDesktop() ? <FolderOpenOutlined /> : <DownloadOutlined />} onClick={openRejected}>
              {isDesktop() ? t('exchange.result.revealRejected') : t('exchange.result.downloadRejected')}
            </Button>
          )}
          <Flex gap={8} justify="center">
            <Button type="primary" autoFocus onClick={() => backToList(kind, wizard.targetId)}>
              {t(`exchange.result.viewList.${kind}`)}
            </Button>
            {another}
          </Flex>
        </Flex>
      }
    />
  );
}
