import type { BackendContext } from '../core/context';
import { isoTimestamp } from '../core/context';
import { AppError } from '../core/appError';
import { UPLOAD_LIMITS_MB } from '../../../shared/domain/schemas';
import { writeAudit } from '../audit';
import { getTemplate } from './templates';
import { blobOrNull, columns, statement, textOrNull } from '../db/rows';

const backgroundSql = statement(
  'SELECT background, background_mime FROM certificate_templates WHERE id = ?',
  columns({ background: blobOrNull, background_mime: textOrNull }),
);

const MAX_BYTES = UPLOAD_LIMITS_MB.image * 1024 * 1024;

function sniffMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Stores (or, with null, removes) the scan of the blank: shown behind the editor and preview, never printed. */
export function setBackground(ctx: BackendContext, id: number, base64: string | null): { hasBackground: boolean } {
  getTemplate(ctx, id);
  let bytes: Buffer | null = null;
  let mime: string | null = null;
  if (base64 !== null) {
    bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_BYTES) throw new AppError('CERTIFICATE_BACKGROUND_INVALID', { reason: `${(bytes.length / 1e6).toFixed(1)} MB` });
    mime = sniffMime(bytes);
    if (mime === null) throw new AppError('CERTIFICATE_BACKGROUND_INVALID', { reason: 'not PNG/JPEG' });
  }
  const at = isoTimestamp(ctx.now());
  ctx.db.transaction(() => {
    ctx.db.prepare('UPDATE certificate_templates SET background = ?, background_mime = ?, updated_at = ? WHERE id = ?').run(bytes, mime, at, id);
    writeAudit(ctx.db, ctx.actor, at, {
      action: bytes ? 'set_background' : 'clear_background',
      entity: 'certificate_template',
      entityId: id,
      after: bytes ? { mime, bytes: bytes.length } : null,
    });
  })();
  return { hasBackground: bytes !== null };
}

export function getBackground(ctx: BackendContext, id: number): { dataUrl: string | null } {
  getTemplate(ctx, id);
  const row = backgroundSql(ctx.db).get(id);
  if (!row?.background || !row.background_mime) return { dataUrl: null };
  return { dataUrl: `data:${row.background_mime};base64,${row.background.toString('base64')}` };
}
