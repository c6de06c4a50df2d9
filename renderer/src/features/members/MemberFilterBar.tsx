import { Button, Flex, Input, InputNumber, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, SEXES, UNION_POSITIONS } from '@shared/members/model';
import { UnionPicker } from '../../components/UnionPicker';
import { DEFAULT_FILTERS, hasCustomFilters, type MemberFilters } from './filters';

/** Search box and filters above the members grid; every change is reported at once. */
export function MemberFilterBar({
  value,
  onChange,
  onArrowDown,
}: {
  value: MemberFilters;
  onChange(next: MemberFilters): void;
  /** ↓ in the search box: go down into the list. */
  onArrowDown?(): void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof MemberFilters>(key: K, next: MemberFilters[K]) => onChange({ ...value, [key]: next });
  const number = (next: number | string | null) => (typeof next === 'number' && Number.isFinite(next) ? next : null);

  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('members.filters.label')}>
      <Input
        allowClear
        autoFocus
        prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />}
        style={{ flex: '1 1 400px', maxWidth: 520 }}
        placeholder={t('members.filters.search')}
        aria-label={t('members.filters.search')}
        value={value.search}
        onChange={(event) => set('search', event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && onArrowDown) {
            event.preventDefault();
            onArrowDown();
          }
        }}
      />
      <UnionPicker
        style={{ width: 240 }}
        placeholder={t('members.filters.union')}
        ariaLabel={t('members.filters.union')}
        includeDissolved
        value={value.organizationId}
        onChange={(id) => set('organizationId', id)}
      />
      <Select
        style={{ width: 100 }}
        allowClear
        placeholder={t('members.filters.sex')}
        aria-label={t('members.filters.sex')}
        value={value.sex ?? undefined}
        options={SEXES.map((sex) => ({ value: sex, label: t(`members.sex.${sex}`) }))}
        onChange={(next) => set('sex', next ?? null)}
      />
      <Select
        style={{ width: 140 }}
        allowClear
        placeholder={t('members.filters.status')}
        aria-label={t('members.columns.status')}
        value={value.status ?? undefined}
        options={MEMBER_STATUSES.map((status) => ({ value: status, label: t(`members.status.${status}`) }))}
        onChange={(next) => set('status', next ?? null)}
      />
      <Space.Compact>
        <InputNumber
          style={{ width: 82 }}
          min={0}
          max={120}
          precision={0}
          placeholder={t('members.filters.ageFrom')}
          aria-label={t('members.filters.ageFrom')}
          value={value.ageFrom}
          onChange={(next) => set('ageFrom', number(next))}
        />
        <InputNumber
          style={{ width: 64 }}
          min={0}
          max={120}
          precision={0}
          placeholder={t('members.filters.ageTo')}
          aria-label={`${t('members.filters.ageFrom')} … ${t('members.filters.ageTo')}`}
          value={value.ageTo}
          onChange={(next) => set('ageTo', number(next))}
        />
      </Space.Compact>
      <InputNumber
        style={{ width: 112 }}
        precision={0}
        controls={false}
        placeholder={t('members.filters.joinYear')}
        aria-label={t('members.filters.joinYear')}
        value={value.joinYear}
        onChange={(next) => set('joinYear', number(next))}
      />
      <Select
        style={{ width: 150 }}
        allowClear
        placeholder={t('members.filters.position')}
        aria-label={t('members.filters.position')}
        value={value.position ?? undefined}
        options={UNION_POSITIONS.map((position) => ({ value: position, label: t(`members.position.${position}`) }))}
        popupMatchSelectWidth={false}
        onChange={(next) => set('position', next ?? null)}
      />
      {hasCustomFilters(value) && (
        <Button type="link" size="small" onClick={() => onChange(DEFAULT_FILTERS)}>
          {t('members.filters.clear')}
        </Button>
      )}
    </Flex>
  );
}
