import { Alert, Button, Flex, Form, Radio, Select, Spin, Typography, Upload } from 'antd';
import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@shared/exchange/import';
import { formatNumber } from '@shared/domain/format/number';
import { UnionPicker } from '../../components/UnionPicker';
import { STEP, type ImportWizard } from './useImportWizard';
import { TemplateButton } from './TemplateButton';

const KINDS: ImportKind[] = ['members', 'unions'];

/** Step 1: what to import, the file, its sheet and (members) the default grassroots union. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { kind, file, sheets, sheetIndex, inspection, fileError, busy } = wizard;
  const reading = busy === 'inspect';

  return (
    <Form layout="vertical" style={{ maxWidth: 760 }}>
      {KINDS.includes(kind) && (
        <Form.Item label={t('exchange.file.kindLabel')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            value={kind}
            onChange={(event) => void wizard.changeKind(event.target.value as ImportKind)}
            options={KINDS.map((value) => ({ value, label: t(`exchange.kinds.${value}`) }))}
          />
        </Form.Item>
      )}

      <Form.Item>
        <Upload.Dragger
          accept=".xlsx,.xls"
          multiple={false}
          showUploadList={false}
          beforeUpload={(chosen) => {
            void wizard.pickFile(chosen);
            return false;
          }}
          disabled={reading}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('exchange.file.drop')}</p>
          <p className="ant-upload-hint">{t('exchange.file.dropHint')}</p>
        </Upload.Dragger>
      </Form.Item>
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <TemplateButton kind={kind} />
        <Typography.Text type="secondary">{t('exchange.template.help')}</Typography.Text>
      </Flex>

      {reading && (
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Spin size="small" />
          <Typography.Text type="secondary">{t('exchange.file.reading')}</Typography.Text>
        </Flex>
      )}

      {file && !reading && (
        <Flex vertical gap={4} style={{ marginBottom: 16 }} data-testid="chosen-file">
          <Typography.Text>
            <FileExcelOutlined style={{ color: '#1d6f42', marginRight: 6 }} />
            <Typography.Text strong>{file.name}</Typography.Text>
          </Typography.Text>
          {inspection && inspection.headerRow !== null && (
            <Typography.Text type="secondary">
              {t('exchange.file.headerRow', {
                row: inspection.headerRow,
                sheet: sheets.find((s) => s.index === inspection.sheetIndex)?.name ?? '',
              })}
              {' · '}
              {t('exchange.file.columnsFound', { n: formatNumber(inspection.columns.length) })}
            </Typography.Text>
          )}
        </Flex>
      )}

      {fileError && <Alert type="error" showIcon title={fileError} style={{ marginBottom: 16 }} role="alert" />}

      {inspection && inspection.encoding !== 'unicode' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('exchange.file.oldEncoding', { encoding: t(`exchange.file.encodings.${inspection.encoding}`) })}
        />
      )}

      {sheets.length > 1 && (
        <Form.Item label={t('exchange.file.sheet')} htmlFor="import-sheet">
          <Select<number>
            id="import-sheet"
            style={{ maxWidth: 360 }}
            value={sheetIndex ?? undefined}
            disabled={reading}
            onChange={(index) => void wizard.changeSheet(index)}
            options={sheets.map((sheet) => ({
              value: sheet.index,
              label: t('exchange.file.sheetRows', { name: sheet.name, rows: formatNumber(sheet.rows) }),
            }))}
          />
        </Form.Item>
      )}

      {kind === 'members' && (
        <Form.Item label={t('exchange.file.defaultUnion')} extra={t('exchange.file.defaultUnionHelp')} htmlFor="import-default-union">
          <UnionPicker
            id="import-default-union"
            style={{ maxWidth: 480 }}
            value={wizard.defaultOrganizationId}
            placeholder={t('exchange.file.defaultUnionPlaceholder')}
            ariaLabel={t('exchange.file.defaultUnion')}
            onChange={(id) => wizard.chooseDefaultUnion(id)}
          />
        </Form.Item>
      )}

      <Button type="primary" disabled={!inspection || reading} onClick={() => wizard.setStep(STEP.mapping)}>
        {t('exchange.nav.next')}
      </Button>
    </Form>
  );
}
