import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { contractViolations } from './fakeBackend';

/** What jsdom lacks and antd / AG Grid need, for every renderer component test. */
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

// A screen that sent the backend what its contract refuses fails its test, whatever the screen showed.
afterEach(() => {
  const violations = contractViolations.splice(0);
  if (violations.length > 0) throw new Error(`Calls the contract refuses:\n${violations.join('\n')}`);
});

// The files of a worker share one window (isolate: false, vitest.config.ts): each starts with the
// storage and address a window of its own would have, and leaves nothing mounted or stubbed behind.
beforeAll(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterAll(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
