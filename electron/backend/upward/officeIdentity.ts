import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import { scalar, textOrNull } from '../db/rows';

export interface OfficeIdentity {
  code: string;
  name: string;
  upperName: string;
}

/** The office as a package names it: its own code when it has one, else its folded name ("cong-doan-phuong-chuong-my"). */
export function officeIdentity(db: Db, now: Date): OfficeIdentity {
  const settings = getSettings(db, now);
  const own = scalar(db, 'SELECT code FROM organizations WHERE is_own_office = 1', textOrNull).get();
  const slug = foldVietnamese(settings['office.name'])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const code = (own ?? '').toLowerCase().replace(/[^a-z0-9-]+/g, '-') || slug || 'van-phong';
  return { code, name: settings['office.name'] || code, upperName: settings['office.upperName'] };
}
