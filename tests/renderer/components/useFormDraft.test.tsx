import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { readDraft, useFormDraft } from '../../../renderer/src/components/useFormDraft';

describe('useFormDraft', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    localStorage.clear();
  });

  it('keeps what is typed in localStorage, offers it to the next opening, and forgets it once cleared', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 7, 16, 42));
    const first = renderHook(() => useFormDraft<{ subject: string }>('proposal.new.2026'));
    expect(first.result.current.found).toBeNull();
    act(() => first.result.current.keep({ subject: 'Đề nghị tặng Bằng khen' }));
    act(() => vi.advanceTimersByTime(400));
    first.unmount(); // the window closed or crashed

    const second = renderHook(() => useFormDraft<{ subject: string }>('proposal.new.2026'));
    expect(second.result.current.found).toEqual({ values: { subject: 'Đề nghị tặng Bằng khen' }, savedAt: '07/12/2026 16:42' });
    act(() => second.result.current.clear());
    expect(readDraft('proposal.new.2026')).toBeNull();
  });

  it('keeps nothing without a key (a closed dialog)', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useFormDraft<{ subject: string }>(null));
    act(() => result.current.keep({ subject: 'x' }));
    act(() => vi.advanceTimersByTime(400));
    expect(localStorage.length).toBe(0);
  });
});
