import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { MoneyInput } from '../../../renderer/src/components/MoneyInput';
import { renderInApp, setupI18n } from '../members/harness';

function Harness({ initial, onChange }: { initial: number | null; onChange(value: number | null): void }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <MoneyInput
      id="amount"
      aria-label="Giá trị"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Giá trị');

describe('MoneyInput', () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('empties to nothing (null, not 0), then groups a typed amount with dots', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial={2_000_000} onChange={onChange} />);
    expect(field().value).toBe('2.000.000');
    fireEvent.change(field(), { target: { value: '' } });
    expect(field().value).toBe('');
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.change(field(), { target: { value: '120000000' } });
    expect(field().value).toBe('120.000.000');
    expect(onChange).toHaveBeenLastCalledWith(120_000_000);
  });

  it('understands 1.500.000, 1,5 tỷ, 2 triệu and 500 nghìn', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial={null} onChange={onChange} />);
    for (const [text, value] of [['1.500.000', 1_500_000], ['1,5 tỷ', 1_500_000_000], ['2 triệu', 2_000_000], ['500 nghìn', 500_000]] as const) {
      fireEvent.change(field(), { target: { value: text } });
      expect(onChange).toHaveBeenLastCalledWith(value);
      expect(screen.queryByRole('alert')).toBeNull();
    }
  });

  it('refuses 1,500,000 and letters with a message under the field, never sending 0', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial={300_000} onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '1,500,000' } });
    expect(field().value).toBe('1,500,000');
    expect(screen.getByRole('alert').textContent).toContain('Dùng dấu chấm để phân nhóm nghìn');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field(), { target: { value: 'một triệu' } });
    expect(screen.getByRole('alert').textContent).toContain('Số tiền chưa đúng');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(field(), { target: { value: '1.500.000' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith(1_500_000);
  });

  it('keeps the caret after the digit just typed in the middle of the amount', () => {
    renderInApp(<Harness initial={1_200_000} onChange={() => undefined} />);
    field().focus();
    // "1.200.000" with a 5 typed after the 2
    fireEvent.change(field(), { target: { value: '1.2500.000', selectionStart: 4, selectionEnd: 4 } });
    expect(field().value).toBe('12.500.000');
    expect(field().selectionStart).toBe(4);
  });
});
