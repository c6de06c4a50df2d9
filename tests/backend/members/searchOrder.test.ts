import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { admit, emptyOffice } from './helpers';

const temp = useTempDirs();

describe('search results', () => {
  it('come in the official order (given name first), and page without gaps', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [union] = await emptyOffice(backend, ['CĐCS Công ty Điện lực Chương Mỹ']);
    // Inserted so that key order ("duc …" keys, then "nguyen …") differs from the official order.
    for (const name of ['Nguyễn Văn Đức', 'Đức Anh Trần', 'Trần Minh Đức', 'Đỗ Văn Đức', 'Lê Đức Bình']) await admit(backend, union!.id, name);
    const page = await call(backend, 'members:list', { search: 'duc', offset: 0, limit: 10 });
    // Given names: Bình, Đức ×3 (by family: Đỗ, Nguyễn, Trần), Trần ("Đức Anh Trần": family Đức).
    expect(page.items.map((m) => m.fullName)).toEqual(['Lê Đức Bình', 'Đỗ Văn Đức', 'Nguyễn Văn Đức', 'Trần Minh Đức', 'Đức Anh Trần']);
    const second = await call(backend, 'members:list', { search: 'duc', offset: 2, limit: 2 });
    expect(second.items.map((m) => m.fullName)).toEqual(['Nguyễn Văn Đức', 'Trần Minh Đức']);
    expect(second.total).toBe(5);
  });
});
