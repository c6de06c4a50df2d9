import { describe, expect, it } from 'vitest';
import { groupTypedMoney, parseTypedMoney, showTypedMoney } from '../../../../shared/domain/money/typedMoney';

describe('parseTypedMoney', () => {
  it.each([
    ['120000000', 120_000_000],
    ['120.000.000', 120_000_000],
    ['1.500.000', 1_500_000],
    ['1.500.000 đ', 1_500_000],
    ['1,5 tỷ', 1_500_000_000],
    ['1,5tỷ', 1_500_000_000],
    ['2 triệu', 2_000_000],
    ['2tr', 2_000_000],
    ['2,75 triệu', 2_750_000],
    ['500 nghìn', 500_000],
    ['500 ngàn đồng', 500_000],
    ['500k', 500_000],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(parseTypedMoney(text)).toEqual({ ok: true, value });
  });

  it('reads nothing typed as empty, never as 0', () => {
    expect(parseTypedMoney('')).toEqual({ ok: true, value: null });
    expect(parseTypedMoney('   ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['1,500,000', 'thousandsComma'],
    ['abc', 'notANumber'],
    ['12a', 'notANumber'],
    ['2 cái', 'notANumber'],
    ['1.5', 'notANumber'],
    ['1,5', 'fraction'],
    ['-5.000', 'negative'],
    ['99999999 tỷ', 'tooLarge'],
  ])('refuses %s (%s)', (text, error) => {
    expect(parseTypedMoney(text)).toEqual({ ok: false, error });
  });
});

describe('groupTypedMoney', () => {
  it('groups thousands with dots as digits are typed, the caret after the last typed digit', () => {
    expect(groupTypedMoney('120000000', 9)).toEqual({ text: '120.000.000', caret: 11 });
    expect(groupTypedMoney('1.2000', 6)).toEqual({ text: '12.000', caret: 6 });
  });

  it('keeps the caret after the same digit when typing in the middle', () => {
    // "1.200.000" with a 5 typed after the 2: "1.2500.000", caret after the 5 (position 4)
    expect(groupTypedMoney('1.2500.000', 4)).toEqual({ text: '12.500.000', caret: 4 });
    // Deleting the dot's neighbour: "1.20.000" caret at 3 (after the 2)
    expect(groupTypedMoney('1.20.000', 3)).toEqual({ text: '120.000', caret: 2 });
  });

  it('drops leading zeros but keeps a lone 0', () => {
    expect(groupTypedMoney('0', 1)).toEqual({ text: '0', caret: 1 });
    expect(groupTypedMoney('05', 2)).toEqual({ text: '5', caret: 1 });
  });

  it('leaves text with commas, unit words or letters as typed', () => {
    expect(groupTypedMoney('1,5 tỷ', 6)).toEqual({ text: '1,5 tỷ', caret: 6 });
    expect(groupTypedMoney('1,500,000', 9)).toEqual({ text: '1,500,000', caret: 9 });
    expect(groupTypedMoney('', 0)).toEqual({ text: '', caret: 0 });
  });
});

describe('showTypedMoney', () => {
  it('shows a stored amount grouped, and empty as empty', () => {
    expect(showTypedMoney(120_000_000)).toBe('120.000.000');
    expect(showTypedMoney(0)).toBe('0');
    expect(showTypedMoney(null)).toBe('');
    expect(showTypedMoney(undefined)).toBe('');
  });
});
