import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ShownError } from '../../../renderer/src/api/errorText';
import { useSaving } from '../../../renderer/src/components/useSaving';
import { renderInApp, setupI18n } from '../members/harness';

/** A save button whose work finishes when the test says so. */
function SaveButton({ work, saved }: { work: () => Promise<void>; saved?: string }) {
  const { saving, runSave } = useSaving();
  return (
    <button type="button" aria-busy={saving} onClick={() => void runSave(work, saved)}>
      Lưu
    </button>
  );
}

function deferred() {
  let settle: { resolve(): void; reject(error: unknown): void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

const button = () => screen.getByRole('button', { name: 'Lưu' });

describe('useSaving', () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('is saving while the work runs, then says it is saved', async () => {
    const work = deferred();
    renderInApp(<SaveButton work={() => work.promise} saved="Đã lưu giao ước." />);
    expect(button().getAttribute('aria-busy')).toBe('false');
    fireEvent.click(button());
    await waitFor(() => expect(button().getAttribute('aria-busy')).toBe('true'));
    expect(screen.queryByText('Đã lưu giao ước.')).toBeNull();
    work.resolve();
    expect(await screen.findByText('Đã lưu giao ước.')).toBeTruthy();
    await waitFor(() => expect(button().getAttribute('aria-busy')).toBe('false'));
  });

  it("shows the failure's text instead, and lets the user try again", async () => {
    const work = deferred();
    renderInApp(<SaveButton work={() => work.promise} saved="Đã lưu giao ước." />);
    fireEvent.click(button());
    work.reject(new ShownError('Tệp quá lớn.'));
    expect(await screen.findByText('Tệp quá lớn.')).toBeTruthy();
    expect(screen.queryByText('Đã lưu giao ước.')).toBeNull();
    await waitFor(() => expect(button().getAttribute('aria-busy')).toBe('false'));
  });
});
