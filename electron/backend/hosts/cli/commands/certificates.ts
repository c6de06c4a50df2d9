import path from 'node:path';
import { formatDecimalMm, parseCalibration } from '../../../../../shared/certificates/calibration';
import type { Command } from '../context';

/** `uniondesk certificates print --decision "NUMBER" --out FILE.pdf [--calibration DX,DY] [--template ID]` */
export const certificates: Command = {
  options: { decision: { type: 'string' }, out: { type: 'string' }, calibration: { type: 'string' }, template: { type: 'string' } },
  async run(cx) {
    if (cx.positionals[1] !== 'print') throw cx.usageError('missingArgument', { command: 'certificates', what: 'print --decision "SỐ" --out TỆP.pdf' });
    const { decision, out, calibration, template } = cx.values;
    if (typeof decision !== 'string' || decision.trim() === '') throw cx.usageError('missingArgument', { command: 'certificates print', what: '--decision "SỐ"' });
    if (typeof out !== 'string' || out === '') throw cx.usageError('missingArgument', { command: 'certificates print', what: '--out TỆP.pdf' });
    const offset = calibration === undefined ? { dxMm: 0, dyMm: 0 } : typeof calibration === 'string' ? parseCalibration(calibration) : null;
    if (offset === null) throw cx.usageError('badCalibration', { value: String(calibration) });
    let templateId: number | undefined;
    if (template !== undefined) {
      templateId = Number(template);
      if (!Number.isInteger(templateId) || templateId <= 0) throw cx.usageError('badNumber', { option: '--template', value: String(template) });
    }
    const found = await cx.call('certificates:findDecision', { number: decision });
    const result = await cx.call('certificates:print', {
      decisionId: found.id,
      offset,
      target: path.resolve(out),
      ...(templateId !== undefined ? { templateId } : {}),
    });
    const lines = [
      cx.message('certificatesPrinted', { pages: result.pages, decision: found.number, file: result.file, dx: formatDecimalMm(result.dxMm), dy: formatDecimalMm(result.dyMm) }),
      ...result.overflow.map((o) => cx.message('certificatesOverflow', { page: o.page, field: o.field })),
    ];
    return { json: result, text: lines.join('\n') };
  },
};
