import { InputNumber } from 'antd';
import { formatNumber, parseVietnameseNumber } from '@shared/domain/format/number';

/** Half-typed text ('1.23' on the way to '1.234') still gives a number. */
function parse(text: string | undefined): number {
  const exact = parseVietnameseNumber(text ?? '');
  if (exact !== null) return exact;
  const loose = Number((text ?? '').replace(/[.\s]/g, '').replace(',', '.'));
  return Number.isFinite(loose) ? loose : 0;
}

/** A number typed the Vietnamese way (1.234.567 or 12,5); the value is a number or null. */
export function NumberInput({
  value,
  onChange,
  id,
  ariaLabel,
  status,
  integer,
  onPressEnter,
}: {
  value: number | null | undefined;
  onChange(value: number | null): void;
  id?: string;
  ariaLabel?: string;
  status?: '' | 'error';
  integer?: boolean;
  onPressEnter?(): void;
}) {
  return (
    <InputNumber<number>
      id={id}
      aria-label={ariaLabel}
      status={status}
      style={{ width: '100%' }}
      min={0}
      precision={integer ? 0 : undefined}
      value={value ?? null}
      onChange={(v) => onChange(v ?? null)}
      onPressEnter={onPressEnter}
      formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : formatNumber(Number(v)))}
      parser={parse}
    />
  );
}
