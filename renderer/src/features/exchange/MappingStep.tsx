import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportInspection } from '@shared/exchange/import';
import { UnionPicker } from '../../components/UnionPicker';
import { columnLetter, samplesText, sharingFields, withColumn } from './mapping';
import { STEP, type ImportWizard } from './useImportWizard';
import { foldedMatch } from '@shared/domain/text/foldedMatch';

type Field = ImportInspection['fields'][number];
type ColumnOption = { value: number; label: string; samples: string };

/** The value of "(không nhập)" in the column selects. */
const SKIP = -1;

/** Typing finds a column by its title, letter or samples, with or without diacritics. */
const matches = (input: string, option: ColumnOption | undefined) => option !== undefined && foldedMatch(`${option.label} ${option.samples}`, input);

/** Step 2: one row per field, with the file column that holds it. */
export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { inspection, mapping, mappingError } = wizard;
  if (!inspection) return null;

  const columnOptions: ColumnOption[] = [
    { value: SKIP, label: t('exchange.mapping.skip'), samples: '' },
    ...inspection.columns.map((column) => ({
      value: column.index,
      label: t('exchange.mapping.columnOption', { letter: columnLetter(column.index), label: column.label }),
      samples: samplesText(column),
    })),
  ];
  const missing = new Set(mappingError ? inspection.fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.key) : []);
  const showUnionPicker = inspection.kind === 'members' && mapping.union === undefined;
  const sheetName = inspection.sheets.find((s) => s.index === inspection.sheetIndex)?.name ?? '';

  return (
    <Flex vertical gap={12}>
      <Typography.Text>{t('exchange.mapping.intro')}</Typography.Text>
      {inspection.headerRow !== null && (
        <Typography.Text type="secondary" data-testid="header-row">
          {t('exchange.file.headerRow', { row: inspection.headerRow, sheet: sheetName })}
        </Typography.Text>
      )}
      <Table<Field>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={inspection.fields}
        columns={[
          {
            title: t('exchange.mapping.field'),
            key: 'field',
            width: 230,
            render: (_, field) => (
              <span>
                {field.label}
                {field.required && (
                  <Typography.Text type="danger" title={t('exchange.mapping.requiredMark')} aria-label={t('exchange.mapping.requiredMark')}>
                    {' *'}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: t('exchange.mapping.column'),
            key: 'column',
            width: 300,
            render: (_, field) => {
              const shared = sharingFields(inspection.fields, mapping, field.key);
              return (
                <Flex vertical gap={2}>
                  <Select<number, ColumnOption>
                    style={{ width: '100%' }}
                    aria-label={t('exchange.mapping.columnLabel', { field: field.label })}
                    data-field={field.key}
                    status={missing.has(field.key) ? 'error' : ''}
                    value={mapping[field.key] ?? SKIP}
                    options={columnOptions}
                    showSearch={{ filterOption: (input, option) => matches(input, option) }}
                    popupMatchSelectWidth={false}
                    styles={{ popup: { root: { minWidth: 300, maxWidth: 520 } } }}
                    optionRender={(option) => (
                      <Flex vertical>
                        <span>{option.data.label}</span>
                        {option.data.samples && (
                          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                            {option.data.samples}
                          </Typography.Text>
                        )}
                      </Flex>
                    )}
                    onChange={(value) => wizard.setMapping(withColumn(mapping, field.key, value === SKIP ? null : value))}
                  />
                  {shared.length > 0 && (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {t('exchange.mapping.sharedColumn', { fields: shared.join(', ') })}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          {
            title: t('exchange.mapping.samples'),
            key: 'samples',
            ellipsis: true,
            render: (_, field) => {
              const column = inspection.columns.find((c) => c.index === mapping[field.key]);
              return <Typography.Text type="secondary">{samplesText(column)}</Typography.Text>;
            },
          },
        ]}
      />

      {showUnionPicker && (
        <Alert
          type={wizard.defaultOrganizationId === null ? 'warning' : 'info'}
          showIcon
          title={t('exchange.mapping.noUnionColumn')}
          description={
            <UnionPicker
              style={{ width: 420, maxWidth: '100%' }}
              value={wizard.defaultOrganizationId}
              placeholder={t('exchange.file.defaultUnionPlaceholder')}
              ariaLabel={t('exchange.file.defaultUnion')}
              onChange={(id) => wizard.chooseDefaultUnion(id)}
            />
          }
        />
      )}

      {mappingError && <Alert type="error" showIcon role="alert" title={mappingError} data-testid="mapping-error" />}

      <Flex gap={8}>
        <Button onClick={() => wizard.setStep(STEP.file)}>{t('exchange.nav.back')}</Button>
        <Button type="primary" loading={wizard.busy === 'preview'} onClick={() => void wizard.toCheck()}>
          {t('exchange.nav.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
