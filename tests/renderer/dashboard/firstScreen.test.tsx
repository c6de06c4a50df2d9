import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import type { DashboardYear } from '../../../shared/ipc/contracts/dashboard';
import type { OrganizationSummary } from '../../../shared/ipc/contracts/organizations';
import { defaultSettings } from '../../../shared/settings/schema';
import { askEarly, call } from '../../../renderer/src/api/client';
import { startFirstScreen } from '../../../renderer/src/app/firstScreen';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { useAppStore } from '../../../renderer/src/stores/appStore';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';
import { emptyDashboardYear } from '../../fixtures/dashboardYear';

const INFO = { version: '1.0.0', dataDir: '/data', dbFile: '/data/uniondesk.db', schemaVersion: 23, setupDone: true, demoData: false };
const SUMMARY: OrganizationSummary = {
  grassrootsTotal: 2,
  grassrootsActive: 2,
  workersTotal: 100,
  workersFemale: 40,
  bySector: [{ sector: 'public_service', count: 2, members: 80 }],
  members: { active: 80, female: 30, admittedThisYear: 5, year: 2026 },
};
const EMPTY = emptyDashboardYear(2026);
const YEAR: DashboardYear = { ...EMPTY, campaigns: { count: 2, works: 10, initiatives: 3 }, decisions: { ...EMPTY.decisions, count: 1, awards: 4, amount: 2_000_000 } };

/** Lets the hashchange a change of location.hash queues reach its listeners. */
const hashSettled = () => new Promise((resolve) => setTimeout(resolve, 0));

function office(setupDone = true) {
  let statusAsked = 0;
  const backend = fakeBackend({
    'app:info': () => ({ ...INFO, setupDone }),
    'settings:get': () => defaultSettings(2026),
    'dashboard:year': () => YEAR,
    'organizations:summary': () => SUMMARY,
    'backups:status': () => ({ lastOutsideAt: null, lastOutsideFile: null, lastAutomaticAt: null, remind: ++statusAsked > 1 }),
    'targets:list': () => ({ year: 2026, period: { year: 2026, from: '2025-12-01', to: '2026-11-30' }, metrics: [], targets: [] }),
  });
  const asked = (channel: string) => backend.calls.filter((c) => c.channel === channel).length;
  return { backend, asked };
}

describe("a window's first calls, asked from its entry", { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('the dashboard of a set-up office takes every answer its entry asked for, and asks none twice', async () => {
    window.location.hash = '#/dashboard';
    await hashSettled();
    const { backend, asked } = office();
    startFirstScreen();
    await waitFor(() => expect(backend.calls.map((c) => c.channel).sort()).toEqual(['app:info', 'backups:status', 'dashboard:year', 'organizations:summary', 'settings:get']));
    expect(backend.inputsOf('dashboard:year')).toEqual([{ year: 2026 }]);

    await useAppStore.getState().load();
    renderInApp(<DashboardPage />);
    expect((await screen.findByTestId('awards-decisions')).textContent).toContain('1 quyết định');
    await waitFor(() => expect(screen.getByTestId('card-members').textContent).toContain('80'));
    await waitFor(() => expect(asked('targets:list')).toBe(1));
    for (const channel of ['app:info', 'settings:get', 'dashboard:year', 'organizations:summary', 'backups:status']) expect(asked(channel), channel).toBe(1);
  });

  it('an office not yet set up gets no dashboard calls; a print window only who we are and the settings', async () => {
    window.location.hash = '#/dashboard';
    await hashSettled();
    const firstRun = office(false);
    startFirstScreen();
    await waitFor(() => expect(firstRun.backend.calls.length).toBe(2));
    await hashSettled();
    expect(firstRun.backend.calls.map((c) => c.channel).sort()).toEqual(['app:info', 'settings:get']);

    window.location.hash = '#/print/statistics-year?year=2026';
    await hashSettled();
    const print = office();
    startFirstScreen();
    await waitFor(() => expect(print.backend.calls.length).toBe(2));
    await hashSettled();
    expect(print.backend.calls.map((c) => c.channel).sort()).toEqual(['app:info', 'settings:get']);
  });

  it('hands an early answer to the first same call only, and forgets it once the window leaves its first screen', async () => {
    window.location.hash = '#/dashboard';
    await hashSettled();
    const { asked } = office();
    void askEarly('backups:status', {});
    expect((await call('backups:status', {})).remind).toBe(false);
    expect(asked('backups:status')).toBe(1);
    expect((await call('backups:status', {})).remind).toBe(true);
    expect(asked('backups:status')).toBe(2);

    void askEarly('organizations:summary', {});
    window.location.hash = '#/members';
    await hashSettled();
    await call('organizations:summary', {});
    expect(asked('organizations:summary')).toBe(2);
  });
});
