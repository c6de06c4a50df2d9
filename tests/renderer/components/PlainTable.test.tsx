import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PlainTable } from '../../../renderer/src/components/PlainTable';

interface Place {
  id: number;
  name: string;
}

const places: Place[] = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `Nơi ${i + 1}` }));
const columns = [{ title: 'Tên', dataIndex: 'name' }];

afterEach(cleanup);

describe('PlainTable', () => {
  it('shows every row on one page when not told otherwise', () => {
    render(<PlainTable<Place> dataSource={places} columns={columns} />);
    expect(screen.getByText('Nơi 12')).toBeTruthy();
    expect(document.querySelector('.ant-pagination')).toBeNull();
    expect(document.querySelector('.ant-table-small')).not.toBeNull();
    expect(document.querySelector('tr[data-row-key="12"]')).not.toBeNull();
  });

  it('pages when given a pagination', () => {
    render(<PlainTable<Place> dataSource={places} columns={columns} pagination={{ pageSize: 10 }} />);
    expect(screen.queryByText('Nơi 12')).toBeNull();
    expect(document.querySelector('.ant-pagination')).not.toBeNull();
  });

  it('opens a row on a click or Enter, and lets Tab reach it', () => {
    const onOpen = vi.fn();
    render(<PlainTable<Place> dataSource={places} columns={columns} onOpen={onOpen} />);
    const row = screen.getByText('Nơi 3').closest('tr');
    if (!row) throw new Error('no row');
    expect(row.tabIndex).toBe(0);
    fireEvent.click(row);
    fireEvent.keyDown(row, { key: 'Enter' });
    fireEvent.keyDown(row, { key: 'a' });
    expect(onOpen.mock.calls).toEqual([[places[2]], [places[2]]]);
  });

  it('leaves rows out of the Tab order when nothing opens them', () => {
    render(<PlainTable<Place> dataSource={places} columns={columns} />);
    const row = screen.getByText('Nơi 3').closest('tr');
    expect(row?.hasAttribute('tabindex')).toBe(false);
  });
});
