import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { pendingKey, useSectionAutosave } from '../../../renderer/src/features/reports/useSectionAutosave';
import { BackendError, fakeBackend, setupI18n } from '../members/harness';

describe('report autosave', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });

  it('keeps edits locally at once, sends them after a pause in one call, then clears the local copy', async () => {
    const backend = fakeBackend({ 'reports:saveSections': () => ({ updatedAt: '2025-12-01T10:00:00.000Z', sections: [] }) });
    const { result } = renderHook(() => useSectionAutosave(2025));
    act(() => {
      result.current.change('situation', '<p>a</p>');
      result.current.change('situation', '<p>ab</p>');
      result.current.change('directions', '<p>c</p>');
    });
    expect(JSON.parse(window.localStorage.getItem(pendingKey(2025))!)).toEqual({ situation: '<p>ab</p>', directions: '<p>c</p>' });
    expect(backend.inputsOf('reports:saveSections')).toEqual([]);
    await waitFor(() => expect(result.current.status.state).toBe('saved'));
    expect(backend.inputsOf('reports:saveSections')).toEqual([{ year: 2025, sections: [{ key: 'situation', html: '<p>ab</p>' }, { key: 'directions', html: '<p>c</p>' }] }]);
    expect(JSON.parse(window.localStorage.getItem(pendingKey(2025))!)).toEqual({});
  });

  it('sends what was typed before the app closed when the report opens again', async () => {
    window.localStorage.setItem(pendingKey(2025), JSON.stringify({ situation: '<p>chưa kịp lưu</p>' }));
    const backend = fakeBackend({ 'reports:saveSections': () => ({ updatedAt: '2025-12-01T10:00:00.000Z', sections: [] }) });
    const { result } = renderHook(() => useSectionAutosave(2025));
    let recovered: Record<string, string> = {};
    act(() => {
      recovered = result.current.recover();
    });
    expect(recovered).toEqual({ situation: '<p>chưa kịp lưu</p>' });
    await waitFor(() => expect(backend.inputsOf('reports:saveSections')).toEqual([{ year: 2025, sections: [{ key: 'situation', html: '<p>chưa kịp lưu</p>' }] }]));
  });

  it('keeps the edit for the next try when saving fails', async () => {
    fakeBackend({});
    const { result } = renderHook(() => useSectionAutosave(2025));
    act(() => result.current.change('situation', '<p>x</p>'));
    await waitFor(() => expect(result.current.status.state).toBe('failed'));
    expect(JSON.parse(window.localStorage.getItem(pendingKey(2025))!)).toEqual({ situation: '<p>x</p>' });
  });

  it('tells the caller of flush whether every edit reached the backend (finalise and export wait on it)', async () => {
    let fail = true;
    fakeBackend({
      'reports:saveSections': () => {
        if (fail) throw new BackendError({ code: 'REPORT_NOT_FOUND', message: 'không lưu được' });
        return { updatedAt: '2025-12-01T10:00:00.000Z', sections: [] };
      },
    });
    const { result } = renderHook(() => useSectionAutosave(2025));
    act(() => result.current.change('situation', '<p>x</p>'));
    let flushed: boolean | undefined;
    await act(async () => {
      flushed = await result.current.flush();
    });
    expect(flushed).toBe(false);
    fail = false;
    await act(async () => {
      flushed = await result.current.flush();
    });
    expect(flushed).toBe(true);
    expect(result.current.status.state).toBe('saved');
  });
});
