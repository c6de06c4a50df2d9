import { describe, expect, it } from 'vitest';
import { call } from '../../renderer/src/api/client';
import type { Input } from '../../shared/ipc/contract';
import { contractViolations, fakeBackend } from './fakeBackend';

describe('the component tests’ fake backend', () => {
  it('refuses a call whose input the contract refuses, and keeps it for the test to fail', async () => {
    const backend = fakeBackend({ 'members:get': () => { throw new Error('never reached'); } });
    const drifted = { id: 'seven' } as unknown as Input<'members:get'>;
    await expect(call('members:get', drifted)).rejects.toThrow();
    expect(backend.calls).toHaveLength(1);
    expect(contractViolations.splice(0)).toEqual([expect.stringMatching(/^members:get called with an input the contract refuses: id:/u)]);
  });

  it('serves a call the contract accepts', async () => {
    fakeBackend({ 'dashboard:year': ({ year }) => ({ year }) as never });
    await expect(call('dashboard:year', { year: 2025 })).resolves.toEqual({ year: 2025 });
    expect(contractViolations).toEqual([]);
  });
});
