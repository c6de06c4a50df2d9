import type { SheetsRequest } from './print';

/** The printer route of a batch: #/print/certificates?decision=…&awards=…&template=…&calibration=… (or dx/dy). */
export function certificatesPrintRoute(request: SheetsRequest): string {
  const params: [string, string | number | undefined][] = [
    ['decision', request.decisionId],
    ['awards', request.awardIds?.length ? request.awardIds.join(',') : undefined],
    ['template', request.templateId],
    ['calibration', request.offset?.calibrationId],
    ['dx', request.offset?.dxMm],
    ['dy', request.offset?.dyMm],
  ];
  const query = params.flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${encodeURIComponent(String(value))}`]));
  return `print/certificates?${query.join('&')}`;
}

const number = (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value));

/** The request a printer route stands for (the backend validates it). */
export function parseCertificatesPrintRoute(params: { get(name: string): string | null }): SheetsRequest {
  const awards = params.get('awards');
  const templateId = number(params.get('template'));
  const calibrationId = number(params.get('calibration'));
  const dxMm = number(params.get('dx'));
  const dyMm = number(params.get('dy'));
  return {
    decisionId: Number(params.get('decision')),
    ...(awards ? { awardIds: awards.split(',').map(Number) } : {}),
    ...(templateId !== undefined ? { templateId } : {}),
    offset: {
      ...(calibrationId !== undefined ? { calibrationId } : {}),
      ...(dxMm !== undefined ? { dxMm } : {}),
      ...(dyMm !== undefined ? { dyMm } : {}),
    },
  };
}
