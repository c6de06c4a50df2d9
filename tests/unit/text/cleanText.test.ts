import { describe, expect, it } from 'vitest';
import { nameText, stripControlCharacters } from '../../../shared/domain/text/cleanText';
import { validateInput } from '../../../shared/ipc/validate';

describe('names lose what nobody can see', () => {
  it.each([
    ['\u001b[31mNguyễn Văn An\u001b[0m', 'Nguyễn Văn An'],
    ['\u001b]0;pwned\u0007Trần Thị B', 'Trần Thị B'],
    ['Lê\tVăn\nCường', 'Lê Văn Cường'],
    ['Phạm\u0000 Thị\u0007 Hoa\u007f', 'Phạm Thị Hoa'],
    ['CĐCS\u202e cơ sở A\u200b', 'CĐCS cơ sở A'],
    ['Công đoàn cơ sở Trường Tiểu học Đông Phương Yên', 'Công đoàn cơ sở Trường Tiểu học Đông Phương Yên'],
  ])('%j → %j', (typed, clean) => {
    expect(nameText(200).parse(typed)).toBe(clean);
    expect(stripControlCharacters(typed).trim()).toBe(clean);
  });

  it('a name of only escapes is empty, so a required name is refused', () => {
    expect(nameText(200).min(1).safeParse('\u001b[2J\u001b[H').success).toBe(false);
  });

  it('every name field of the contract goes through it: settings, CĐCS, members, campaigns, awards, first run', () => {
    const dirty = '\u001b[1mTên\u0007 đẹp\u001b[0m';
    const cases: [string, unknown, (value: unknown) => unknown][] = [
      ['settings:update', { 'office.name': dirty }, (v) => (v as Record<string, string>)['office.name']],
      ['setup:start', { mode: 'empty', officeName: dirty }, (v) => (v as { officeName: string }).officeName],
    ];
    for (const [channel, input, pick] of cases) {
      const checked = validateInput(channel as never, input, 'vi');
      expect(checked.ok, channel).toBe(true);
      if (checked.ok) expect(pick(checked.value), channel).toBe('Tên đẹp');
    }
  });
});
