import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { contractViolations } from './fakeBackend';
import { rememberPrototypes } from './sharedWindow';

// findBy… and waitFor give a screen 5 s rather than 1 s: two cores shared by two workers (and
// whatever else runs) can hold AG Grid's first render longer than a second.
configure({ asyncUtilTimeout: 5_000 });

// A screen that sent the backend what its contract refuses fails its test, whatever the screen showed.
afterEach(() => {
  const violations = contractViolations.splice(0);
  if (violations.length > 0) throw new Error(`Calls the contract refuses:\n${violations.join('\n')}`);
});

// Each file starts with the storage and address a window of its own would have, and leaves
// nothing mounted, stubbed or patched behind (sharedWindow.ts).
let restorePrototypes = () => {};
beforeAll(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  restorePrototypes = rememberPrototypes();
});
afterAll(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  restorePrototypes();
});
