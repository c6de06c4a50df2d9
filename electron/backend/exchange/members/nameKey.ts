import { nfc } from '../../../../shared/domain/text/normalize';

/**
 * A person's name compared as written: NFC, case-folded, diacritics kept (Hòa ≠ Hóa ≠ Hoa, Đào ≠ Dao).
 * Plain toLowerCase: Unicode has no Vietnamese special casing, and the locale-aware call is several times slower.
 */
export const exactNameKey = (name: string) => nfc(name).toLowerCase();
