import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from './connection';

/** SQLite cannot fold Vietnamese: `fold_vi(text)`, registered once per connection, does (đ = d, no tones). */
export function registerFold(db: Db): void {
  const registered = db as Db & { __foldVi?: boolean };
  if (registered.__foldVi) return;
  db.function('fold_vi', { deterministic: true }, (text: unknown) => foldVietnamese(String(text ?? '')));
  registered.__foldVi = true;
}
