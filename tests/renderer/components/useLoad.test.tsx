import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App as AntApp } from 'antd';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useLoad } from '../../../renderer/src/components/useLoad';
import { ApiError } from '../../../renderer/src/api/client';

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

  it('with showError false returns the failure as text instead of a message, and reload clears it', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => <AntApp>{children}</AntApp>;
    let fail = true;
    const fetch = () => (fail ? Promise.reject(new ApiError({ code: 'NOT_FOUND', message: 'Không tìm thấy quyết định.' })) : Promise.resolve('ok'));
    const { result } = renderHook(() => useLoad(fetch, 'none', { showError: false }), { wrapper });
    await waitFor(() => expect(result.current.error).toBe('Không tìm thấy quyết định.'));
    expect(document.querySelector('.ant-message')).toBeNull();
    fail = false;
    await act(() => result.current.reload());
    expect(result.current.error).toBeNull();
    expect(result.current.data).toBe('ok');
  });

  it('loads again with the same fetch when reloadKey changes, and only then', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => <AntApp>{children}</AntApp>;
    let calls = 0;
    const fetch = () => Promise.resolve(++calls);
    const { result, rerender } = renderHook(({ key }) => useLoad(fetch, 0, { reloadKey: key }), { wrapper, initialProps: { key: 1 } });
    await waitFor(() => expect(result.current.data).toBe(1));
    rerender({ key: 1 });
    await act(async () => {});
    expect(calls).toBe(1);
    rerender({ key: 2 });
    await waitFor(() => expect(result.current.data).toBe(2));
    expect(calls).toBe(2);
  });
});
