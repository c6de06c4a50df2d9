import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseVietnameseNumber } from '@shared/domain/format/number';
import { EntryInput } from './EntryInput';

type Reading = { ok: true; value: number | null } | { ok: false; error: 'notANumber' | 'negative' | 'fraction' };

/** What a typed count says: empty is null, 1.234 and 12,5 are numbers, anything else is refused. */
export function readTypedNumber(text: string, integer: boolean): Reading {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseVietnameseNumber(text);
  if (value === null) return { ok: false, error: 'notANumber' };
  if (value < 0) return { ok: false, error: 'negative' };
  if (integer && !Number.isInteger(value)) return { ok: false, error: 'fraction' };
  return { ok: true, value };
}

const show = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(value));

/**
 * A count or figure typed the Vietnamese way (1.234.567 or 12,5): empty stays empty (null), and
 * letters or a negative number stay on screen with a message under the field, never turned into 0.
 */
export function NumberInput({
  value,
  onChange,
  id,
  ariaLabel,
  status,
  integer = false,
  style,
}: {
  value: number | null | undefined;
  onChange(value: number | null): void;
  id?: string;
  ariaLabel?: string;
  status?: '' | 'error';
  integer?: boolean;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => show(value));
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null | undefined>(value);

  if (value !== sent) {
    // A new value from outside (another row, a reset): show it.
    setSent(value);
    setText(show(value));
    setError(null);
  }

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const reading = readTypedNumber(event.target.value, integer);
    if (!reading.ok) {
      setError(t(`inputs.number.${reading.error}`));
      return;
    }
    setError(null);
    setSent(reading.value);
    onChange(reading.value);
  };

  return (
    <EntryInput
      id={id}
      aria-label={ariaLabel}
      invalid={error !== null}
      message={error}
      inputMode="decimal"
      value={text}
      onChange={change}
      onBlur={() => error === null && setText(show(sent))}
      status={status}
      style={{ width: '100%', ...style }}
    />
  );
}
