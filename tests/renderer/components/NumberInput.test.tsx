import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { NumberInput } from '../../../renderer/src/components/NumberInput';
import { renderInApp, setupI18n } from '../members/harness';

function Harness({ initial, integer, onChange }: { initial: number | null; integer?: boolean; onChange(value: number | null): void }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <NumberInput
      id="count"
      ariaLabel="Số lượng"
      integer={integer}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Số lượng');

describe('NumberInput (counts)', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('refuses letters with a message under the field and keeps them on screen, never sending 0', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial={12} onChange={onChange} />);
    fireEvent.change(field(), { target: { value: 'abc' } });
    expect(field().value).toBe('abc');
    expect(screen.getByRole('alert').textContent).toBe('Chỉ gõ số, ví dụ 1.234 hoặc 12,5.');
    expect(field().getAttribute('data-invalid-entry')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(field());
    expect(field().value).toBe('abc');
  });

  it('empties to nothing (null, not 0), and reads 1.234 and 12,5 the Vietnamese way', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial={31} onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.blur(field());
    expect(field().value).toBe('');
    fireEvent.change(field(), { target: { value: '1234' } });
    expect(onChange).toHaveBeenLastCalledWith(1234);
    fireEvent.blur(field());
    expect(field().value).toBe('1.234');
    fireEvent.change(field(), { target: { value: '12,5' } });
    expect(onChange).toHaveBeenLastCalledWith(12.5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a negative number, and a fraction where a whole count is asked', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial={null} integer onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '-3' } });
    expect(screen.getByRole('alert').textContent).toBe('Số không được âm.');
    fireEvent.change(field(), { target: { value: '2,5' } });
    expect(screen.getByRole('alert').textContent).toBe('Gõ số nguyên, không có phần lẻ.');
    expect(onChange).not.toHaveBeenCalled();
  });
});
