import { useState } from 'react';
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormFileProblem, FormStatusRow, FormsImportResult } from '@shared/grassrootsForms/model';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import { RecordChangesList } from './RecordChangesList';

/** What a drop gave: the counts, each problem by file, row and column, and the files whose CĐCS the user picks. */
export function ImportResultPanel({
  result,
  unions,
  onImportPicked,
}: {
  result: FormsImportResult;
  unions: FormStatusRow[];
  onImportPicked(assignments: { file: string; organizationId: number }[]): void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Record<string, number>>({});
  const chosen = Object.entries(picked).map(([file, organizationId]) => ({ file, organizationId }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="forms-import-result">
      <Alert type={result.skipped > 0 ? 'warning' : 'success'} message={t('forms.imported', { imported: result.imported, updated: result.updated, skipped: result.skipped })} />
      <RecordChangesList changes={result.changes} />
      {result.unmatched.length > 0 && (
        <>
          <Typography.Text strong>{t('forms.unmatchedTitle')}</Typography.Text>
          <Typography.Text type="secondary">{t('forms.unmatchedHelp')}</Typography.Text>
          <Table
            size="small"
            pagination={false}
            rowKey="file"
            dataSource={result.unmatched}
            columns={[
              { title: t('forms.file'), dataIndex: 'file' },
              { title: t('forms.reportingUnit'), dataIndex: 'reportingUnit' },
              {
                title: t('forms.pickUnion'),
                width: 320,
                render: (_, row) => (
                  <Select
                    showSearch={FOLDED_SEARCH}
                    style={{ width: '100%' }}
                    placeholder={t('forms.pickUnion')}
                    value={picked[row.file]}
                    onChange={(id: number) => setPicked((p) => ({ ...p, [row.file]: id }))}
                    options={unions.map((u) => ({ value: u.organizationId, label: `${u.unionCode} ${u.unionName}` }))}
                  />
                ),
              },
            ]}
          />
          <Button disabled={chosen.length === 0} onClick={() => onImportPicked(chosen)}>
            {t('forms.importPicked')}
          </Button>
        </>
      )}
      {result.errors.length > 0 && (
        <Table<FormFileProblem>
          size="small"
          pagination={false}
          title={() => t('forms.problems')}
          rowKey={(p) => `${p.file}|${p.row}|${p.message}`}
          dataSource={result.errors}
          columns={[
            { title: t('forms.file'), dataIndex: 'file', width: 220 },
            { title: t('forms.row'), dataIndex: 'row', width: 70, render: (row: number) => (row > 0 ? row : '') },
            { title: t('forms.column'), dataIndex: 'column', width: 110 },
            { title: t('forms.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
