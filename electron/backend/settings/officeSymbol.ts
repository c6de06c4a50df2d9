import { officeSymbol } from '../../../shared/domain/documents/officeSymbol';
import type { BackendContext } from '../core/context';
import { getSettings } from './service';

/** Our office's symbol on documents ("LĐLĐ", "CĐP"), from Cài đặt or derived from its name. */
export function ownOfficeSymbol(ctx: Pick<BackendContext, 'db' | 'now'>): string {
  const settings = getSettings(ctx.db, ctx.now());
  return officeSymbol(settings['office.symbol'], settings['office.shortName'], settings['office.name']);
}
