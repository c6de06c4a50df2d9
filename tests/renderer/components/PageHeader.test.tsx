import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { PageHeader } from '../../../renderer/src/components/PageHeader';

afterEach(cleanup);

describe('PageHeader', () => {
  it("names the screen, with what goes beside the title and the screen's actions", () => {
    render(
      <PageHeader title="Phong trào thi đua" beside={<span>Năm 2026</span>}>
        <button type="button">Thêm</button>
      </PageHeader>,
    );
    const heading = screen.getByRole('heading', { level: 4, name: 'Phong trào thi đua' });
    expect(heading.parentElement?.textContent).toBe('Phong trào thi đuaNăm 2026');
    expect(heading.parentElement?.contains(screen.getByRole('button', { name: 'Thêm' }))).toBe(false);
  });
});
