/*
 * What the members tests share: jsdom gaps filled, i18n in Vietnamese, antd's App context, and a
 * fake backend behind the real api client that records every call.
 */
import type { ReactNode } from 'react';
import { afterEach, expect } from 'vitest';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { configure, render } from '@testing-library/react';
import type { Channel, Input, Output } from '@shared/ipc/contract';
import type { AppErrorShape } from '@shared/ipc/result';
import { useTransport } from '../../../renderer/src/api/client';
import { initI18n } from '../../../renderer/src/i18n';

// antd and AG Grid in jsdom are slow to settle on a loaded machine: wait up to 10 s.
configure({ asyncUtilTimeout: 10_000 });

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// antd measures scrollbars and text through getComputedStyle(el, pseudo), which jsdom rejects.
const computed = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computed(element);

// AG Grid reports a missing module or a misused option on the console instead of throwing:
// any such report fails the test that caused it.
const gridProblems: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('AG Grid:')) gridProblems.push(args.map(String).join(' '));
    original(...args);
  };
}
afterEach(() => {
  const problems = gridProblems.splice(0);
  expect(problems, 'AG Grid console reports').toEqual([]);
});

export async function setupI18n() {
  const i18n = await initI18n('vi');
  if (i18n.language !== 'vi') await i18n.changeLanguage('vi');
  return i18n;
}

type Handler<C extends Channel> = (input: Input<C>) => Output<C> | Promise<Output<C>>;
export type Handlers = { [C in Channel]?: Handler<C> };

export class BackendError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
  }
}

export interface FakeBackend {
  calls: { channel: string; input: unknown }[];
  inputsOf<C extends Channel>(channel: C): Input<C>[];
}

/** Serve `handlers` through the real client; an unknown channel fails the test loudly. */
export function fakeBackend(handlers: Handlers): FakeBackend {
  const calls: FakeBackend['calls'] = [];
  useTransport({
    kind: 'preview',
    async call(channel, input) {
      calls.push({ channel, input: structuredClone(input) });
      const handler = (handlers as Record<string, ((input: unknown) => unknown) | undefined>)[channel];
      if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `test backend: no ${channel}` } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof BackendError) return { ok: false, error: error.shape };
        throw error;
      }
    },
    on: () => () => undefined,
  });
  return {
    calls,
    inputsOf: <C extends Channel>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.input as Input<C>),
  };
}

export function renderInApp(ui: ReactNode) {
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>{ui}</AntApp>
    </ConfigProvider>,
  );
}
