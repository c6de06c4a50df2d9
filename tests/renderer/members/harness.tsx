/*
 * What the members tests share: jsdom gaps filled, i18n in Vietnamese, antd's App context, and a
 * fake backend behind the real api client that records every call.
 */
import type { ReactNode } from 'react';
import { afterEach, expect } from 'vitest';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { configure, render } from '@testing-library/react';
import type { MemberListItem } from '@shared/members/model';
import { fakeBackend, type Handlers } from '../fakeBackend';
import { UNIONS, unionDetail } from './fixtures';

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

/** jsdom lays nothing out: give elements a size so the grid has a viewport to fill with rows. */
export function giveElementsASize() {
  for (const [prop, value] of [
    ['clientHeight', 600],
    ['offsetHeight', 600],
    ['clientWidth', 1200],
    ['offsetWidth', 1200],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
  }
}

/** The backend of the members screen: `rows` page by page (of `total` in all), the sample CĐCS searchable by name. */
export function membersScreenBackend(rows: MemberListItem[], extra: Handlers = {}, total = rows.length) {
  return fakeBackend({
    'members:list': ({ offset = 0, limit = 50 }) => ({ total, totalCapped: false, items: rows.slice(offset, offset + limit) }),
    'unions:list': ({ search }) => {
      const items = UNIONS.filter((u) => !search || u.name.toLowerCase().includes(search.toLowerCase()));
      return { total: items.length, items };
    },
    'unions:get': ({ id }) => unionDetail(UNIONS.find((u) => u.id === id)!),
    ...extra,
  });
}
