import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemberPicker } from '../../../renderer/src/components/MemberPicker';
import { UnionPicker } from '../../../renderer/src/components/UnionPicker';
import { fakeBackend, renderInApp, setupI18n } from './harness';
import { UNIONS, listItem, member, unionDetail } from './fixtures';

describe('search-as-you-type pickers', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('MemberPicker asks members:search once typing settles and shows name, birth date dd/mm/yyyy and CĐCS', async () => {
    const backend = fakeBackend({
      'members:search': ({ query }) => {
        const items = [listItem(5, 'Lê Văn Đức', { birthDate: '1979-11-02' }), listItem(6, 'Trần Đức Huy', { birthDate: '1990' })];
        return { total: items.length, totalCapped: false, items: query ? items : [] };
      },
    });
    const onChange = vi.fn();
    renderInApp(<MemberPicker value={null} onChange={onChange} organizationId={7} />);
    const box = screen.getByRole('combobox');
    fireEvent.mouseDown(box);
    for (const text of ['d', 'du', 'duc']) fireEvent.change(box, { target: { value: text } });
    await waitFor(() => expect(backend.inputsOf('members:search')).toEqual([{ query: 'duc', limit: 20, organizationId: 7 }]));
    expect(await screen.findByText('Lê Văn Đức')).toBeTruthy();
    expect(screen.getByText('· 02/11/1979')).toBeTruthy();
    expect(screen.getByText('· 1990')).toBeTruthy();
    expect(screen.getAllByText(UNIONS[0]!.name).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByText('Trần Đức Huy'));
    expect(onChange).toHaveBeenCalledWith(6, { id: 6, fullName: 'Trần Đức Huy', birthDate: '1990', unionName: UNIONS[0]!.name });
  });

  it('MemberPicker shows the name of a member chosen earlier (members:get)', async () => {
    fakeBackend({ 'members:get': () => ({ member: member(9, 'Phạm Thị Hồng Nhung'), movements: [] }) });
    renderInApp(<MemberPicker value={9} onChange={() => undefined} />);
    expect(await screen.findByText('Phạm Thị Hồng Nhung')).toBeTruthy();
  });

  it('UnionPicker lists "code — name" and shows a preset value by its code and name', async () => {
    const backend = fakeBackend({
      'unions:list': () => ({ total: UNIONS.length, items: UNIONS }),
      'unions:get': ({ id }) => unionDetail(UNIONS.find((u) => u.id === id)!),
    });
    renderInApp(<UnionPicker value={8} onChange={() => undefined} />);
    expect(await screen.findByText('CS0008 — Công đoàn cơ sở Trường Mầm non Ánh Dương')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox'));
    await waitFor(() => expect(backend.inputsOf('unions:list')).toEqual([{ includeDissolved: false, offset: 0, limit: 50 }]));
    expect(await screen.findByText('CS0007 — Công đoàn cơ sở Công ty May Sông Hồng')).toBeTruthy();
  });
});
