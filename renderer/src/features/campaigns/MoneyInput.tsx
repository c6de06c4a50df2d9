import { InputNumber } from 'antd';
import { formatNumber } from '@shared/domain/format/number';

/** An amount of đồng typed with or without the '.' thousands separators: 564.000.000. */
export function MoneyInput({ value, onChange, id, ...rest }: { value?: number | null; onChange?(value: number | null): void; id?: string; 'aria-label'?: string }) {
  return (
    <InputNumber<number>
      id={id}
      aria-label={rest['aria-label']}
      style={{ width: '100%' }}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      formatter={(v) => (v === undefined || v === null || String(v) === '' ? '' : formatNumber(Number(v)))}
      parser={(text) => Number((text ?? '').replace(/[.\s đ]/g, '').replace(',', '.')) || 0}
      suffix="đ"
    />
  );
}
