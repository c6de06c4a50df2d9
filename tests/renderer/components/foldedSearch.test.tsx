import { describe, expect, it } from 'vitest';
import { foldedFilterOption, optionText } from '../../../renderer/src/components/foldedSearch';

describe('foldedFilterOption — antd Select and AutoComplete', () => {
  it('searches an option by its label, its searchText or its value', () => {
    expect(foldedFilterOption('ket nap', { value: 'ADMIT', label: 'Kết nạp đoàn viên mới' })).toBe(true);
    expect(foldedFilterOption('ket nap', { value: 'ADMIT', label: 'Thành lập CĐCS' })).toBe(false);
    expect(foldedFilterOption('ma 12', { value: 3, label: 'x', searchText: 'Mã 12 — Công đoàn' })).toBe(true);
    expect(foldedFilterOption('chien si', { value: 'Chiến sĩ thi đua cơ sở' })).toBe(true);
    expect(optionText(undefined)).toBe('');
  });
});
