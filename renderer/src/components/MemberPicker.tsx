import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { morePopup } from './morePopup';
import type { MemberListItem } from '@shared/members/model';
import { formatDateVi, isValidIsoDate } from '@shared/domain/format/date';
import { call } from '../api/client';
import { useRemoteSearch } from './UnionPicker';

/** A birth date as stored: 'YYYY-MM-DD' → dd/mm/yyyy; a bare year 'YYYY' stays as it is. */
export function formatBirthDate(value: string | null | undefined): string {
  if (!value) return '';
  return isValidIsoDate(value) ? formatDateVi(value) : value;
}

export interface PickedMember {
  id: number;
  fullName: string;
  birthDate: string | null;
  unionName: string;
}

const LIMIT = 20;

/** Choose a member by typing part of a name (accents optional), CCCD, card number or phone. */
export function MemberPicker({
  value,
  onChange,
  organizationId,
  id,
  ariaLabel,
  placeholder,
  status,
  disabled,
  style,
}: {
  value: number | null | undefined;
  onChange(value: number | null, member: PickedMember | null): void;
  /** Only members of this CĐCS. */
  organizationId?: number;
  id?: string;
  ariaLabel?: string;
  placeholder?: string;
  status?: '' | 'error';
  disabled?: boolean;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const fetch = useCallback(
    (query: string) => call('members:search', { query: query.trim(), limit: LIMIT, ...(organizationId ? { organizationId } : {}) }),
    [organizationId],
  );
  const { items, total, searched, loading, search } = useRemoteSearch<MemberListItem>(fetch, 150);
  const [picked, setPicked] = useState<PickedMember | null>(null);

  useEffect(() => {
    if (value == null || picked?.id === value || items.some((m) => m.id === value)) return;
    let alive = true;
    call('members:get', { id: value }).then(
      ({ member }) =>
        alive && setPicked({ id: member.id, fullName: member.fullName, birthDate: member.birthDate, unionName: member.organizationName }),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [value, picked, items]);

  const rows: PickedMember[] = items.map((m) => ({ id: m.id, fullName: m.fullName, birthDate: m.birthDate, unionName: m.unionName }));
  if (picked && value === picked.id && !rows.some((m) => m.id === picked.id)) rows.unshift(picked);
  const byId = new Map(rows.map((m) => [m.id, m]));

  return (
    <Select<number>
      id={id}
      aria-label={ariaLabel ?? placeholder ?? t('members.picker.member')}
      style={style}
      status={status}
      disabled={disabled}
      allowClear
      placeholder={placeholder ?? t('members.picker.member')}
      value={value ?? undefined}
      options={rows.map((m) => ({ value: m.id, label: m.fullName }))}
      showSearch={{ filterOption: false, onSearch: search }}
      optionRender={(option) => {
        const member = byId.get(option.value as number);
        if (!member) return option.label;
        return (
          <Flex justify="space-between" gap={12}>
            <span>
              <Typography.Text strong>{member.fullName}</Typography.Text>
              {member.birthDate && <Typography.Text type="secondary"> · {formatBirthDate(member.birthDate)}</Typography.Text>}
            </span>
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
              {member.unionName}
            </Typography.Text>
          </Flex>
        );
      }}
      onChange={(next) => {
        const member = next == null ? null : (byId.get(next) ?? null);
        setPicked(member);
        onChange(next ?? null, member);
      }}
      loading={loading}
      notFoundContent={loading ? <Spin size="small" /> : searched ? t('members.picker.notFound') : t('members.picker.typeToSearch')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 420, maxWidth: 640 } } }}
      popupRender={morePopup(t, total, items.length)}
    />
  );
}
