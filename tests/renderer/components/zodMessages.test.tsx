import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { careFormSchema, careFormValues } from '../../../renderer/src/features/statistics/careForm';
import { setupI18n } from '../members/harness';

describe('zod messages in forms', () => {
  let i18n: Awaited<ReturnType<typeof setupI18n>>;
  beforeAll(async () => {
    i18n = await setupI18n();
  });
  afterAll(() => i18n.changeLanguage('vi'));

  it('a rule without its own message names the field in the user language, not zod English', async () => {
    const tooLong = { ...careFormValues(null), name: 'x'.repeat(301) };
    const vi = careFormSchema(i18n.t as TFunction).safeParse(tooLong);
    expect(vi.success).toBe(false);
    expect(vi.error?.issues[0]?.message).toBe('Tên: tối đa 300 ký tự.');
    await i18n.changeLanguage('en');
    const en = careFormSchema(i18n.t as TFunction).safeParse(tooLong);
    expect(en.error?.issues[0]?.message).toBe('Name: at most 300 characters.');
  });
});
