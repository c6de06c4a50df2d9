import { useCallback, useEffect, useRef, useState, type CSSProperties, type Ref } from 'react';
import { App, Select, Spin, type RefSelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { morePopup } from './morePopup';
import type { UnionListItem } from '@shared/organizations/union';
import { call } from '../api/client';
import { errorText } from '../api/errorText';

/**
 * Search-as-you-type: the latest query wins, earlier answers are dropped, nothing is fetched
 * until the user stops typing for `delay` ms.
 */
export function useRemoteSearch<T>(fetch: (query: string) => Promise<{ items: T[]; total: number }>, delay: number) {
  const { message } = App.useApp();
  const [result, setResult] = useState<{ items: T[]; total: number; query: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const search = useCallback(
    (query: string) => {
      clearTimeout(timer.current);
      const ticket = ++latest.current;
      setLoading(true);
      timer.current = setTimeout(() => {
        fetch(query).then(
          (page) => {
            if (ticket !== latest.current) return;
            setResult({ ...page, query });
            setLoading(false);
          },
          (error: unknown) => {
            if (ticket !== latest.current) return;
            setLoading(false);
            void message.error(errorText(error));
          },
        );
      }, delay);
    },
    [fetch, delay, message],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { items: result?.items ?? [], total: result?.total ?? 0, searched: result !== null, loading, search };
}

export interface PickedUnion {
  id: number;
  code: string | null;
  name: string;
}

export const unionLabel = (union: PickedUnion) => (union.code ? `${union.code} — ${union.name}` : union.name);

const PAGE = 50;

/** Choose one of our CĐCS by typing part of its code or name; the value is its organization id. */
export function UnionPicker({
  value,
  onChange,
  id,
  ariaLabel,
  placeholder,
  status,
  disabled,
  allowClear = true,
  includeDissolved = false,
  style,
  ref,
}: {
  value: number | null | undefined;
  onChange(value: number | null, union: PickedUnion | null): void;
  /** For focus(): a form that puts the cursor here first. */
  ref?: Ref<RefSelectProps>;
  id?: string;
  ariaLabel?: string;
  placeholder?: string;
  status?: '' | 'error';
  disabled?: boolean;
  allowClear?: boolean;
  includeDissolved?: boolean;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const fetch = useCallback(
    (query: string) => call('unions:list', { search: query.trim() || undefined, includeDissolved, offset: 0, limit: PAGE }),
    [includeDissolved],
  );
  const { items, total, searched, loading, search } = useRemoteSearch<UnionListItem>(fetch, 150);
  const [picked, setPicked] = useState<PickedUnion | null>(null);

  // A value set from outside (a form's default, a saved filter): fetch its label once.
  useEffect(() => {
    if (value == null || picked?.id === value || items.some((u) => u.id === value)) return;
    let alive = true;
    call('unions:get', { id: value }).then(
      (union) => alive && setPicked({ id: union.id, code: union.code, name: union.name }),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [value, picked, items]);

  const options = items.map((union) => ({
    value: union.id,
    label: union.dissolvedOn ? `${unionLabel(union)} (${t('members.picker.dissolved')})` : unionLabel(union),
  }));
  if (picked && value === picked.id && !options.some((o) => o.value === picked.id)) {
    options.unshift({ value: picked.id, label: unionLabel(picked) });
  }

  return (
    <Select<number>
      ref={ref}
      id={id}
      aria-label={ariaLabel ?? placeholder ?? t('members.picker.union')}
      style={style}
      status={status}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('members.picker.union')}
      value={value ?? undefined}
      options={options}
      showSearch={{ filterOption: false, onSearch: search }}
      onOpenChange={(open) => {
        if (open && !searched) search('');
      }}
      onChange={(next) => {
        const union = items.find((u) => u.id === next) ?? (picked?.id === next ? picked : null);
        const result = union ? { id: union.id, code: union.code, name: union.name } : null;
        setPicked(result);
        onChange(next ?? null, result);
      }}
      loading={loading}
      notFoundContent={loading ? <Spin size="small" /> : t('members.picker.notFound')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320, maxWidth: 560 } } }}
      popupRender={morePopup(t, total, items.length)}
    />
  );
}
