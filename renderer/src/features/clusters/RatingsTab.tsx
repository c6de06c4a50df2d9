import { useCallback, useEffect, useState } from 'react';
import { App, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore, UNION_RATINGS, type UnionRating } from '@shared/clusters/bands';
import type { UnionRatingRow } from '@shared/clusters/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import { errorText } from '../../api/errorText';
import { useWorkingYear } from '../../components/useWorkingYear';
import { LEGACY_RATING_YEAR } from '@shared/statistics/catalogue';

type Filter = UnionRating | 'none' | undefined;

/** Xếp loại CĐCS: the year's CĐCS with their rating (from scoring or typed by hand), paged through SQL. */
export function RatingsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useWorkingYear();
  const [search, setSearch] = useState('');
  const [rating, setRating] = useState<Filter>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [data, setData] = useState<{ total: number; items: UnionRatingRow[] } | null>(null);
  const query = useDebounced(search);

  const load = useCallback(async () => {
    try {
      setData(await call('unionRatings:list', { year, search: query || undefined, rating, offset: (paging.page - 1) * paging.pageSize, limit: paging.pageSize }));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [year, query, rating, paging, message]);
  useEffect(() => void load(), [load]);

  const set = async (row: UnionRatingRow, next: UnionRating | null) => {
    try {
      const saved = await call('unionRatings:set', { organizationId: row.organizationId, year, rating: next });
      setData((d) => (d ? { ...d, items: d.items.map((r) => (r.organizationId === row.organizationId ? saved : r)) } : d));
      message.success(t('clusters.ratings.saved', { name: row.name }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  // "Vững mạnh" names the top level only for years rated before the 2019 guidance.
  const ratingOptions = UNION_RATINGS.map((r) => ({ value: r, label: t(r === 'strong' && year <= LEGACY_RATING_YEAR ? 'clusters.rating.strongLegacy' : `clusters.rating.${r}`) }));
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <InputNumber<number> aria-label={t('clusters.year')} prefix={t('clusters.year')} min={1900} max={2200} value={year} onChange={(v) => v && setYear(v)} style={{ width: 130 }} />
        <Input.Search allowClear style={{ width: 320 }} aria-label={t('clusters.ratings.search')} placeholder={t('clusters.ratings.search')} value={search} onChange={(e) => { setSearch(e.target.value); setPaging((p) => ({ ...p, page: 1 })); }} />
        <Select<Filter> allowClear style={{ width: 240 }} aria-label={t('clusters.ratings.filter')} placeholder={t('clusters.ratings.filter')} value={rating} onChange={(v) => { setRating(v); setPaging((p) => ({ ...p, page: 1 })); }} options={[...ratingOptions, { value: 'none', label: t('clusters.rating.none') }]} />
        <Typography.Text type="secondary">{t('clusters.ratings.help')}</Typography.Text>
      </Flex>
      <Table<UnionRatingRow>
        size="small"
        rowKey="organizationId"
        loading={data === null}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('clusters.ratings.empty') }}
        pagination={{ current: paging.page, pageSize: paging.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => formatNumber(n), onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
        columns={[
          { title: t('clusters.ratings.code'), dataIndex: 'code', width: 90 },
          { title: t('clusters.ratings.union'), dataIndex: 'name' },
          {
            title: t('clusters.ratings.rating', { year }),
            width: 250,
            render: (_, row) => (
              <Select<UnionRating>
                size="small"
                allowClear
                style={{ width: 235 }}
                aria-label={`${t('clusters.ratings.rating', { year })} ${row.name}`}
                placeholder={t('clusters.rating.none')}
                value={(row.rating as UnionRating | null) ?? undefined}
                onChange={(v) => void set(row, v ?? null)}
                options={ratingOptions}
              />
            ),
          },
          {
            title: t('clusters.ratings.source'),
            width: 340,
            render: (_, row) =>
              row.source === 'scoring'
                ? t('clusters.ratings.sourceScoring', { sheet: row.sheetName ?? '', points: formatScore(row.points) })
                : row.source === 'manual'
                  ? t('clusters.ratings.sourceManual')
                  : '',
          },
        ]}
      />
    </Flex>
  );
}
