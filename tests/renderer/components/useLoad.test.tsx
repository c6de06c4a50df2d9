import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App as AntApp } from 'antd';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useLoad } from '../../../renderer/src/components/useLoad';

describe('useLoad', () => {
  afterEach(cleanup);

  it('keeps the latest load when an earlier, slower one answers after it', async () => {
    const answers = new Map<number, (value: string) => void>();
    const fetchYear = (year: number) => () => new Promise<string>((resolve) => answers.set(year, resolve));
    const wrapper = ({ children }: { children: ReactNode }) => <AntApp>{children}</AntApp>;
    const first = fetchYear(2024);
    const second = fetchYear(2025);
    const { result, rerender } = renderHook(({ fetch }) => useLoad(fetch, 'none'), { wrapper, initialProps: { fetch: first } });
    rerender({ fetch: second });
    await waitFor(() => expect(answers.size).toBe(2));
    await act(async () => answers.get(2025)!('2025'));
    await act(async () => answers.get(2024)!('2024'));
    expect(result.current.data).toBe('2025');
    expect(result.current.loading).toBe(false);
  });
});
