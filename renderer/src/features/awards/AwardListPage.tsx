import { useCallback, useEffect, useState } from 'react';
import { App, Button, Empty, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AWARD_ISSUER_LEVELS, type AwardListFilter, type AwardListItem, type AwardListPage as Page } from '@shared/awards/awardList';
import type { ProposalOptions } from '@shared/proposals/model';
import { formatDateVi } from '@shared/domain/format/date';
import { formatMoney, formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { saveExport } from '../../api/files';
import { UnionPicker } from '../../components/UnionPicker';
import { useDebounced } from '../../components/useDebounced';
import { useJobRunner } from '../../components/useJobRunner';
import { useFollowWorkingYear } from '../../components/useWorkingYear';
import { useAppStore } from '../../stores/appStore';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import { errorText } from '../../api/errorText';

const EMPTY: Page = { total: 0, items: [], totals: [], amount: 0 };

/** Danh sách khen thưởng: the awards of a year, filtered, with totals of money by issuer and form. */
export function AwardListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const workingYear = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();
  const [filter, setFilter] = useState<AwardListFilter>({ year: workingYear });
  useFollowWorkingYear((year) => setFilter((current) => ({ ...current, year })));
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [data, setData] = useState<Page>(EMPTY);
  const [loading, setLoading] = useState(true);
  const [kinds, setKinds] = useState<ProposalOptions['kinds']>([]);
  const { run, modal } = useJobRunner();
  const query = useDebounced(search.trim());
  const fullFilter: AwardListFilter = { ...filter, ...(query ? { search: query } : {}) };
  const filterKey = JSON.stringify(fullFilter);

  useEffect(() => {
    call('proposals:options', { year: filter.year }).then(
      (o) => setKinds(o.kinds),
      () => undefined,
    );
  }, [filter.year]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await call('awardList:page', { filter: JSON.parse(filterKey) as AwardListFilter, offset: (paging.page - 1) * paging.pageSize, limit: paging.pageSize }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [filterKey, paging, message]);
  useEffect(() => void load(), [load]);

  const change = (patch: Partial<AwardListFilter>) => {
    setFilter((f) => {
      const next = { ...f, ...patch } as Record<string, unknown>;
      for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === null) delete next[key];
      return next as AwardListFilter;
    });
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const exportList = async () => {
    try {
      await saveExport(
        `${t('awards.awardList.fileName')}-${filter.year}`,
        'xlsx',
        (where) => run((jobId) => call('awardList:export', { filter: fullFilter, jobId, ...where })),
        (result) => void message.success(t('awards.awardList.exported', { rows: formatNumber(result.rows), file: result.file })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const kindOptions = (category: 'form' | 'title') => kinds.filter((k) => k.category === category).map((k) => ({ value: k.id, label: k.name }));
  const filtered = Object.keys(fullFilter).length > 1;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('awards.awardList.title', { year: filter.year })}
        </Typography.Title>
        <Button icon={<FileExcelOutlined />} onClick={() => void exportList()} disabled={data.total === 0}>
          {t('awards.awardList.export')}
        </Button>
      </Flex>
      <Flex gap={8} wrap align="center">
        <InputNumber aria-label={t('awards.awardList.year')} min={2000} max={2100} value={filter.year} onChange={(v) => v && change({ year: v })} style={{ width: 90 }} />
        <Select allowClear aria-label={t('awards.awardList.issuer')} placeholder={t('awards.awardList.issuer')} style={{ width: 190 }} value={filter.issuerLevel} onChange={(v) => change({ issuerLevel: v })}
          options={AWARD_ISSUER_LEVELS.map((l) => ({ value: l, label: t(`proposals.level.${l}`) }))} />
        <Select allowClear showSearch={FOLDED_SEARCH} aria-label={t('awards.awardList.form')} placeholder={t('awards.awardList.form')} style={{ width: 240 }} value={filter.formKindId} onChange={(v) => change({ formKindId: v })} options={kindOptions('form')} />
        <Select allowClear showSearch={FOLDED_SEARCH} aria-label={t('awards.awardList.title_')} placeholder={t('awards.awardList.title_')} style={{ width: 220 }} value={filter.titleKindId} onChange={(v) => change({ titleKindId: v })} options={kindOptions('title')} />
        <Select allowClear aria-label={t('awards.awardList.recipientKind')} placeholder={t('awards.awardList.recipientKind')} style={{ width: 150 }} value={filter.recipientKind} onChange={(v) => change({ recipientKind: v })}
          options={(['individual', 'collective'] as const).map((k) => ({ value: k, label: t(`proposals.kind.${k}`) }))} />
        <UnionPicker value={filter.organizationId} onChange={(v) => change({ organizationId: v ?? undefined })} placeholder={t('awards.awardList.union')} style={{ width: 260 }} />
        <Input.Search allowClear aria-label={t('awards.awardList.search')} placeholder={t('awards.awardList.search')} style={{ width: 260 }} value={search} onChange={(e) => { setSearch(e.target.value); setPaging((p) => ({ ...p, page: 1 })); }} />
      </Flex>
      {!loading && data.total === 0 ? (
        <Empty description={filtered ? t('awards.awardList.noMatch') : t('awards.awardList.empty', { year: filter.year })} />
      ) : (
        <>
          <Table<AwardListItem>
            size="small"
            rowKey="id"
            loading={loading}
            dataSource={data.items}
            pagination={{ current: paging.page, pageSize: paging.pageSize, total: data.total, showSizeChanger: true, pageSizeOptions: [50, 100, 200], onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
            columns={[
              { title: 'TT', key: 'tt', width: 50, render: (_, __, i) => (paging.page - 1) * paging.pageSize + i + 1 },
              { title: t('awards.awardList.recipient'), key: 'name', render: (_, r) => (<><div>{r.recipientName}</div><Typography.Text type="secondary">{r.recipientUnit || (r.recipientKind === 'individual' ? r.organizationName : '')}</Typography.Text></>) },
              { title: t('awards.awardList.recipientKind'), key: 'kind', width: 90, render: (_, r) => t(`proposals.kind.${r.recipientKind}`) },
              { title: t('awards.history.kind'), key: 'form', render: (_, r) => [r.formName, r.titleName].filter(Boolean).join(' · ') },
              { title: t('awards.history.achievement'), dataIndex: 'achievement', ellipsis: true },
              { title: t('awards.awardList.issuer'), key: 'issuer', width: 180, render: (_, r) => r.issuerName || t(`proposals.level.${r.issuerLevel}`) },
              { title: t('awards.awardList.decision'), key: 'decision', width: 150, render: (_, r) => `${r.decisionNumber} · ${formatDateVi(r.decidedOn)}` },
              { title: t('awards.awardList.amount'), key: 'amount', width: 120, align: 'right', render: (_, r) => formatMoney(r.amount) },
            ]}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('awards.awardList.totals')}
          </Typography.Title>
          <Table
            size="small"
            data-testid="award-totals"
            rowKey={(r) => `${r.issuerLevel}|${r.kindName}`}
            dataSource={data.totals}
            pagination={false}
            style={{ maxWidth: 820 }}
            columns={[
              { title: t('awards.awardList.issuer'), key: 'issuer', render: (_, r) => t(`proposals.level.${r.issuerLevel}`) },
              { title: t('awards.history.kind'), dataIndex: 'kindName' },
              { title: t('awards.awardList.count'), key: 'count', align: 'right', width: 100, render: (_, r) => formatNumber(r.count) },
              { title: t('awards.awardList.amount'), key: 'amount', align: 'right', width: 150, render: (_, r) => formatMoney(r.amount) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  <Typography.Text strong>{t('awards.awardList.total', { count: formatNumber(data.total), amount: formatMoney(data.amount) })}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </>
      )}
      {modal}
    </Flex>
  );
}
