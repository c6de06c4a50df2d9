import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupTypedMoney, parseTypedMoney, showTypedMoney } from '@shared/domain/money/typedMoney';
import { EntryInput } from './EntryInput';

export interface MoneyInputProps {
  value?: number | null;
  onChange?(value: number | null): void;
  id?: string;
  'aria-label'?: string;
  ariaLabel?: string;
  status?: '' | 'error';
  disabled?: boolean;
  size?: 'small' | 'middle' | 'large';
  style?: React.CSSProperties;
}

/**
 * An amount of whole đồng as a clerk types it: empty stays empty (null), dots group thousands
 * while typing, "1,5 tỷ" / "2 triệu" / "500 nghìn" are understood, and anything else stays on
 * screen with a message under the field; the value is only sent on when it is understood.
 */
export function MoneyInput({ value, onChange, id, ariaLabel, status, disabled, size, style, ...rest }: MoneyInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => showTypedMoney(value));
  const [error, setError] = useState<string | null>(null);
  const sent = useRef<number | null | undefined>(value);
  const input = useRef<InputRef>(null);
  const caret = useRef<number | null>(null);

  if (value !== sent.current) {
    // A new value from outside (another row, a reset): show it.
    sent.current = value;
    setText(showTypedMoney(value));
    setError(null);
  }

  useLayoutEffect(() => {
    const element = input.current?.input;
    if (caret.current === null || !element || document.activeElement !== element) return;
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [text]);

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const grouped = groupTypedMoney(event.target.value, event.target.selectionStart ?? event.target.value.length);
    caret.current = grouped.caret;
    setText(grouped.text);
    const parsed = parseTypedMoney(grouped.text);
    if (!parsed.ok) {
      setError(t(`inputs.money.${parsed.error}`));
      return;
    }
    setError(null);
    sent.current = parsed.value;
    onChange?.(parsed.value);
  };

  const label = rest['aria-label'] ?? ariaLabel;
  return (
    <EntryInput
      ref={input}
      id={id}
      aria-label={label}
      invalid={error !== null}
      message={error}
      inputMode="decimal"
      value={text}
      onChange={change}
      status={status}
      disabled={disabled}
      size={size}
      suffix="đ"
      style={{ width: '100%', ...style }}
    />
  );
}
