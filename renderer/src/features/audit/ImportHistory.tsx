import { useCallback, useState } from 'react';
import { App, Button, Card, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRunView } from '@shared/audit/imports';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useLoad } from '../../components/useLoad';
import { formatTimestamp } from '../upward/timestamp';
import { PlainTable } from '../../components/PlainTable';

/** Lịch sử nhập: each committed import, and "Hoàn tác" to put back the data exactly as it was before it. */
export function ImportHistory() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);
  const { data, loading, reload } = useLoad(
    useCallback(() => call('imports:list', {}), []),
    [] as ImportRunView[],
  );
  const undo = async (run: ImportRunView) => {
    setBusy(run.id);
    try {
      const result = await call('imports:undo', { id: run.id });
      void message.success(t('audit.imports.undone', { file: run.file, removed: formatNumber(result.removed), restored: formatNumber(result.restored) }));
      await reload();
    } catch (error) {
      void message.error(errorText(error), 8);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card size="small" title={t('audit.imports.title')} data-testid="import-history">
      <PlainTable<ImportRunView>
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('audit.imports.none') }}
        columns={[
          { title: t('audit.when'), dataIndex: 'at', width: 150, render: (at: string) => formatTimestamp(at) },
          { title: t('audit.imports.kind'), dataIndex: 'kind', width: 150, render: (kind: string) => t(`exchange.kinds.${kind}`, { defaultValue: kind }) },
          { title: t('audit.imports.file'), dataIndex: 'file' },
          { title: t('audit.imports.imported'), dataIndex: 'imported', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
          { title: t('audit.imports.updated'), dataIndex: 'updated', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
          {
            key: 'undo',
            width: 150,
            render: (_, run) =>
              run.undoneAt ? (
                <Tag>{t('audit.imports.undoneAt', { date: formatTimestamp(run.undoneAt) })}</Tag>
              ) : (
                <Popconfirm
                  title={t('audit.imports.confirm', { file: run.file })}
                  okText={t('common.undo')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void undo(run)}
                >
                  <Button size="small" loading={busy === run.id}>
                    {t('common.undo')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
