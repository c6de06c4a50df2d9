import { describe, expect, it } from 'vitest';
import { useAwardsContext } from '../awards/context';

const newContext = useAwardsContext();

describe('migration decision-bases', () => {
  it('ships dated căn cứ for our office: Luật Công đoàn 2012 until 30/06/2025, 2024 from 01/07/2025, and the award regulation 999/QĐ-TLĐ', () => {
    const { db } = newContext();
    const lines = db.prepare("SELECT text, valid_from, valid_to FROM decision_bases WHERE issuer_level = 'own_office' ORDER BY position, coalesce(valid_from, '')").all();
    expect(lines).toContainEqual({ text: 'Căn cứ Luật Công đoàn năm 2012;', valid_from: null, valid_to: '2025-06-30' });
    expect(lines).toContainEqual({ text: 'Căn cứ Luật Công đoàn năm 2024;', valid_from: '2025-07-01', valid_to: null });
    expect(lines).toContainEqual(expect.objectContaining({ text: expect.stringContaining('999/QĐ-TLĐ ngày 29/5/2024'), valid_from: '2024-05-29' }));
  });

  it('refuses an empty text, an unknown issuer level, a malformed date and an end before the start', () => {
    const { db } = newContext();
    const insert = db.prepare('INSERT INTO decision_bases (issuer_level, text, valid_from, valid_to) VALUES (?, ?, ?, ?)');
    expect(() => insert.run('own_office', ' ', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('district', 'x', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('own_office', 'x', '01/07/2025', null)).toThrow(/CHECK/);
    expect(() => insert.run('own_office', 'x', '2025-07-01', '2025-06-30')).toThrow(/CHECK/);
    insert.run('province', 'Căn cứ Luật Thi đua, khen thưởng năm 2022;', '2024-01-01', null);
  });
});
