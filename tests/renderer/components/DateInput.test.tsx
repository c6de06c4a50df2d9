import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { DateInput } from '../../../renderer/src/components/DateInput';
import { renderInApp, setupI18n } from '../members/harness';

function Harness({ initial, onChange, onSubmit = () => undefined }: { initial: string | null; onChange(value: string | null): void; onSubmit?(): void }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <DateInput
        id="when"
        ariaLabel="Ngày quyết định"
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
      <button type="submit">Lưu</button>
    </form>
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Ngày quyết định');

describe('DateInput', () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it.each([
    ['26122025', '2025-12-26'],
    ['26/12/25', '2025-12-26'],
    ['26-12-2025', '2025-12-26'],
    ['26/12/2025', '2025-12-26'],
  ])('reads %s as %s and shows it as dd/mm/yyyy once confirmed', (typed, iso) => {
    const onChange = vi.fn();
    renderInApp(<Harness initial="2026-12-07" onChange={onChange} />);
    fireEvent.change(field(), { target: { value: typed } });
    expect(onChange).toHaveBeenLastCalledWith(iso);
    fireEvent.blur(field());
    expect(field().value).toBe('26/12/2025');
  });

  it('keeps an impossible date on screen with a message, never replacing it with another date', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial="2026-12-07" onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '31/02/2025' } });
    fireEvent.blur(field());
    expect(field().value).toBe('31/02/2025');
    expect(screen.getByRole('alert').textContent).toBe('Không có ngày 31/02/2025.');
    expect(field().getAttribute('data-invalid-entry')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says what to type when the text is not a date, and empties to null', () => {
    const onChange = vi.fn();
    renderInApp(<Harness initial="2026-12-07" onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '07/12/202626/12/2025' } });
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toContain('Gõ ngày/tháng/năm');
    fireEvent.change(field(), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('selects its text on focus so typing replaces it', () => {
    renderInApp(<Harness initial="2026-12-07" onChange={() => undefined} />);
    fireEvent.focus(field());
    expect(field().selectionStart).toBe(0);
    expect(field().selectionEnd).toBe('07/12/2026'.length);
  });

  it('confirms the field on Enter without submitting the form', () => {
    const onSubmit = vi.fn();
    renderInApp(<Harness initial={null} onChange={() => undefined} onSubmit={onSubmit} />);
    fireEvent.change(field(), { target: { value: '1/7/2026' } });
    const enter = fireEvent.keyDown(field(), { key: 'Enter', code: 'Enter' });
    expect(enter).toBe(false); // default prevented: no implicit submission
    expect(field().value).toBe('01/07/2026');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
