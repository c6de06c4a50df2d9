import { nfc } from '../../../../shared/domain/text/normalize';

/** A person's name compared as written: NFC, case-folded, diacritics kept (Hòa ≠ Hóa ≠ Hoa, Đào ≠ Dao). */
export const exactNameKey = (name: string) => nfc(name).toLocaleLowerCase('vi');
