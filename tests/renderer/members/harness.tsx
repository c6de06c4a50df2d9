/*
 * What the members tests share: jsdom gaps filled, i18n in Vietnamese, antd's App context, and a
 * fake backend behind the real api client that records every call.
 */
import type { ReactNode } from 'react';
import { afterEach, expect } from 'vitest';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { configure, render } from '@testing-library/react';

// antd and AG Grid in jsdom are slow to settle on a loaded machine: wait up to 10 s.
configure({ asyncUtilTimeout: 10_000 });


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

export { BackendError, fakeBackend, setupI18n, type FakeBackend, type Handlers } from '../fakeBackend';

export function renderInApp(ui: ReactNode) {
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>{ui}</AntApp>
    </ConfigProvider>,
  );
}
