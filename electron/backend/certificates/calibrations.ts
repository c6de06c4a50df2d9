import type { PrinterCalibration } from '../../../shared/certificates/template';
import type { BackendContext } from '../core/context';
import { isoTimestamp } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { columns, int, real, type RowOf, statement, text } from '../db/rows';

const calibrationRow = columns({ id: int, name: text, dx_mm: real, dy_mm: real, updated_at: text });
type Row = RowOf<typeof calibrationRow>;
const CALIBRATION_COLUMNS = 'SELECT id, name, dx_mm, dy_mm, updated_at FROM printer_calibrations';
const calibrationsSql = statement(`${CALIBRATION_COLUMNS} ORDER BY name`, calibrationRow);
const calibrationSql = statement(`${CALIBRATION_COLUMNS} WHERE id = ?`, calibrationRow);

const toCalibration = (r: Row): PrinterCalibration => ({ id: r.id, name: r.name, dxMm: r.dx_mm, dyMm: r.dy_mm, updatedAt: r.updated_at });

export function listCalibrations(ctx: BackendContext): PrinterCalibration[] {
  return calibrationsSql(ctx.db).all().map(toCalibration);
}

export function getCalibration(ctx: BackendContext, id: number): PrinterCalibration {
  const row = calibrationSql(ctx.db).get(id);
  if (!row) throw new AppError('CERTIFICATE_CALIBRATION_NOT_FOUND', { id });
  return toCalibration(row);
}

export function saveCalibration(
  ctx: BackendContext,
  id: number | undefined,
  draft: { name: string; dxMm: number; dyMm: number },
): PrinterCalibration {
  const at = isoTimestamp(ctx.now());
  const clash = ctx.db.prepare('SELECT id FROM printer_calibrations WHERE name = ? AND id IS NOT ?').pluck().get(draft.name, id ?? null);
  if (clash !== undefined) throw new AppError('CERTIFICATE_CALIBRATION_DUPLICATE', { name: draft.name });
  const savedId = ctx.db.transaction(() => {
    if (id === undefined) {
      const info = ctx.db
        .prepare('INSERT INTO printer_calibrations (name, dx_mm, dy_mm, updated_at) VALUES (?, ?, ?, ?)')
        .run(draft.name, draft.dxMm, draft.dyMm, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'printer_calibration', entityId: Number(info.lastInsertRowid), after: draft });
      return Number(info.lastInsertRowid);
    }
    const before = getCalibration(ctx, id);
    ctx.db.prepare('UPDATE printer_calibrations SET name = ?, dx_mm = ?, dy_mm = ?, updated_at = ? WHERE id = ?').run(draft.name, draft.dxMm, draft.dyMm, at, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'printer_calibration', entityId: id, before, after: draft });
    return id;
  })();
  return getCalibration(ctx, savedId);
}

export function deleteCalibration(ctx: BackendContext, id: number): { deleted: number } {
  const before = getCalibration(ctx, id);
  const at = isoTimestamp(ctx.now());
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM printer_calibrations WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'printer_calibration', entityId: id, before });
  })();
  return { deleted: 1 };
}
